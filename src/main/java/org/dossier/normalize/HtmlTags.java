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
            // an opening tag's name may be followed by a line break, as an e-mail's HTML wraps "<a\nhref=...>"
            if (ELEMENTS.contains(n) && lower.contains("</" + n + ">") && (lower.contains("<" + n + ">") || lower.contains("<" + n + " ")
                    || lower.contains("<" + n + "\n") || lower.contains("<" + n + "\r") || lower.contains("<" + n + "\t"))) {
                closed.add(n);
            }
        }
        return closed;
    }

    /** As {@link #remove(String, Consumer)}, for a part of a longer text whose {@link #closedOneLetter} is given. */
    public static String remove(String text, Set<String> closedOneLetter, Consumer<String> removed) {
        return remove(text, closedOneLetter, removed, ' ');
    }

    /**
     * As {@link #remove(String, Set, Consumer)}, with {@code separator} where a tag that parts the text (a line break, a
     * paragraph, a list item, a table's cell or row: {@link #PARTING}) stood between two characters that are not white
     * space. A browser shows "Human Rights Now&lt;br&gt;Human Rights Watch" as two lines and "&lt;td&gt;Peace
     * Boat&lt;/td&gt;&lt;td&gt;Japan&lt;/td&gt;" as two cells: taken out with nothing in its place, the tag would run
     * two words into one ("NowHuman", "BoatJapan") that the source does not print. A tag inside a word, such as
     * "&lt;b&gt;Ja&lt;/b&gt;pan", leaves nothing.
     */
    public static String remove(String text, Set<String> closedOneLetter, Consumer<String> removed, char separator) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher m = CANDIDATE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        boolean parted = false;
        while (m.find()) {
            if (isTag(m) && (m.group(2).length() > 1 || m.group(2).equals("p") || closedOneLetter.contains(m.group(2).toLowerCase(Locale.ROOT)))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                if (m.start() > last) {
                    appendParted(out, text, last, m.start(), parted, separator, removed);
                    parted = false;
                }
                last = m.end();
                String name = m.group(2).toLowerCase(Locale.ROOT);
                parted |= PARTING.contains(name);
                removed.accept(name);
            }
        }
        if (out == null) {
            return text;
        }
        if (text.length() > last) {
            appendParted(out, text, last, text.length(), parted, separator, removed);
        }
        return out.toString();
    }

    /**
     * The text with each tag that goes on over a line break ("&lt;a" / "href=...&gt;", as an e-mail's HTML wraps it)
     * written whole on its first line, as its bare name ("&lt;a&gt;"), its line breaks kept after it: a reader of
     * lines one at a time, such as a letter's list of names, then takes it out as {@link #remove} takes it out of the
     * whole text, and each line keeps its number.
     */
    public static String tagsOnOneLine(String text, Set<String> closedOneLetter) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher m = CANDIDATE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String tag = m.group();
            if (tag.indexOf('\n') < 0 && tag.indexOf('\r') < 0) {
                continue;
            }
            if (isTag(m) && (m.group(2).length() > 1 || m.group(2).equals("p") || closedOneLetter.contains(m.group(2).toLowerCase(Locale.ROOT)))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, m.start()).append('<').append(m.group(1)).append(m.group(2)).append('>');
                out.append(tag.replaceAll("[^\r\n]", ""));
                last = m.end();
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /**
     * Whether a line ends with a tag that ends a block or a line ({@code </p>}, {@code </li>}, {@code </tr>},
     * {@code <br>}…): the line is no printed line that a wrap broke, and the next does not run on from it. A letter
     * copied from an e-mail's HTML, a paragraph a line, was reflowed into one paragraph, its list of names and all.
     */
    public static boolean breaksAfter(String line) {
        String t = line.stripTrailing();
        int open = t.lastIndexOf('<');
        if (!t.endsWith(">") || open < 0) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(t.substring(open));
        return m.matches() && isTag(m) && PARTING.contains(m.group(2).toLowerCase(Locale.ROOT))
                && (!m.group(1).isEmpty() || BREAK.contains(m.group(2).toLowerCase(Locale.ROOT)));
    }

    /** Whether a line starts with a tag that starts a block or a line ({@code <p>}, {@code <li>}, {@code <table>}…). */
    public static boolean breaksBefore(String line) {
        String t = line.stripLeading();
        int close = t.indexOf('>');
        if (!t.startsWith("<") || close < 0) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(t.substring(0, close + 1));
        return m.matches() && isTag(m) && PARTING.contains(m.group(2).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> BREAK = Set.of("br", "hr");

    /** Whether an element, taken out by {@link #remove}, parts the words around it ({@link #PARTING}). */
    public static boolean isParting(String name) {
        return PARTING.contains(name);
    }

    /**
     * Appends text that follows removed tags, with the separator first when a parting tag stood between two words;
     * {@code removed} is then told {@link #PARTED}.
     */
    private static void appendParted(StringBuilder out, String text, int from, int to, boolean parted, char separator,
                                     Consumer<String> removed) {
        if (parted && out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1)) && partsBefore(text.charAt(from))) {
            out.append(separator);
            removed.accept(PARTED);
        }
        out.append(text, from, to);
    }

    /**
     * Whether a parting tag before this character leaves a space: not before white space, nor before punctuation that
     * closes what comes before it ("cell&lt;/td&gt;, rule" reads "cell, rule").
     */
    public static boolean partsBefore(char next) {
        return !Character.isWhitespace(next) && ",.;:!?)]}\u3001\u3002\uFF0C\uFF0E\uFF09\uFF1A\uFF1B".indexOf(next) < 0;
    }

    /**
     * What {@code removed} is told, besides element names, each time a separator parts two words where a tag stood:
     * {@link #removalNote} counts it apart, to say so.
     */
    public static final String PARTED = "";

    /**
     * Elements that part the text they stand in: a browser starts a new line, block or cell at them, so words on
     * either side are two words.
     */
    private static final Set<String> PARTING = Set.of(
            "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "head", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "option", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul");

    /** The text with its tags taken out. */
    public static String remove(String text) {
        return remove(text, name -> { });
    }

    /**
     * The editorial note for the tags taken out of a text, by element name (in lower case) and count; empty when none
     * were. Struck-through and inserted text is named, since its marks are lost with its tags.
     */
    public static java.util.Optional<String> removalNote(java.util.Map<String, Integer> counts) {
        int parted = counts.getOrDefault(PARTED, 0);
        java.util.Map<String, Integer> tags = new java.util.TreeMap<>(counts);
        tags.remove(PARTED);
        if (tags.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        int total = 0;
        for (var e : tags.entrySet()) {
            parts.add("<" + e.getKey() + "> " + e.getValue() + (e.getValue() == 1 ? " time" : " times"));
            total += e.getValue();
        }
        String note = "Removed " + total + " HTML " + (total == 1 ? "tag" : "tags") + " that the source carries as text ("
                + String.join(", ", parts) + ", counting opening and closing tags); the words they enclosed are kept.";
        if (parted > 0) {
            note += " In " + parted + (parted == 1 ? " place" : " places") + " a tag that starts a line, a block or a table's"
                    + " cell (<br>, <p>, <li>, <td>…) stood between two words with no space; a space parts them there, as a"
                    + " browser does, so that they are not read as one word.";
        }
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
