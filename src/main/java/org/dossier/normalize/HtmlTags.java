package org.dossier.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which text between {@code <} and {@code >} is an HTML tag that a source carries as text, to be left out of its
 * reading text, and which is the source's own words. A tag names an element HTML defines ({@code b}, {@code u},
 * {@code br}, {@code p}, {@code a}…), in lower or upper case, and holds only attributes ({@code name="value"}, or a
 * name HTML knows without a value, such as {@code nowrap}). Anything else is text and is kept: {@code <Annex 2>},
 * {@code <English version>}, {@code <press@example.org>}, {@code x<y and y>z}, and a capitalised word such as
 * {@code <Summary>}, which sources use to mark a section, though {@code summary} is an element too.
 */
public final class HtmlTags {
    private static final Pattern CANDIDATE = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTES = Pattern.compile(
            "(?:\\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*\\s*/?");
    private static final Pattern BARE_ATTRIBUTE = Pattern.compile("\\s([A-Za-z_:][-A-Za-z0-9_:.]*)(?=\\s|/|$)(?!\\s*=)");
    private static final Set<String> ELEMENTS = Set.of(
            "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big",
            "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data",
            "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset",
            "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
            "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main",
            "map", "mark", "menu", "meta", "meter", "nav", "nobr", "noscript", "object", "ol", "optgroup", "option",
            "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script",
            "search", "section", "select", "small", "source", "span", "strike", "strong", "style", "sub", "summary",
            "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track",
            "tt", "u", "ul", "var", "video", "wbr");
    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of(
            "allowfullscreen", "async", "autofocus", "checked", "compact", "controls", "default", "defer", "disabled",
            "hidden", "ismap", "itemscope", "loop", "multiple", "muted", "nohref", "noshade", "novalidate", "nowrap",
            "open", "readonly", "required", "reversed", "selected");

    private HtmlTags() {
    }

    /** The text with its tags taken out; {@code removed} is told each tag's element name, in lower case. */
    public static String remove(String text, Consumer<String> removed) {
        return remove(text, closedOneLetter(text), removed);
    }

    /**
     * The one-letter elements (but p, often left open) that a text both opens and closes ({@code <b>…</b>}): only
     * those are tags, since a source writes {@code <A>}, {@code <i>} or {@code <Q>} to mark an item of its own
     * ("Plan <B> of the annex"). Found once for a whole text, then given to {@link #remove(String, Set, Consumer)}
     * for each of its parts.
     */
    public static Set<String> closedOneLetter(String whole) {
        if (whole.indexOf("</") < 0) {
            return Set.of();
        }
        String lower = whole.toLowerCase(Locale.ROOT);
        java.util.Set<String> closed = new java.util.HashSet<>();
        for (char c = 'a'; c <= 'z'; c++) {
            String n = String.valueOf(c);
            if (ELEMENTS.contains(n) && lower.contains("</" + n + ">") && (lower.contains("<" + n + ">") || lower.contains("<" + n + " "))) {
                closed.add(n);
            }
        }
        return closed;
    }

    /** As {@link #remove(String, Consumer)}, for a part of a longer text whose {@link #closedOneLetter} is given. */
    public static String remove(String text, Set<String> closedOneLetter, Consumer<String> removed) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher m = CANDIDATE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (isTag(m) && (m.group(2).length() > 1 || m.group(2).equals("p") || closedOneLetter.contains(m.group(2).toLowerCase(Locale.ROOT)))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, m.start());
                last = m.end();
                removed.accept(m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** The text with its tags taken out. */
    public static String remove(String text) {
        return remove(text, name -> { });
    }

    /**
     * The editorial note for the tags taken out of a text, by element name (in lower case) and count; empty when none
     * were. Struck-through and inserted text is named, since its marks are lost with its tags.
     */
    public static java.util.Optional<String> removalNote(java.util.Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        int total = 0;
        for (var e : new java.util.TreeMap<>(counts).entrySet()) {
            parts.add("<" + e.getKey() + "> " + e.getValue() + (e.getValue() == 1 ? " time" : " times"));
            total += e.getValue();
        }
        String note = "Removed " + total + " HTML " + (total == 1 ? "tag" : "tags") + " that the source carries as text ("
                + String.join(", ", parts) + ", counting opening and closing tags); the words they enclosed are kept.";
        if (counts.keySet().stream().anyMatch(STRUCK::contains)) {
            note += " Text the source marks as struck through or inserted (<del>, <s>, <strike>, <ins>) is shown as plain"
                    + " text: the verbatim file shows which words those are.";
        }
        return java.util.Optional.of(note);
    }

    private static final Set<String> STRUCK = Set.of("del", "s", "strike", "ins");

    private static boolean isTag(Matcher m) {
        String name = m.group(2);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!ELEMENTS.contains(lower) || !(name.equals(lower) || name.equals(name.toUpperCase(Locale.ROOT)))) {
            return false;
        }
        String rest = m.group(3);
        if (!m.group(1).isEmpty()) {
            return rest.isBlank(); // a closing tag holds nothing
        }
        if (!ATTRIBUTES.matcher(rest).matches()) {
            return false;
        }
        Matcher bare = BARE_ATTRIBUTE.matcher(rest.replaceAll("\"[^\"]*\"|'[^']*'", "\"\""));
        while (bare.find()) {
            if (!BOOLEAN_ATTRIBUTES.contains(bare.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
