package org.dossier.normalize;

import org.dossier.model.Block;
import org.dossier.model.ReadingText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of a plain-text seed. The rules, in order:
 * <ol>
 *   <li>Rows printed in columns ({@link ColumnRows}), every cell reading as a name (a row alone, as a name of an
 *       organisation or a person), are split into their cells, one per line, in the order of each row; the other rows
 *       of their block stay whole.</li>
 *   <li>Double-spaced PDF text (an empty line after every printed line, paragraphs parted by a line of spaces
 *       or by more empty lines) and hard-wrapped blocks are reflowed into paragraphs.</li>
 *   <li>HTML tags carried as text ({@code <u>…</u>}) are removed; the words they enclose stay.</li>
 *   <li>Markdown heading marks ({@code #}) and list marks ({@code -}) become headings and lists; a bracketed label
 *       line ({@code [2 Coordinating organizations]}) and a first line (up to 300 characters) ending without
 *       punctuation become headings.</li>
 *   <li>A title split over two headings of the same level (the first ending in a colon) becomes one heading.</li>
 *   <li>Short lines under a heading become a list; a more prominent heading mark inside such a list is taken
 *       for stray markup and shown as an item.</li>
 *   <li>A paragraph that stops mid-sentence and is followed by one starting in lower case is joined to it; in text
 *       wrapped line by line, so is one whose line fills the wrap width.</li>
 *   <li>A line that may be a page's header or number ("Page 2 of 5", "- 3 -") is never joined to the text around
 *       it, nor taken for a list item.</li>
 *   <li>A word hyphenated at a line's end is joined to the next line's as any line is, with a space ("crimi- nal"),
 *       hyphen kept, and a note lists them; a word a soft hyphen (U+00AD) breaks there is joined whole, the soft
 *       hyphen kept, and a note of its own lists them.</li>
 *   <li>HTML entities carried as text ({@code C&ocirc;te}, {@code &amp;}) are shown as the characters they stand for
 *       ({@link Entities}), and a note names them and the paragraphs that show them.</li>
 * </ol>
 * Neither reflow joins the items of a list by the width of a line: a long name fills the width as running text does
 * (see {@code listItems}).
 * Every rule that changes the layout adds an editorial note. Words themselves are never touched.
 */
public final class Normalizer {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern MD_HEADING = Pattern.compile("(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*");
    private static final Pattern BULLET = Pattern.compile("[-*+\u2022]\\s+(.*)");
    private static final Pattern LABEL = Pattern.compile("\\[[^\\[\\]]+\\]");
    /**
     * A page's header or number that PDF text carries inside the text: "Page 2 of 5", "p. 3", "- 3 -", "2/5", a bare
     * "3". It is no part of the sentence it interrupts, nor a list item.
     */
    private static final Pattern PAGE_MARKER = Pattern.compile("(?i)(?:page|p\\.)\\s*\\p{Nd}+(?:\\s*(?:of|/)\\s*\\p{Nd}+)?"
            + "|[-\u2010-\u2015\uFF0D]\\s*\\p{Nd}+\\s*[-\u2010-\u2015\uFF0D]|\\p{Nd}+\\s*/\\s*\\p{Nd}+|\\p{Nd}{1,3}");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F\u3000]+");
    /**
     * What may follow a sentence's end: closing quotes and brackets. The layout is read before the text's HTML entities
     * are (see {@link #number}), but each test of punctuation reads them first ({@link #endsSentence} and the like), so
     * that "world.&amp;rdquo;" ends a sentence as "world.”" does and "&amp;hellip;" as "…", while the semicolon of
     * "R&amp;D;" or "AT&amp;T;", which ends no entity HTML defines, is punctuation, as the page shows it.
     */
    private static final String CLOSERS = "[\"'\u201D\u2019)\\]\u300D\u300F\uFF09\u3011]*";
    private static final Pattern ENDS_WITH_SEMICOLON = Pattern.compile(";$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;\u2026\u3002\uFF0E\uFF01\uFF1F]" + CLOSERS);
    private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.!?:;,\u2026\u3002\uFF0E\uFF01\uFF1F\u3001\uFF0C]" + CLOSERS);
    private static final Pattern ABBREVIATION_END = Pattern.compile(".*\\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St)\\.");
    /**
     * What a name in a list does not hold and running text does: a sentence's or clause's end followed by more words
     * ("2007. We", "Contact: Tokyo"), or a comma (but the one before a closing "Inc.").
     */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?:;\u2026]" + CLOSERS + "\\s+\\S"
            + "|,(?!\\s*(?:Inc|Ltd|Co|Corp|Jr|Sr)\\.?$)");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}[\\p{Lu}\\d&-]*");
    /** Punctuation of Japanese and Chinese sentences: a full stop, a comma, a question or exclamation mark, a quotation. */
    private static final Pattern CASELESS_SENTENCE = Pattern.compile("[\u3001\u3002\uFF0C\uFF0E\uFF01\uFF1F\uFF1A\uFF1B\u300C\u300D]");
    private static final int SHORT_ITEM = 100;
    private static final int TITLE_MAX = 300;

    /** Turns the text of a seed into reading text. */
    public ReadingText normalize(String source) {
        List<String> notes = new ArrayList<>();
        if (source.startsWith("\uFEFF")) {
            // a file saved "with BOM" starts with U+FEFF, no text: the first heading showed it, and the note quoted it
            source = source.substring(1);
            notes.add("The byte order mark that starts the file (U+FEFF, which some editors write to mark UTF-8) is no"
                    + " text and is not shown; the verbatim file keeps it.");
        }
        List<String> lines = new ArrayList<>(List.of(LINE_BREAK.split(source, -1)));
        while (!lines.isEmpty() && isBlank(lines.get(lines.size() - 1))) {
            lines.remove(lines.size() - 1);
        }
        List<Raw> raws = rawBlocks(lines, notes);
        raws = stripTags(raws, source, notes);
        List<Part> parts = classify(raws, notes);
        parts = mergeSplitTitles(parts, notes);
        parts = formLists(parts, notes);
        parts = joinBrokenParagraphs(parts, notes);
        notes.addAll(hyphenNotes(source, parts));
        List<String> markers = parts.stream().filter(p -> p.kind() == Kind.PARAGRAPH && isPageMarker(p.text())).map(Part::text).toList();
        if (!markers.isEmpty()) {
            notes.add(plural(markers.size(), "A line that may", "Lines that may") + " be a page's header or number (" + quoteAll(markers)
                    + ") " + plural(markers.size(), "is", "are") + " shown as a paragraph where the source prints "
                    + plural(markers.size(), "it", "them") + "; the text around " + plural(markers.size(), "it is", "them is")
                    + " not joined across " + plural(markers.size(), "it", "them") + ", though a sentence may go on after "
                    + plural(markers.size(), "it", "them") + ".");
        }
        EntityTally entities = new EntityTally();
        List<Integer> tables = new ArrayList<>();
        List<Block> blocks = number(parts, entities, tables);
        tableNote(tables).ifPresent(notes::add);
        entities.note().ifPresent(notes::add);
        return new ReadingText(blocks, notes);
    }

    /** The note on the paragraphs that show a Markdown table's rows as printed, in a seed or a Markdown document. */
    public static java.util.Optional<String> tableNote(List<Integer> tables) {
        if (tables.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(plural(tables.size(), "A table written in Markdown (cells between pipes, |) is shown as the source"
                + " prints it, one row per line, in paragraph ", tables.size() + " tables written in Markdown (cells between pipes, |) are"
                + " shown as the source prints them, one row per line, in paragraphs ") + EntityTally.listed(tables)
                + ": not laid out as a table, so that no cell is read apart from its row.");
    }

    private static final Pattern TABLE_DELIMITER = Pattern.compile("\\|(?:\\s*:?-+:?\\s*\\|)+");

    /**
     * Whether lines are a table written in Markdown: two or more, each between pipes ("| Year | Contribution |"), the
     * second the row of dashes under the header ("|------|:---:|").
     */
    public static boolean isPipeTable(List<String> lines) {
        List<String> rows = lines.stream().map(String::strip).toList();
        return rows.size() >= 2 && rows.stream().allMatch(l -> l.length() >= 2 && l.startsWith("|") && l.endsWith("|"))
                && TABLE_DELIMITER.matcher(rows.get(1)).matches();
    }

    /** Whether the text, its HTML entities read as the page shows them, ends a sentence (closing quotes aside). */
    private static boolean endsSentence(String text) {
        return ENDS_SENTENCE.matcher(Entities.decode(text)).matches();
    }

    /** Whether the text, its HTML entities read, ends a sentence or a clause (a comma, a semicolon). */
    private static boolean endsClause(String text) {
        return ENDS_CLAUSE.matcher(Entities.decode(text)).matches();
    }

    /** Whether the text, its HTML entities read, holds a sentence's or clause's end followed by more words, or a comma. */
    private static boolean holdsSentence(String text) {
        return SENTENCE_INSIDE.matcher(Entities.decode(text)).find();
    }

    // ---- 1. lines to raw blocks -------------------------------------------------------------------------

    /** A run of source lines that belong together; {@code reflowed} when its lines were joined already. */
    private record Raw(List<String> lines, boolean reflowed) {
    }

    /**
     * A word that ends its printed line with a hyphen, and the word that starts the next. The word is taken whole,
     * with its own hyphens and digits ("anti-co-" / "operation", "G7-" / "led"), and may follow a bracket or a quote
     * ("(Hamas-" / "led)"). The hyphen may be Unicode's hyphen or non-breaking hyphen (U+2010, U+2011), as Word and
     * PDF text print it, or a soft hyphen (U+00AD), which PDF text puts where it broke a word.
     */
    private static final Pattern HYPHEN_BREAK = Pattern.compile("(?<![\\p{L}\\p{Nd}\u2010\u2011\u00AD-])([\\p{L}\\p{Nd}]+(?:[-\u2010\u2011\u00AD][\\p{L}\\p{Nd}]+)*[-\u2010\u2011\u00AD])[ \\t\u00A0]*"
            + "(?:\\r\\n|\\r|\\n)(?:[ \\t\u00A0]*(?:\\r\\n|\\r|\\n))?[ \\t\u00A0]*([\\p{L}\\p{Nd}]+)");

    /**
     * The words a reflow joined across a line that ends with a hyphen: shown as printed, the hyphen kept and the break
     * a space ("crimi- nal"), since the source does not say whether the hyphen is the word's own ("co-operation") or
     * only the line's. Said in a note, so that the reader knows the space is the layout's, not the source's; a word
     * split by a soft hyphen, which the page does not show, is joined whole (see {@link #joinLines}) and said in a note
     * of its own ("criminal").
     */
    private static List<String> hyphenNotes(String printed, List<Part> parts) {
        // read as the page shows it, entities and all (a soft hyphen may be printed "&shy;"), as the parts are compared so
        String source = Entities.decode(printed);
        if (source.indexOf('-') < 0 && source.indexOf('\u2010') < 0 && source.indexOf('\u2011') < 0 && source.indexOf('\u00AD') < 0) {
            return List.of();
        }
        List<String> shown = new ArrayList<>();
        List<String> soft = new ArrayList<>();
        Matcher m = HYPHEN_BREAK.matcher(source);
        while (m.find()) {
            boolean softHyphen = m.group(1).endsWith("\u00AD");
            String joined = m.group(1) + (softHyphen ? "" : " ") + m.group(2); // as joinLines joins them
            if (parts.stream().anyMatch(p -> p.kind() == Kind.PARAGRAPH && startsAWord(Entities.decode(p.text()), joined))) {
                if (softHyphen) {
                    soft.add(joined.replace("\u00AD", "")); // quoted as the page shows it: the soft hyphen is invisible there
                } else {
                    shown.add(joined);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (!shown.isEmpty()) {
            notes.add(shown.size() + " " + plural(shown.size(), "word", "words") + " hyphenated at the end of a printed line "
                    + plural(shown.size(), "is", "are") + " shown as printed, the hyphen kept and the line break made a space: "
                    + firstFive(shown) + ". The source does not say whether a hyphen is the word's own (\"co-operation\") or only the"
                    + " line's, so none is removed.");
        }
        if (!soft.isEmpty()) {
            notes.add(soft.size() + " " + plural(soft.size(), "word", "words") + " split at the end of a printed line by a soft hyphen"
                    + " (U+00AD), which a browser shows only where it breaks a line, " + plural(soft.size(), "is", "are")
                    + " shown whole, the line break taken out: " + firstFive(soft) + ". The soft hyphen is kept in the text, where"
                    + " it is not seen, and a browser may still break the word there.");
        }
        return notes;
    }

    /** Whether the text holds the words where a word starts: after no letter, digit or hyphen (as HYPHEN_BREAK reads one). */
    private static boolean startsAWord(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            if (!Character.isLetter(before) && !Character.isDigit(before) && before != '-' && before != '\u2010' && before != '\u2011'
                    && before != '\u00AD') {
                return true;
            }
        }
        return false;
    }

    private static String firstFive(List<String> quoted) {
        return quoteAll(quoted.size() > 5 ? quoted.subList(0, 5) : quoted) + (quoted.size() > 5 ? "…" : "");
    }

    private static boolean isPageMarker(String line) {
        String t = line.strip();
        return PAGE_MARKER.matcher(t).matches() || RUNNING_HEADER.matcher(t).matches();
    }

    /**
     * A page's running header or footer that PDF text carries as one line: a page number ("Page 2 of 3", "- 2 -") beside
     * a short label with no sentence's punctuation at its end, the document's symbol or title ("ICC-ASP/22/20   Page 2
     * of 3", "- 2 -   ICC-ASP/22/20"). Inside a paragraph it was joined into the sentence: "…through the ICC-ASP/22/20
     * Page 2 of 3 budget process…".
     */
    private static final String PAGE_NUMBER = "(?:(?:Page|PAGE)\\s*\\p{Nd}+(?:\\s*(?:of|/)\\s*\\p{Nd}+)?|[-\u2010-\u2015\uFF0D]\\s*\\p{Nd}+\\s*[-\u2010-\u2015\uFF0D])";
    private static final Pattern RUNNING_HEADER = Pattern.compile(
            "[^.,;:!?\u3002\u3001]{0,59}[^\\s.,;:!?\u3002\u3001]\\s+" + PAGE_NUMBER
            + "|" + PAGE_NUMBER + "\\s+[^\\s.,;:!?\u3002\u3001][^.,;:!?\u3002\u3001]{0,59}");

    /** A Markdown list mark starting the line, but for a page number printed between dashes ("- 3 -"). */
    private static boolean isBullet(String line) {
        return BULLET.matcher(line).matches() && !isPageMarker(line);
    }

    /**
     * Printed lines joined into one, a space where each line broke; but a word that a soft hyphen (U+00AD) breaks at a
     * line's end is joined whole, the soft hyphen kept ("crimi\u00AD" / "nal" reads "criminal"): a browser shows a
     * soft hyphen only where it breaks a line itself, so a space there showed "crimi nal", two words the source does
     * not print.
     */
    static String joinLines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (out.length() > 0 && !(endsWithSoftHyphen(out) && !line.isEmpty() && Character.isLetterOrDigit(line.codePointAt(0)))) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    /** A soft hyphen, or one printed as an HTML entity (read only once the layout is read, see {@link #number}). */
    private static final Pattern SOFT_HYPHEN_ENTITY_AT_END = Pattern.compile("&(?:shy|#0*173|#[xX]0*[aA][dD]);$");

    private static boolean endsWithSoftHyphen(CharSequence text) {
        int n = text.length();
        return n > 0 && (text.charAt(n - 1) == '\u00AD'
                || (text.charAt(n - 1) == ';' && SOFT_HYPHEN_ENTITY_AT_END.matcher(text.subSequence(Math.max(0, n - 12), n)).find()));
    }

    private static boolean isBlank(String line) {
        return SPACES.matcher(line).replaceAll("").isEmpty();
    }

    private static String clean(String line) {
        return SPACES.matcher(line).replaceAll(" ").strip();
    }

    private List<Raw> rawBlocks(List<String> source, List<String> notes) {
        boolean doubleSpaced = isDoubleSpaced(source);
        Split split = splitColumns(source, doubleSpaced, notes);
        if (doubleSpaced) {
            return reflowDoubleSpaced(source, split, notes);
        }
        List<String> lines = split.lines();
        List<Raw> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<Integer> at = new ArrayList<>(); // the index in lines of each line of current
        int wrappedBlocks = 0;
        int joinedBreaks = 0;
        int keptInList = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || isBlank(lines.get(i))) {
                if (!current.isEmpty()) {
                    // a Markdown table's rows may be as long as a wrapped paragraph's lines, and end no sentence either
                    if (isHardWrapped(current) && !isPipeTable(current)) {
                        // a list printed right under the paragraph, with no empty line: its lines keep their breaks
                        boolean[] item = listItems(current, nineInTen(current.stream().map(String::length).toList()));
                        for (int k = 0; k < item.length; k++) {
                            item[k] |= split.cell()[at.get(k)];
                        }
                        int from = 0;
                        while (from < current.size()) {
                            int to = from + 1;
                            // a page's header or number stands alone: the lines around it are not joined across it
                            // nor across a tag that ends or starts a block: "<p>…</p>" / "<table>" are the source's breaks
                            while (to < current.size() && item[to] == item[from] && !isPageMarker(current.get(from))
                                    && !isPageMarker(current.get(to)) && !HtmlTags.breaksAfter(current.get(to - 1))
                                    && !HtmlTags.breaksBefore(current.get(to))) {
                                to++;
                            }
                            List<String> part = current.subList(from, to);
                            if (item[from] || part.size() == 1) {
                                out.add(new Raw(List.copyOf(part), false));
                                for (int k = from + 1; k < to && item[from]; k++) {
                                    keptInList += split.inserted()[at.get(k)] ? 0 : 1; // a break the source prints
                                }
                            } else {
                                wrappedBlocks++;
                                joinedBreaks += part.size() - 1;
                                out.add(new Raw(List.of(joinLines(part)), true));
                            }
                            from = to;
                        }
                    } else {
                        out.add(new Raw(List.copyOf(current), false));
                    }
                    current.clear();
                    at.clear();
                }
            } else {
                current.add(clean(lines.get(i)));
                at.add(i);
            }
        }
        if (wrappedBlocks > 0) {
            notes.add("Reflowed hard-wrapped text: " + joinedBreaks + " line " + plural(joinedBreaks, "break", "breaks")
                    + " inside " + wrappedBlocks + " " + plural(wrappedBlocks, "paragraph", "paragraphs") + " joined."
                    + (keptInList == 0 ? "" : " The lines of a list printed under a paragraph with no empty line between them"
                    + " (lines that each read as a name, most of them short of the width the text is wrapped at) keep their "
                    + keptInList + " line " + plural(keptInList, "break", "breaks") + "."));
        }
        return out;
    }

    /**
     * The source's lines, each row of a block printed in columns (see {@link ColumnRows}) given as its cells, one per
     * line, in the order of the row: the gap that parts two names in a PDF's columns would otherwise read as one
     * space, and run them together as one name. Only a row whose every cell reads as a name or a short label (see
     * {@link #isCell}) is split, so that a sentence with two spaces after its full stop stays whole, and a run of such
     * rows of one full row only when they read as names of organisations or people ({@link #isNameCell}). In double-spaced
     * text, the cells are parted by an empty line, as its printed lines are.
     *
     * @param lines    the lines, the cells taking the place of their row
     * @param cell     which lines are cells of a row that was split
     * @param inserted which lines, or which empty lines between cells, the split put there: no break of the source
     */
    private record Split(List<String> lines, boolean[] cell, boolean[] inserted) {
    }

    private static Split splitColumns(List<String> source, boolean doubleSpaced, List<String> notes) {
        int[][] cells = new int[source.size()][];
        boolean[] blank = new boolean[source.size()];
        ColumnRows.Layout[] layout = new ColumnRows.Layout[source.size()];
        for (int k = 0; k < source.size(); k++) {
            blank[k] = isBlank(source.get(k));
            cells[k] = blank[k] ? null : ColumnRows.cellsOf(source.get(k).strip());
            layout[k] = ColumnRows.layout(source.get(k), ColumnRows.textStart(source.get(k)), cells[k]);
        }
        boolean[] splitRow = new boolean[source.size()];
        int rows = 0;
        for (ColumnRows.Block block : ColumnRows.find(source, cells, blank, layout)) {
            int[] blockRows = block.rows();
            boolean[] names = new boolean[blockRows.length]; // every cell reads as a name
            boolean[] namesAlone = new boolean[blockRows.length]; // and as one of an organisation or a person
            for (int r = 0; r < blockRows.length; r++) {
                // a row with blank cells may hold the rest of a name wrapped in its column ("abolition of torture")
                boolean wrap = cells[blockRows[r]].length < block.columns();
                names[r] = true;
                namesAlone[r] = true;
                for (String cell : cellTexts(source.get(blockRows[r]).strip(), cells[blockRows[r]])) {
                    String text = clean(cell);
                    boolean rest = wrap && isRestOfName(text);
                    names[r] &= isCell(text) || rest;
                    namesAlone[r] &= isNameCell(text) || rest;
                }
            }
            // each run of rows of names is split: a row that is none ("Tokyo        7 December 2023" under the list)
            // stays whole, and so does a run of one row (besides a short last one) but of names of organisations
            // or people, as a row alone may be a heading's or a signature block's line
            int r = 0;
            while (r < blockRows.length) {
                if (!names[r]) {
                    r++;
                    continue;
                }
                int end = r;
                int full = 0;
                boolean alone = true;
                while (end < blockRows.length && names[end]) {
                    full += cells[blockRows[end]].length == block.columns() ? 1 : 0;
                    alone &= namesAlone[end];
                    end++;
                }
                for (int k = r; k < end && (full >= 2 || alone); k++) {
                    if (cells[blockRows[k]].length > 1) {
                        splitRow[blockRows[k]] = true;
                        rows++;
                    }
                }
                r = end;
            }
        }
        List<String> lines = new ArrayList<>();
        List<Boolean> cell = new ArrayList<>();
        List<Boolean> inserted = new ArrayList<>();
        for (int k = 0; k < source.size(); k++) {
            if (!splitRow[k]) {
                lines.add(source.get(k));
                cell.add(false);
                inserted.add(false);
                continue;
            }
            boolean first = true;
            for (String text : cellTexts(source.get(k).strip(), cells[k])) {
                if (!first && doubleSpaced) {
                    lines.add("");
                    cell.add(false);
                    inserted.add(true);
                }
                lines.add(text);
                cell.add(true);
                inserted.add(!first && !doubleSpaced);
                first = false;
            }
        }
        if (rows > 0) {
            notes.add(rows + " " + plural(rows, "row", "rows") + " printed in columns (" + plural(rows, "its", "their")
                    + " cells parted by a tab or a run of spaces) " + plural(rows, "is", "are")
                    + " shown one cell per line, in the order of " + plural(rows, "the row", "each row") + ".");
        }
        boolean[] cellOut = new boolean[lines.size()];
        boolean[] insertedOut = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            cellOut[k] = cell.get(k);
            insertedOut[k] = inserted.get(k);
        }
        return new Split(lines, cellOut, insertedOut);
    }

    /** The cells of a row, each as printed, from where each starts to the next. */
    private static List<String> cellTexts(String row, int[] starts) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < starts.length; k++) {
            out.add(row.substring(starts[k], k + 1 < starts.length ? starts[k + 1] : row.length()).strip());
        }
        return out;
    }

    /**
     * A cell of a row that is clearly printed in columns: it reads as a name does in a list (see {@link #nameLike}),
     * its number or bullet aside, most of its words capitalised (or written in a script without capitals, see
     * {@link #caselessNameLike}), and holds no sentence: "Human Rights Now", "Center for Prisoners' Rights", "2. Peace
     * Boat", "日本弁護士連合会", not "Thank you." or "We look forward to your reply" (a row holding a date is no row of
     * columns at all, see {@link ColumnRows#cellsOf}).
     */
    private static boolean isCell(String cell) {
        String name = ColumnRows.LEADING.matcher(cell).replaceFirst("");
        return caseless(name) ? caselessNameLike(name) : nameLike(name, 0);
    }

    /** The rest of a name wrapped onto the next line: in lower case, and holding no sentence, as a name does not. */
    private static boolean isRestOfName(String text) {
        return startsLowerCase(text) && text.length() <= SHORT_ITEM && !holdsSentence(text)
                && !(endsClause(text) && !ABBREVIATION_END.matcher(text).matches());
    }

    /** Whether the text starts with a letter of a script without capitals, as Japanese and Chinese are written. */
    private static boolean caseless(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int c = text.codePointAt(0);
        return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c) && !Character.isTitleCase(c);
    }

    /**
     * A name written in a script without capitals ("日本弁護士連合会", "認定NPO法人 ヒューマンライツ・ナウ"), which the test of
     * capitals cannot read: short, holding no sentence punctuation, Japanese ("。", "、") or not, and its words in Latin
     * letters capitalised as a name's are.
     */
    private static boolean caselessNameLike(String name) {
        if (name.length() > SHORT_ITEM || CASELESS_SENTENCE.matcher(name).find()
                || (endsClause(name) && !ABBREVIATION_END.matcher(name).matches()) || holdsSentence(name)) {
            return false;
        }
        return java.util.Arrays.stream(name.split(" ")).allMatch(word -> !startsLowerCase(word));
    }

    /**
     * A cell of a row printed alone that reads as a name of an organisation or a person, not a place or a role: a
     * cell as {@link #isCell} reads one, of two words or more ("Human Rights Now", "Kenji Sato") or an acronym
     * ("JCLU"), not one word ("Tokyo", "Director").
     */
    private static boolean isNameCell(String cell) {
        if (!isCell(cell)) {
            return false;
        }
        String name = ColumnRows.LEADING.matcher(cell).replaceFirst("");
        long words = java.util.Arrays.stream(name.split(" ")).filter(w -> w.codePoints().anyMatch(Character::isLetter)).count();
        // a name in a script written without spaces is one word: four letters or more ("日本弁護士連合会", not "東京")
        return words >= 2 || ACRONYM.matcher(name).matches() || (caseless(name) && name.codePoints().filter(Character::isLetter).count() >= 4);
    }


    /**
     * PDF text copied with an empty line after every printed line: nearly every line is followed by exactly one
     * empty line, most of those breaks fall mid-sentence, and paragraphs are parted by something stronger.
     */
    private static boolean isDoubleSpaced(List<String> lines) {
        int text = 0;
        int single = 0;
        int midSentence = 0;
        boolean strongSeparator = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isBlank(line)) {
                if (!line.isEmpty() || (i + 1 < lines.size() && lines.get(i + 1).isEmpty() && i > 0 && lines.get(i - 1).isEmpty())) {
                    strongSeparator = true;
                }
                continue;
            }
            if (i + 1 >= lines.size()) {
                continue;
            }
            text++;
            boolean followedBySingleEmpty = lines.get(i + 1).isEmpty()
                    && (i + 2 >= lines.size() || !lines.get(i + 2).isEmpty());
            if (followedBySingleEmpty) {
                single++;
                boolean nextIsText = i + 2 < lines.size() && !isBlank(lines.get(i + 2));
                if (nextIsText && !endsSentence(clean(line))) {
                    midSentence++;
                }
            }
        }
        return text >= 3 && single * 10 >= text * 9 && strongSeparator && midSentence * 2 >= single;
    }

    /**
     * Joins the printed lines of each paragraph: lines parted by one empty line belong together, unless the first is
     * short of the width the text is wrapped at (a heading's, a name's in a list, a paragraph's last) or either
     * carries a Markdown heading or list mark, which start lines of their own, or both are items of a list (see
     * {@link #listItems}), however long: a long name fills the width as a line of running text does.
     */
    private static List<Raw> reflowDoubleSpaced(List<String> source, Split split, List<String> notes) {
        List<Integer> lengths = new ArrayList<>();
        source.stream().filter(l -> !isBlank(l)).forEach(l -> lengths.add(clean(l).length()));
        int width = lengths.isEmpty() ? 0 : nineInTen(lengths);
        List<String> lines = split.lines();
        boolean[] item = listItems(printedLines(lines), width);
        for (int k = 0; k < item.length; k++) {
            item[k] |= split.cell()[k];
        }
        List<Raw> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int joined = 0;
        int kept = 0;
        int keptInList = 0;
        int i = 0;
        while (i <= lines.size()) {
            if (i == lines.size()) {
                flush(current, out);
                break;
            }
            String line = lines.get(i);
            if (!isBlank(line)) {
                if (!current.isEmpty() && item[i] && item[i - 1]) {
                    keptInList++; // two items of a list printed without an empty line between them
                    flush(current, out);
                }
                current.add(clean(line));
                i++;
                continue;
            }
            if (split.inserted()[i]) {
                flush(current, out); // the empty line put between two cells of a row
                i++;
                continue;
            }
            int end = i;
            boolean strong = false;
            while (end < lines.size() && isBlank(lines.get(end))) {
                strong |= !lines.get(end).isEmpty();
                end++;
            }
            if (strong || end - i > 1 || end == lines.size()) {
                flush(current, out);
            } else if (!current.isEmpty() && !joins(current.get(current.size() - 1), clean(lines.get(end)), width)) {
                kept++;
                flush(current, out);
            } else if (!current.isEmpty() && item[i - 1] && item[end]) {
                keptInList++;
                flush(current, out);
            } else {
                joined++;
            }
            i = end;
        }
        notes.add("Reflowed hard-wrapped PDF text: the source has an empty line after every printed line; "
                + joined + " line " + plural(joined, "break", "breaks") + " inside paragraphs were joined"
                + (kept == 0 ? "." : ", and " + kept + " kept, after a line short of the width the text is wrapped at or"
                + " around a Markdown heading or list mark.")
                + (keptInList == 0 ? "" : " " + keptInList + " line " + plural(keptInList, "break", "breaks") + " between the items"
                + " of a list (lines that each read as a name, most of them short of that width) " + plural(keptInList, "was", "were") + " kept."));
        return out;
    }

    /**
     * The printed lines, each at its index, with null for an empty line that parts them more than a double-spaced
     * text's single empty line does (a line of spaces, or two empty lines and more), and for the empty lines
     * themselves: the lines a list's run may hold.
     */
    private static List<String> printedLines(List<String> lines) {
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean parts = isBlank(line) && (!line.isEmpty()
                    || (i > 0 && isBlank(lines.get(i - 1))) || (i + 1 < lines.size() && isBlank(lines.get(i + 1))));
            printed.add(isBlank(line) ? (parts ? null : "") : clean(line));
        }
        return printed;
    }

    /**
     * Which lines are items of a list: a run of at least three lines that could each be a name (see {@link #nameLike}),
     * at least two of them short of the wrap width, so that they cannot be a paragraph's lines, which fill the width
     * but for the last, which ends a sentence. Null parts runs; an empty string (a double-spaced text's single empty
     * line) neither parts nor counts.
     */
    private static boolean[] listItems(List<String> lines, int width) {
        boolean[] item = new boolean[lines.size()];
        int start = 0;
        while (start < lines.size()) {
            String first = lines.get(start);
            if (first == null || first.isEmpty() || !nameLike(first, width)) {
                start++;
                continue;
            }
            int end = start;
            int count = 0;
            int shortOnes = 0;
            int last = start;
            while (end < lines.size() && lines.get(end) != null && (lines.get(end).isEmpty() || nameLike(lines.get(end), width))) {
                if (!lines.get(end).isEmpty()) {
                    count++;
                    shortOnes += fills(lines.get(end), width) ? 0 : 1;
                    last = end;
                }
                end++;
            }
            if (count >= 3 && shortOnes >= 2) {
                for (int k = start; k <= last; k++) {
                    item[k] = !lines.get(k).isEmpty();
                }
            }
            start = end;
        }
        return item;
    }

    /**
     * A line that could be a name in a list: up to 100 characters, starting with a capital or a digit, holding no
     * sentence punctuation (it ends without one, "Inc." aside, and holds no sentence or clause end followed by more
     * words, and no comma but before "Inc."); and, when it fills the wrap width, with most of its words capitalised,
     * as a long name's are ("Japan Federation of Bar Associations Committee on International Human Rights") and a line
     * of running text's are not ("Japan has been the largest contributor to the budget of the International").
     */
    private static boolean nameLike(String line, int width) {
        if (line.length() > SHORT_ITEM || !startsUpperCaseOrDigit(line)
                || (endsClause(line) && !ABBREVIATION_END.matcher(line).matches())
                || holdsSentence(line)) {
            return false;
        }
        return !fills(line, width) || mostlyCapitalised(line);
    }

    private static boolean fills(String line, int width) {
        return line.length() * 100 >= width * 85;
    }

    /** At least half of the words that hold a letter or digit start (their first letter or digit) with a capital or a digit. */
    private static boolean mostlyCapitalised(String line) {
        int words = 0;
        int capitalised = 0;
        for (String word : line.split(" ")) {
            int at = 0;
            while (at < word.length() && !Character.isLetterOrDigit(word.codePointAt(at))) {
                at += Character.charCount(word.codePointAt(at));
            }
            if (at < word.length()) {
                words++;
                int c = word.codePointAt(at);
                capitalised += Character.isUpperCase(c) || Character.isDigit(c) ? 1 : 0;
            }
        }
        return words > 0 && capitalised * 2 >= words;
    }

    /**
     * Whether a printed line runs on into the next: it fills the wrap width (or nearly, and the next goes on in lower
     * case), and neither carries a Markdown mark. A long name in a list falls short of the width; the line before a
     * long word the wrap moved down may too, and its next line then starts in lower case.
     */
    private static boolean joins(String line, String next, int width) {
        boolean fills = line.length() * 100 >= width * 85 || (line.length() * 10 >= width * 7 && startsLowerCase(next));
        return fills && !MD_HEADING.matcher(line).matches() && !MD_HEADING.matcher(next).matches() && !isBullet(next)
                && !isPageMarker(line) && !isPageMarker(next);
    }

    private static void flush(List<String> current, List<Raw> out) {
        if (!current.isEmpty()) {
            out.add(new Raw(List.of(joinLines(current)), current.size() > 1));
            current.clear();
        }
    }

    /** Long lines that mostly stop mid-sentence: a paragraph wrapped by a tool, not by its author. */
    private static boolean isHardWrapped(List<String> block) {
        if (block.size() < 2) {
            return false;
        }
        int mid = 0;
        int totalLength = 0;
        for (int i = 0; i < block.size(); i++) {
            totalLength += block.get(i).length();
            if (i < block.size() - 1 && !endsClause(block.get(i))) {
                mid++;
            }
        }
        boolean anyStructure = block.stream().anyMatch(l -> MD_HEADING.matcher(l).matches() || isBullet(l));
        return !anyStructure && totalLength / block.size() >= 50 && mid * 2 >= block.size() - 1;
    }

    // ---- 2. inline HTML ---------------------------------------------------------------------------------

    private List<Raw> stripTags(List<Raw> raws, String source, List<String> notes) {
        Map<String, Integer> counts = new TreeMap<>();
        java.util.Set<String> closed = HtmlTags.closedOneLetter(source);
        List<Raw> out = new ArrayList<>();
        for (Raw raw : raws) {
            // a block's lines are read together, since a tag may go on over a line break, as an e-mail's HTML wraps
            // "<a\nhref=...>": read line by line, its two halves stayed on the page as words the source's text has not
            String read = HtmlTags.remove(String.join("\n", raw.lines()), closed, name -> counts.merge(name, 1, Integer::sum));
            List<String> cleaned = new ArrayList<>();
            for (String line : read.split("\n", -1)) {
                cleaned.add(clean(line));
            }
            out.add(new Raw(cleaned, raw.reflowed()));
        }
        HtmlTags.removalNote(counts).ifPresent(notes::add);
        return out;
    }

    // ---- 3. classify --------------------------------------------------------------------------------------

    private enum Kind { HEADING, LABEL, TITLE, PARAGRAPH, LINES, LIST }

    /** An intermediate block. {@code level} is meaningful for headings only (1 = most prominent). */
    private record Part(Kind kind, int level, List<String> lines, String source) {
        String text() {
            return String.join(" ", lines);
        }

        boolean isHeading() {
            return kind == Kind.HEADING || kind == Kind.LABEL || kind == Kind.TITLE;
        }
    }

    private List<Part> classify(List<Raw> raws, List<String> notes) {
        List<Part> parts = new ArrayList<>();
        int mdHeadings = 0;
        int bullets = 0;
        for (Raw raw : raws) {
            List<String> text = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (String line : raw.lines()) {
                if (line.isEmpty()) {
                    continue;
                }
                Matcher heading = MD_HEADING.matcher(line);
                Matcher bullet = BULLET.matcher(line);
                if (!raw.reflowed() && heading.matches() && !heading.group(2).isEmpty()) {
                    flushText(text, parts);
                    flushItems(items, parts);
                    parts.add(new Part(Kind.HEADING, heading.group(1).length(), List.of(heading.group(2)), line));
                    mdHeadings++;
                } else if (!raw.reflowed() && bullet.matches() && !isPageMarker(line)) {
                    flushText(text, parts);
                    items.add(bullet.group(1));
                    bullets++;
                } else {
                    flushItems(items, parts);
                    text.add(line);
                }
            }
            flushText(text, parts);
            flushItems(items, parts);
        }
        if (mdHeadings > 0 || bullets > 0) {
            notes.add("Markdown marks in the source are shown as structure: " + countPhrase(mdHeadings, "heading mark (#)", "heading marks (#)")
                    + (mdHeadings > 0 && bullets > 0 ? " and " : "") + countPhrase(bullets, "list mark (-)", "list marks (-)") + ".");
        }
        if (!parts.isEmpty()) {
            Part first = parts.get(0);
            boolean continues = parts.size() > 1 && startsLowerCase(parts.get(1).text());
            if (first.kind() == Kind.PARAGRAPH && looksLikeTitle(first.text()) && !continues) {
                parts.set(0, new Part(Kind.TITLE, 1, first.lines(), first.source()));
                notes.add("The first line, \"" + Entities.decode(first.text()) + "\", is shown as a heading: it opens the text and ends without punctuation, as a title does.");
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.kind() == Kind.PARAGRAPH && LABEL.matcher(p.text()).matches()) {
                parts.set(i, new Part(Kind.LABEL, 2, p.lines(), p.source()));
                labels.add(p.text());
            }
        }
        if (!labels.isEmpty()) {
            notes.add("Bracketed label " + plural(labels.size(), "line", "lines") + " shown as " + plural(labels.size(), "a heading", "headings")
                    + ", brackets kept: " + quoteAll(labels) + ".");
        }
        return parts;
    }

    private static void flushText(List<String> text, List<Part> parts) {
        if (text.isEmpty()) {
            return;
        }
        Kind kind = text.size() == 1 ? Kind.PARAGRAPH : Kind.LINES;
        parts.add(new Part(kind, 0, List.copyOf(text), String.join("\n", text)));
        text.clear();
    }

    private static void flushItems(List<String> items, List<Part> parts) {
        if (!items.isEmpty()) {
            parts.add(new Part(Kind.LIST, 0, List.copyOf(items), String.join("\n", items)));
            items.clear();
        }
    }

    private static boolean looksLikeTitle(String text) {
        return text.length() <= TITLE_MAX && !endsClause(text)
                && !Character.isDigit(text.charAt(text.length() - 1));
    }

    // ---- 4. split titles ----------------------------------------------------------------------------------

    private List<Part> mergeSplitTitles(List<Part> parts, List<String> notes) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (!out.isEmpty()) {
                Part prev = out.get(out.size() - 1);
                if (prev.kind() == Kind.HEADING && p.kind() == Kind.HEADING && prev.level() == p.level()
                        && prev.text().endsWith(":")) {
                    out.set(out.size() - 1, new Part(Kind.HEADING, p.level(), List.of(prev.text() + " " + p.text()),
                            prev.source() + "\n" + p.source()));
                    notes.add("Joined one title that the source splits over two headings: \"" + Entities.decode(prev.source())
                            + "\" and \"" + Entities.decode(p.source()) + "\".");
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    // ---- 5. lists under headings --------------------------------------------------------------------------

    private List<Part> formLists(List<Part> parts, List<String> notes) {
        List<Part> out = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            Part p = parts.get(i);
            out.add(p);
            i++;
            if (p.kind() != Kind.HEADING && p.kind() != Kind.LABEL) {
                continue;
            }
            List<String> items = new ArrayList<>();
            List<String> stray = new ArrayList<>();
            int j = i;
            while (j < parts.size()) {
                Part q = parts.get(j);
                if (isItemPart(q)) {
                    items.addAll(q.lines());
                    j++;
                } else if (!items.isEmpty() && isStrayHeading(q, p)) {
                    int k = j;
                    while (k < parts.size() && isStrayHeading(parts.get(k), p)) {
                        k++;
                    }
                    if (k == parts.size() || !isItemPart(parts.get(k))) {
                        break;
                    }
                    for (Part h : parts.subList(j, k)) {
                        items.add(h.text());
                        stray.add(h.source());
                    }
                    j = k;
                } else {
                    break;
                }
            }
            if (items.size() >= 2) {
                out.add(new Part(Kind.LIST, 0, items, ""));
                notes.add("The " + items.size() + " short lines under \"" + Entities.decode(p.text()) + "\" are shown as a list.");
                if (!stray.isEmpty()) {
                    notes.add("Heading marks on " + plural(stray.size(), "a line", stray.size() + " lines") + " inside that list ("
                            + quoteAll(stray) + ") are taken for stray markup: shown as list items, words unchanged.");
                }
                i = j;
            }
        }
        return out;
    }

    /** A heading more prominent than the list's own heading, short enough to be a name: markup gone astray. */
    private static boolean isStrayHeading(Part q, Part listHeading) {
        return q.kind() == Kind.HEADING && q.level() < listHeading.level() && isShortItem(q.text());
    }

    private static boolean isItemPart(Part q) {
        return (q.kind() == Kind.PARAGRAPH || q.kind() == Kind.LINES) && q.lines().stream().allMatch(Normalizer::isShortItem);
    }

    private static boolean isShortItem(String line) {
        String shown = Entities.decode(line);
        if (line.length() > SHORT_ITEM || shown.endsWith(",") || shown.endsWith(":") || ENDS_WITH_SEMICOLON.matcher(shown).find()
                || shown.endsWith("!") || shown.endsWith("?")) {
            return false;
        }
        return !shown.endsWith(".") || ABBREVIATION_END.matcher(shown).matches();
    }

    // ---- 6. paragraphs broken mid-sentence -----------------------------------------------------------------

    /**
     * A paragraph that stops mid-sentence is joined to the next when the next starts in lower case; and, in text
     * wrapped at a fixed width (a PDF's printed lines, one per paragraph), also when the line it stops on fills the
     * width, whatever the next line starts with ("…the budget of the International" / "Criminal Court since 2007."):
     * a line that fills the width was broken by the wrap, not by its author. A short line, a heading's or a name's,
     * never is.
     */
    private List<Part> joinBrokenParagraphs(List<Part> parts, List<String> notes) {
        int width = wrapWidth(parts);
        List<String> printed = new ArrayList<>();
        for (Part p : parts) {
            printed.add(p.kind() == Kind.PARAGRAPH && p.lines().size() == 1 ? p.text() : null);
        }
        boolean[] item = width > 0 ? listItems(printed, width) : new boolean[parts.size()];
        List<Part> out = new ArrayList<>();
        int lastLine = -1; // the length of the source line the last paragraph ends on, when it is one line
        boolean lastItem = false; // whether the last paragraph ends on an item of a list
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (!out.isEmpty()) {
                Part prev = out.get(out.size() - 1);
                // a long name in a list fills the width too, but its line was not broken by the wrap
                boolean wrapped = width > 0 && lastLine >= width * 85 / 100 && startsUpperCaseOrDigit(p.text()) && !lastItem && !item[i];
                // a comma does not end a sentence: "…to protect the court," / "its officials and…" runs on
                boolean lower = startsLowerCase(p.text()) && !endsSentence(prev.text());
                boolean marker = isPageMarker(prev.text()) || isPageMarker(p.text());
                if (prev.kind() == Kind.PARAGRAPH && p.kind() == Kind.PARAGRAPH && !marker
                        && (lower || (wrapped && !endsClause(prev.text())))) {
                    out.set(out.size() - 1, new Part(Kind.PARAGRAPH, 0, List.of(joinLines(List.of(prev.text(), p.text()))),
                            prev.source() + "\n" + p.source()));
                    notes.add("Joined a paragraph that the source breaks mid-sentence, between \"" + lastWords(prev.text())
                            + "\" and \"" + firstWords(p.text()) + "\"" + (startsLowerCase(p.text()) ? "" : ": the line before"
                            + " fills the width the source's lines are wrapped at") + ".");
                    lastLine = p.lines().size() == 1 ? p.text().length() : -1;
                    lastItem = item[i];
                    continue;
                }
            }
            out.add(p);
            lastLine = p.kind() == Kind.PARAGRAPH && p.lines().size() == 1 ? p.text().length() : -1;
            lastItem = item[i];
        }
        return out;
    }

    /**
     * The width the source's lines are wrapped at, when it is wrapped line by line: the length that nine in ten of its
     * one-line paragraphs do not exceed, when there are at least eight of them and it is that of printed lines (40 to
     * 120 characters); otherwise 0. Text whose paragraphs are each one long line has no such width.
     */
    private static int wrapWidth(List<Part> parts) {
        List<Integer> lengths = new ArrayList<>();
        for (Part p : parts) {
            if (p.kind() == Kind.PARAGRAPH && p.lines().size() == 1) {
                lengths.add(p.text().length());
            }
        }
        if (lengths.size() < 8) {
            return 0;
        }
        int width = nineInTen(lengths);
        return width >= 40 && width <= 120 ? width : 0;
    }

    /** The length that nine in ten of the lengths do not exceed: the width lines are wrapped at, long words aside. */
    private static int nineInTen(List<Integer> lengths) {
        List<Integer> sorted = new ArrayList<>(lengths);
        java.util.Collections.sort(sorted);
        return sorted.get(Math.max(0, (sorted.size() * 9) / 10 - 1));
    }

    private static boolean startsUpperCaseOrDigit(String text) {
        return !text.isEmpty() && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)));
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    // ---- 7. numbering ---------------------------------------------------------------------------------------

    /**
     * Numbers the blocks, each text with its HTML entities read ({@link Entities}): the last step, so that what the
     * source prints as an entity ({@code &lt;u&gt;}, {@code &#35; Title}) is never read as its markup, and the note can
     * say which paragraphs show them.
     */
    private List<Block> number(List<Part> parts, EntityTally entities, List<Integer> tables) {
        TreeSet<Integer> levels = new TreeSet<>();
        parts.stream().filter(Part::isHeading).forEach(p -> levels.add(p.level()));
        List<Integer> rank = new ArrayList<>(levels);
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        for (Part p : parts) {
            switch (p.kind()) {
                case HEADING, LABEL, TITLE -> {
                    n++;
                    blocks.add(new Block.Heading(n, rank.indexOf(p.level()) + 1, entities.read(p.text(), n)));
                }
                case PARAGRAPH, LINES -> {
                    n++;
                    List<String> lines = new ArrayList<>();
                    for (String line : p.lines()) {
                        lines.add(entities.read(line, n));
                    }
                    blocks.add(new Block.Paragraph(n, lines));
                    if (p.kind() == Kind.LINES && isPipeTable(p.lines())) {
                        tables.add(n);
                    }
                }
                case LIST -> {
                    List<Block.Item> items = new ArrayList<>();
                    for (String line : p.lines()) {
                        n++;
                        items.add(new Block.Item(n, entities.read(line, n)));
                    }
                    blocks.add(new Block.ListBlock(items));
                }
            }
        }
        return blocks;
    }

    /** The HTML entities read in the reading text: each as printed with its character, its count, and where. */
    private static final class EntityTally {
        private final Map<String, String> shown = new java.util.LinkedHashMap<>();
        private final Map<String, Integer> counts = new java.util.HashMap<>();
        private final Map<String, TreeSet<Integer>> where = new java.util.HashMap<>();

        String read(String text, int number) {
            return Entities.decode(text, (printed, character) -> {
                shown.putIfAbsent(printed, character);
                counts.merge(printed, 1, Integer::sum);
                where.computeIfAbsent(printed, k -> new TreeSet<>()).add(number);
            });
        }

        /**
         * "HTML entities that the source prints as text (…) are shown as the characters they stand for …": named in the
         * order they first occur, each with its character, its count and the paragraphs that show it, runs of three
         * paragraphs or more as a range ("paragraphs 2–40 and 44"), so that a text full of entities gets a note as
         * short as the entities are few, and the reader still sees what was read where.
         */
        java.util.Optional<String> note() {
            if (shown.isEmpty()) {
                return java.util.Optional.empty();
            }
            List<String> each = new ArrayList<>();
            int total = 0;
            for (var e : shown.entrySet()) {
                int count = counts.get(e.getKey());
                total += count;
                each.add("\"" + e.getKey() + "\" as " + character(e.getValue()) + (count == 1 ? " once" : " " + count + " times")
                        + " (" + paragraphs(where.get(e.getKey())) + ")");
            }
            return java.util.Optional.of(total + " HTML " + plural(total, "entity", "entities") + " that the source prints as text "
                    + plural(total, "is", "are") + " shown as the " + plural(total, "character it stands", "characters they stand")
                    + " for, as a browser shows " + plural(total, "it", "them") + ": " + String.join("; ", each)
                    + ". The verbatim file keeps " + plural(total, "it", "them") + " as printed.");
        }

        /** "paragraph 3", "paragraphs 2 and 3", "paragraphs 1, 4–9 and 12": runs of three or more as a range. */
        static String paragraphs(java.util.SortedSet<Integer> numbers) {
            List<String> parts = new ArrayList<>();
            List<Integer> sorted = List.copyOf(numbers);
            int i = 0;
            while (i < sorted.size()) {
                int j = i;
                while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                    j++;
                }
                if (j - i >= 2) {
                    parts.add(sorted.get(i) + "\u2013" + sorted.get(j));
                } else {
                    for (int k = i; k <= j; k++) {
                        parts.add(String.valueOf(sorted.get(k)));
                    }
                }
                i = j + 1;
            }
            return (sorted.size() == 1 ? "paragraph " : "paragraphs ") + listed(parts);
        }

        /** "1", "1 and 2", "1, 2 and 3". */
        static String listed(List<?> items) {
            List<String> each = items.stream().map(String::valueOf).toList();
            return each.size() == 1 ? each.get(0) : String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1);
        }

        /** The character quoted, or named when it cannot be seen: a space, a soft hyphen. */
        private static String character(String text) {
            int c = text.codePointAt(0);
            if (text.length() == Character.charCount(c)
                    && (Character.isSpaceChar(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT)) {
                String name = switch (c) {
                    case 0x00A0 -> "a no-break space";
                    case 0x00AD -> "a soft hyphen";
                    case 0x200B -> "a zero-width space";
                    default -> Character.getType(c) == Character.FORMAT ? "a character not seen" : "a space";
                };
                return name + " (U+" + String.format(java.util.Locale.ROOT, "%04X", c) + ")";
            }
            return "\"" + text + "\"";
        }
    }

    // ---- wording helpers -------------------------------------------------------------------------------------

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    private static String countPhrase(int n, String one, String many) {
        return n == 0 ? "" : n + " " + plural(n, one, many);
    }

    private static String quoteAll(List<String> texts) {
        List<String> quoted = new ArrayList<>();
        texts.forEach(t -> quoted.add("\"" + Entities.decode(t) + "\""));
        return String.join(", ", quoted);
    }

    private static String lastWords(String text) {
        String[] words = Entities.decode(text).split(" ");
        int from = Math.max(0, words.length - 3);
        return "…" + String.join(" ", List.of(words).subList(from, words.length));
    }

    private static String firstWords(String text) {
        String[] words = Entities.decode(text).split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(3, words.length))) + "…";
    }
}
