package org.dossier.source;

import org.dossier.normalize.ColumnRows;
import org.dossier.normalize.HtmlTags;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The items a letter's list of signatories holds, as printed: its text read for names (tags, Markdown links and
 * emphasis taken away), its rows of columns, and every item, by its words, with its places ({@code (line << 32)} and
 * its place in the line). An item is a line, a column's cell, or a part of a line set off by list punctuation; without
 * its numbering (with or without a full stop), bullet, "on behalf of" or Japanese ほか/など and their count; with and
 * without a footnote's number glued to its last letter; and a name wrapped over two or three lines, or down its
 * column, joined. {@link SignatureList} checks the signatures against these items.
 */
final class PrintedItems {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    /** A mark before an item: a Markdown heading or list mark, a bullet, a number. */
    private static final Pattern LEADING = ColumnRows.LEADING;
    /**
     * Words before the organisation an officer signs for: "on behalf of Human Rights Now", "for and on behalf of …",
     * "signed on behalf of …". The organisation is an item too.
     */
    private static final Pattern ON_BEHALF = Pattern.compile("(?i)(?:signed\\s+)?(?:for\\s+and\\s+)?on\\s+behalf\\s+of\\s+");
    /**
     * "And others" after a Japanese list's last name, with their count perhaps: "ピースボートほか30団体", "ピースボートなど".
     * The name before it is an item too.
     */
    private static final String OTHERS_COUNT = "[0-9\uFF10-\uFF19\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343]+"
            + "(?:\u56E3\u4F53|\u540D|\u4EBA)";
    /** … ほか or など, a count after it perhaps, or 他 and a count ("他30団体"; 他 alone may end a name). */
    private static final Pattern AND_OTHERS = Pattern.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\u30FC\uFF09)])"
            + "(?:(?:\u307B\u304B|\u306A\u3069)(?:" + OTHERS_COUNT + ")?|\u4ED6" + OTHERS_COUNT + ")$");
    /**
     * The count of others in {@link #AND_OTHERS}: with it, the item as printed ("ピースボートほか30団体") is a name and a
     * count, no name of the list, so a page cannot show the 30 as one signatory.
     */
    private static final Pattern OTHERS_COUNTED = Pattern.compile(OTHERS_COUNT);
    /**
     * A number before an item with no full stop or bracket, only a space ("1 Amnesty International Japan",
     * "1\u3000ヒューマンライツ・ナウ"): perhaps the list's numbering, perhaps the name's own ("18 May Memorial Foundation"),
     * so the item is read both with it and, when the letter numbers its lines so (see {@link #numbers}), without it.
     */
    private static final Pattern BARE_NUMBER = Pattern.compile("^([0-9\uFF10-\uFF19]{1,3})[ \u00A0\u3000]+(?=\\S)");
    /** A number and a space starting a line or a column's cell, as a list numbered "1 Amnesty International Japan" prints it. */
    private static final Pattern NUMBERING = Pattern.compile("(?:^\\s*|[ \u00A0\u3000]{2,}|\t)([0-9\uFF10-\uFF19]{1,3})[ \u00A0\u3000](?=\\S)");
    /** A mark after an item: a coordinator's star, a footnote number or dagger. */
    private static final Pattern TRAILING = Pattern.compile("(?:\\*+|[\u00B9\u00B2\u00B3\u2070-\u2079\u2020\u2021]+)$");
    /**
     * What parts the items of one line: list punctuation, a tab, a run of spaces (columns), a table's bar, a dash, a
     * bullet with a space either side ("Peace Boat • Human Rights Now"; "ヒューマンライツ・ナウ" holds its dot).
     */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[\u2022\u00B7\u25CF\u30FB]\\s+|\\s*[,;\u3001\uFF0C\uFF1B|\t]\\s*|[ \u00A0\u3000]{2,}|\\s+[\u2013\u2014]\\s+|\\s*\uFF1A\\s*|\\s*:\\s+");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");

    /**
     * The numbers that start a line or a cell with only a space after them: one is a list's numbering when the one
     * before it or after it starts another ("1 Amnesty International Japan" over "2 Human Rights Now"); alone it is the
     * name's own ("18 May Memorial Foundation", "350 Japan").
     */
    private final Set<Integer> numbers = new HashSet<>();
    /** A line as read for names: its text with tags, Markdown links and emphasis marks taken away. */
    final List<String> lines = new ArrayList<>();
    final List<String> raw = new ArrayList<>();
    /** The footnotes the letter prints, for the numbers glued to the names of its list. */
    private final FootnoteNumbers footnotes = new FootnoteNumbers(raw);
    /**
     * For each line of a list in columns (its cells parted by a tab or a run of spaces), where each cell starts in the
     * line as {@link #lines} holds it, stripped; for a line of one cell that could end such a block, its one start;
     * else null.
     */
    final int[][] cells;
    /** The blocks of rows of columns, in the order of the text. */
    final List<ColumnRows.Block> blocks = new ArrayList<>();
    /** For each line, the block of columns it is a row of, or -1; and which row. */
    final int[] blockOf;
    final int[] rowOf;

    PrintedItems(String seedText) {
        java.util.Set<String> closed = HtmlTags.closedOneLetter(seedText);
        List<int[]> lineCells = new ArrayList<>();
        List<Boolean> blank = new ArrayList<>();
        List<ColumnRows.Layout> layouts = new ArrayList<>();
        // a tag wrapped over a line break ("<a" / "href=...>") is taken out of its first line, as of the reading text
        for (String line : LINE_BREAK.split(HtmlTags.tagsOnOneLine(seedText, closed), -1)) {
            raw.add(line);
            // a tag that parts two names (<br>, </td><td>, </li><li>) parts them as a tab does, as a copied table's cells
            String text = EMPHASIS.matcher(MARKDOWN_LINK.matcher(HtmlTags.remove(line, closed, name -> { }, '\t')).replaceAll("$1")).replaceAll("");
            String read = text.replace('\t', '|');
            lines.add(read);
            java.util.regex.Matcher numbering = NUMBERING.matcher(text);
            while (numbering.find()) {
                numbers.add(number(numbering.group(1)));
            }
            String stripped = read.strip();
            int lead = stripped.isEmpty() ? 0 : read.indexOf(stripped);
            int[] lineCellStarts = ColumnRows.cellsOf(text.substring(lead, lead + stripped.length()));
            lineCells.add(lineCellStarts);
            blank.add(read.isBlank());
            layouts.add(ColumnRows.layout(text, lead, lineCellStarts));
            footnotes.read(stripped, lines.size() - 1);
        }
        cells = lineCells.toArray(new int[0][]);
        blockOf = new int[lines.size()];
        rowOf = new int[lines.size()];
        java.util.Arrays.fill(blockOf, -1);
        findBlocks(blank, layouts);
    }

    private void findBlocks(List<Boolean> blank, List<ColumnRows.Layout> layouts) {
        boolean[] empty = new boolean[blank.size()];
        for (int k = 0; k < empty.length; k++) {
            empty[k] = blank.get(k);
        }
        for (ColumnRows.Block block : ColumnRows.find(lines, cells, empty, layouts.toArray(new ColumnRows.Layout[0]))) {
            int[] rows = block.rows();
            for (int r = 0; r < rows.length; r++) {
                blockOf[rows[r]] = blocks.size();
                rowOf[rows[r]] = r;
            }
            blocks.add(block);
        }
    }

    /** The cell of a row of columns that the offset falls in. */
    int cellOf(int line, int offset) {
        int[] starts = cells[line];
        int cell = 0;
        while (cell + 1 < starts.length && starts[cell + 1] <= offset) {
            cell++;
        }
        return cell;
    }

    /** A cell's text, as read for names. */
    String cellText(int line, int start) {
        String text = lines.get(line).strip();
        int cell = cellOf(line, start);
        int end = cell + 1 < cells[line].length ? cells[line][cell + 1] : text.length();
        return text.substring(start, end).replaceAll("[\\s|\u00A0\u3000]+$", "");
    }

    /**
     * Where the name stands as an item of a list, as (line << 32) + its place in the line, in the order of the text:
     * a line of its own, or one of the items a line holds, parted by list punctuation (A, B and C; A、B), tabs, a run
     * of spaces or a dash, each without its number, bullet or footnote mark; or one of the items of a paragraph's
     * lines joined, for a list that wraps from line to line. A name in brackets, or after "and" in a sentence that is
     * no list, is not one.
     */
    List<Long> places(String name) {
        if (byItem == null) {
            byItem = indexItems();
        }
        return new ArrayList<>(byItem.getOrDefault(name, new java.util.TreeSet<>()));
    }

    /** Every item of the text, by its words, with its places: made once, so that each name is looked up, not searched. */
    private java.util.Map<String, java.util.TreeSet<Long>> byItem;

    private java.util.Map<String, java.util.TreeSet<Long>> indexItems() {
        java.util.Map<String, java.util.TreeSet<Long>> index = new java.util.HashMap<>();
        int start = 0;
        while (start < lines.size()) {
            while (start < lines.size() && lines.get(start).isBlank()) {
                start++;
            }
            int end = start;
            StringBuilder joined = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            while (end < lines.size() && !lines.get(end).isBlank()) {
                String line = lines.get(end).strip();
                long lineStart = (long) end << 32;
                index(line, at -> lineStart + at, index);
                if (cells[end] != null && cells[end].length > 1) {
                    // each cell of a row of columns whole too, for a name that holds a comma printed beside another
                    // ("YWCA of Osaka        Alter Trade Japan, Inc.")
                    for (int cell : cells[end]) {
                        index(cellText(end, cell), at -> lineStart + cell + at, index);
                    }
                }
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                starts.add(joined.length());
                joined.append(line);
                end++;
            }
            if (end - start > 1) {
                indexWrappedLines(start, end, index);
                int first = start;
                int last = end;
                index(joined.toString(), at -> {
                    int line = first;
                    while (line + 1 < last && starts.get(line + 1 - first) <= at) {
                        line++;
                    }
                    return ((long) line << 32) + (at - starts.get(line - first));
                }, index);
            }
            start = end;
        }
        indexWrapped(index);
        return index;
    }

    /**
     * For a name wrapped onto the next line or two inside its column ("Japan Federation of Bar" over "Associations"),
     * which the letter prints as a cell and, under it in the same column, cells of rows whose other cells are blank:
     * the cells joined, as one item at the upper cell's place. Which it is, a wrapped name or a name under another,
     * only the names of the signatures can tell: both are items. The lower cells' places, for each joined item; so
     * too for a name wrapped over two or three lines of a list of one name a line.
     */
    final java.util.Map<String, List<Long>> wrapped = new java.util.HashMap<>();

    /** How many lines a name of a list may be wrapped over. */
    private static final int WRAP = 3;

    private void indexWrapped(java.util.Map<String, java.util.TreeSet<Long>> index) {
        for (ColumnRows.Block block : blocks) {
            int[] rows = block.rows();
            for (int r = 0; r + 1 < rows.length; r++) {
                for (int j = 0; j < cells[rows[r]].length; j++) {
                    int column = block.column(r, j);
                    long upper = ((long) rows[r] << 32) + cells[rows[r]][j];
                    StringBuilder joined = new StringBuilder(cellText(rows[r], cells[rows[r]][j]));
                    List<Long> lower = new ArrayList<>();
                    for (int d = r + 1; d < rows.length && d < r + WRAP && cells[rows[d]].length < block.columns(); d++) {
                        int k = 0;
                        while (k < cells[rows[d]].length && block.column(d, k) != column) {
                            k++;
                        }
                        if (k == cells[rows[d]].length) {
                            break;
                        }
                        lower.add(((long) rows[d] << 32) + cells[rows[d]][k]);
                        int head = joined.length();
                        joined.append(' ').append(cellText(rows[d], cells[rows[d]][k]));
                        putWrapped(joined.toString(), head, upper, lower, index);
                    }
                }
            }
        }
    }

    /**
     * A name wrapped over two or three lines of a list of one name a line ("Japanese Network for the Promotion" over
     * "of International Criminal" over "Justice and Human Rights"): the lines of a paragraph joined, as one item at the
     * upper line's place; lines of columns are joined by their cells (see {@link #indexWrapped}).
     */
    private void indexWrappedLines(int first, int last, java.util.Map<String, java.util.TreeSet<Long>> index) {
        for (int line = first; line < last; line++) {
            if (blockOf[line] >= 0) {
                continue;
            }
            long upper = (long) line << 32;
            StringBuilder joined = new StringBuilder(lines.get(line).strip());
            List<Long> lower = new ArrayList<>();
            for (int next = line + 1; next < last && next < line + WRAP && blockOf[next] < 0; next++) {
                lower.add((long) next << 32);
                int head = joined.length();
                joined.append(' ').append(lines.get(next).strip());
                if (joined.length() > ColumnRows.NAME_MAX) {
                    break;
                }
                putWrapped(joined.toString(), head, upper, lower, index);
            }
        }
    }

    /**
     * Puts each item of the joined lines that runs over from the first ({@code head} long) into the next, at the
     * first's place: an item within one line stands at its own place already ("Coordinated by:" over "Human Rights
     * Watch" makes no item of "Human Rights Watch" at the label's line).
     */
    private void putWrapped(String joined, int head, long upper, List<Long> lower, java.util.Map<String, java.util.TreeSet<Long>> index) {
        java.util.function.Predicate<Item> runsOver = item -> item.start() < head && item.start() + item.bare().length() > head;
        index(joined, runsOver, at -> upper, index);
        for (Item item : items(joined)) {
            if (runsOver.test(item)) {
                wrapped.put(upper + "|" + item.bare(), List.copyOf(lower));
            }
        }
    }

    /** Puts each item of the text under its words, and, for "B and C" ending a list, B and C each under theirs. */
    private void index(String text, java.util.function.IntFunction<Long> place, java.util.Map<String, java.util.TreeSet<Long>> index) {
        index(text, item -> true, place, index);
    }

    private void index(String text, java.util.function.Predicate<Item> which, java.util.function.IntFunction<Long> place,
                       java.util.Map<String, java.util.TreeSet<Long>> index) {
        for (Item item : items(text)) {
            if (!which.test(item)) {
                continue;
            }
            put(index, item.bare(), place.apply(item.start()));
            int and = item.bare().lastIndexOf(" and ");
            if (item.part() && and > 0) { // A, B and C: "B and C", when no name holds the "and"
                put(index, item.bare().substring(0, and), place.apply(item.start()));
                put(index, item.bare().substring(and + 5), place.apply(item.start() + and + 5));
            }
        }
    }

    /** Puts an item under its words, and, when it ends with a footnote's number, under its words without it too. */
    private void put(java.util.Map<String, java.util.TreeSet<Long>> index, String words, long place) {
        index.computeIfAbsent(words, k -> new java.util.TreeSet<>()).add(place);
        int digits = footnotes.numberStart(words, (int) (place >> 32));
        if (digits > 0) {
            index.computeIfAbsent(words.substring(0, digits), k -> new java.util.TreeSet<>()).add(place);
        }
    }

    /**
     * An item of a line: where it starts, its text without its leading and trailing marks, white space as one space;
     * {@code part} when it is one of several the line's punctuation parts (not the whole line).
     */
    private record Item(int start, String bare, boolean part) {
    }

    private static int number(String digits) {
        return Integer.parseInt(digits.codePoints().map(c -> '0' + Character.digit(c, 10))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    private List<Item> items(String text) {
        java.util.regex.Matcher m = SEPARATOR.matcher(text);
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            spans.add(new int[] {from, m.start()});
            from = m.end();
        }
        spans.add(new int[] {from, text.length()});
        boolean parted = spans.size() > 1;
        if (parted) {
            spans.add(0, new int[] {0, text.length()}); // the whole line, for a name that holds a comma ("Alter Trade Japan, Inc.")
        }
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            String raw = text.substring(span[0], span[1]);
            java.util.regex.Matcher lead = LEADING.matcher(raw);
            int skip = lead.lookingAt() ? lead.end() : 0;
            String bare = TextMatch.normalize(TRAILING.matcher(raw.substring(skip).strip()).replaceAll(""));
            if (k == spans.size() - 1 && bare.endsWith(".")) {
                items.add(new Item(span[0] + skip, bare, parted && k > 0)); // "… and C." ends the sentence, or the name ends in "."
                bare = bare.substring(0, bare.length() - 1);
            }
            if (bare.startsWith("and ")) { // A, B, and C
                skip += 4;
                bare = bare.substring(4);
            }
            java.util.regex.Matcher others = AND_OTHERS.matcher(bare);
            boolean hasOthers = others.find();
            if (!hasOthers || !OTHERS_COUNTED.matcher(others.group()).find()) {
                items.add(new Item(span[0] + skip, bare, parted && k > 0)); // a name and a count of others is no name
            }
            if (hasOthers) {
                items.add(new Item(span[0] + skip, bare.substring(0, others.start()), parted && k > 0));
            }
            java.util.regex.Matcher behalf = ON_BEHALF.matcher(bare);
            if (behalf.lookingAt() && behalf.end() < bare.length()) {
                items.add(new Item(span[0] + skip + behalf.end(), bare.substring(behalf.end()), parted && k > 0));
            }
            java.util.regex.Matcher number = BARE_NUMBER.matcher(bare);
            if (number.find() && (numbers.contains(number(number.group(1)) - 1) || numbers.contains(number(number.group(1)) + 1))) {
                items.add(new Item(span[0] + skip + number.end(), bare.substring(number.end()), parted && k > 0));
            }
        }
        return items;
    }

    /**
     * For a name given with the count of others after it ("ピースボートほか30団体"), the hint: the name before the count is
     * the signatory, and the others are counted, not named.
     */
    Optional<String> othersCounted(String name) {
        java.util.regex.Matcher others = AND_OTHERS.matcher(name);
        if (!others.find() || !OTHERS_COUNTED.matcher(others.group()).find() || places(name.substring(0, others.start())).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("\"" + others.group() + "\" counts others the letter does not name: give the name before it, \""
                + name.substring(0, others.start()) + "\", and the others as unnamed_count, with their count quoted in unnamed_as_printed");
    }

    /** The item of the text that holds the name, when one does: what the letter lists where it prints the name. */
    Optional<String> itemHolding(String name) {
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (raw.get(k).strip().startsWith("#")) {
                continue; // a heading
            }
            List<Item> items = items(line.strip());
            if (items.stream().filter(Item::part).anyMatch(i -> i.bare().split(" ").length > 8)
                    || (items.size() == 1 && items.get(0).bare().split(" ").length > 8)) {
                continue; // a sentence, not a list
            }
            for (Item item : items) {
                if (item.part() || !item.bare().contains(",")) {
                    if (item.bare().contains(name) && !item.bare().equals(name) && item.bare().length() <= ColumnRows.NAME_MAX) {
                        return Optional.of(item.bare());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
