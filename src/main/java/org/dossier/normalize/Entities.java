package org.dossier.normalize;

import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML entities that a seed copied from a web page carries as text ({@code C&ocirc;te d&#39;Ivoire}, {@code &amp;},
 * {@code &nbsp;}, {@code &#x2013;}), read as the characters a browser shows for them, by jsoup's
 * {@code Parser.unescapeEntities}. Only a whole entity is read: a name HTML defines, or a number, closed by its
 * semicolon. A literal {@code &} ("Smith & Co", "AT&T"), a name HTML does not define ({@code &foo;}), an entity
 * without its semicolon ({@code &copy 2024}: plain text more often than not) and a number that stands for no
 * character a line can show (a control character, a surrogate, beyond U+10FFFF) are left as printed.
 */
public final class Entities {
    private static final Pattern ENTITY = Pattern.compile("&(?:([A-Za-z][A-Za-z0-9]{1,31})|#([0-9]{1,8})|#[xX]([0-9A-Fa-f]{1,7}));");

    private Entities() {
    }

    /** The text with each entity read as its character. */
    public static String decode(String text) {
        return decode(text, (printed, shown) -> { });
    }

    /** As {@link #decode(String)}; {@code each} is told every entity read, as printed and as its character. */
    public static String decode(String text, BiConsumer<String, String> each) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String shown = read(m);
            if (shown == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(shown);
            last = m.end();
            each.accept(m.group(), shown);
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** The characters the entity stands for, or null when it is to be left as printed. */
    private static String read(Matcher m) {
        if (m.group(1) != null && !org.jsoup.nodes.Entities.isNamedEntity(m.group(1))) {
            return null;
        }
        if (m.group(1) == null) {
            long code = m.group(2) != null ? Long.parseLong(m.group(2)) : Long.parseLong(m.group(3), 16);
            // C1 controls (U+0080 to U+009F) are read as windows-1252, as a browser reads them ("&#150;" is "–")
            if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) || code < 0x20 || code == 0x7F) {
                return null;
            }
        }
        String shown = org.jsoup.parser.Parser.unescapeEntities(m.group(), false);
        return shown.equals(m.group()) || shown.codePoints().anyMatch(Character::isISOControl) ? null : shown;
    }
}
