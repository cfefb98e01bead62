package org.dossier.normalize;

import org.dossier.model.DossierDate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines printed in columns, as PDF text gives a list of names set in two or three columns: each line a row, its cells
 * parted by a tab or a run of spaces, ideographic ones too ("Amnesty International Japan        Human Rights Now"). One
 * recognition, shared by the check of a letter's signatures (which reads the names down each column or across each row)
 * and the reading text (which shows each cell apart).
 */
public final class ColumnRows {
    /**
     * A mark before an item: a Markdown heading or list mark, a bullet, a number ("1.", "(1)", "１．", "①"); not a number
     * whose point a digit follows, which is the name's ("5.18 Memorial Foundation", "3.11 Network").
     */
    public static final Pattern LEADING = Pattern.compile("^(?:#{1,6}\\s+|[-*+\u2022\u30FB\u25CF\u25CB\u25E6\u25AA\u25A0\u2013\u2014]\\s*"
            + "|[(\uFF08]?[0-9\uFF10-\uFF19]{1,3}[.)\uFF0E\uFF09](?![0-9\uFF10-\uFF19])\\s*|[\u2460-\u2473]\\s*)+");
    /**
     * What parts the columns of a line: a tab, or a run of spaces, ideographic spaces (U+3000, as Japanese text sets its
     * columns) and no-break spaces among them; one ideographic space is a space inside a name ("認定NPO法人\u3000ヒューマンライツ・ナウ").
     */
    /** A number alone, with no full stop or bracket, as a list numbered "1   Amnesty International Japan" prints it. */
    private static final Pattern NUMBER = Pattern.compile("[0-9\uFF10-\uFF19]{1,3}");
    private static final Pattern COLUMN_GAP = Pattern.compile("[ \u00A0\u3000]*\t[ \t\u00A0\u3000]*|[ \u00A0\u3000]{2,}");
    /** The longest, in characters, that a cell or a list's item is read as a name: longer, it is a sentence. */
    public static final int NAME_MAX = 100;
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b";
    /** A day and a month, a month, a day and a year, or a date in numbers or in Japanese: "7 December", "Dec. 7, 2023", "2023/12/7", "2023年12月". */
    private static final Pattern DATE_PART = Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH
            + "|\\b" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b"
            + "|\\b\\d{1,4}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?\\d{1,4}\\b"
            + "|\\d\\s?\u5E74\\s?\\d{1,2}\\s?\u6708|\\d{1,2}\\s?\u6708\\s?\\d{1,2}\\s?\u65E5");

    private ColumnRows() {
    }

    /**
     * Consecutive rows of the same number of columns (rows parted by no empty line, or each by one, as in
     * double-spaced PDF text), rows among them with blank cells where the layout shows which columns their cells
     * stand in (a name wrapped onto the next line, a column shorter than the others), and a last row that may hold
     * fewer cells. A reader may read them down each column or across each row.
     *
     * @param rows     the lines of the rows
     * @param columns  the number of columns of the block
     * @param columnOf for each row, the column each of its cells stands in: a short last row's in the first columns
     *                 unless the layout shows others
     * @param rankDown for each row, the place of each of its cells among the block's cells read down each column
     */
    public record Block(int[] rows, int columns, int[][] columnOf, int[][] rankDown) {
        static Block of(int[] rows, int columns, int[][] columnOf) {
            int[] inColumn = new int[columns];
            for (int[] row : columnOf) {
                for (int c : row) {
                    inColumn[c]++;
                }
            }
            int[] before = new int[columns];
            for (int c = 1; c < columns; c++) {
                before[c] = before[c - 1] + inColumn[c - 1];
            }
            int[][] rank = new int[columnOf.length][];
            for (int r = 0; r < columnOf.length; r++) {
                rank[r] = new int[columnOf[r].length];
                for (int k = 0; k < columnOf[r].length; k++) {
                    rank[r][k] = before[columnOf[r][k]]++;
                }
            }
            return new Block(rows, columns, columnOf, rank);
        }

        /** The place of a cell (its row in the block, its index in the row) among the block's cells read down each column. */
        public int rankDown(int row, int cell) {
            return rankDown[row][cell];
        }

        /** The column a cell stands in (its row in the block, its index in the row). */
        public int column(int row, int cell) {
            return columnOf[row][cell];
        }

        /** How many rows hold a cell in every column. */
        public int fullRows() {
            return (int) java.util.Arrays.stream(columnOf).filter(row -> row.length == columns).count();
        }

        /** Whether its cells can be read down each column: as keys, at most 65,536 cells. */
        public boolean readableDown() {
            return (long) rows.length * columns <= 0xFFFF;
        }
    }

    /**
     * Where the cells of a line stand, as its layout shows: by character (two for a wide one, see {@link #width}), in a
     * line laid out with spaces; by tab stop, in a line whose cells are each parted by tabs only, as a table copied
     * from a spreadsheet is (a blank cell is one more tab: "\tPeace Boat", "Human Rights Watch\t\tAsia Pacific Forum").
     *
     * @param byTabs whether {@code at} counts tabs, else characters
     * @param at     for each cell, its place in the layout
     */
    public record Layout(boolean byTabs, int[] at) {
    }

    /**
     * The layout of a line whose cells are {@code cells}, as {@link #cellsOf} gives them for the part of the line
     * from {@code from}; null when it cannot be told: no cells, or tabs and runs of spaces both parting cells.
     */
    public static Layout layout(String line, int from, int[] cells) {
        if (cells == null) {
            return null;
        }
        int[] at = new int[cells.length];
        boolean byTabs = line.indexOf('\t') >= 0;
        for (int k = 0; k < cells.length; k++) {
            int start = from + cells[k];
            String before = line.substring(k == 0 ? 0 : from + cells[k - 1], start);
            if (byTabs && (k == 0 ? !before.replace("\t", "").isEmpty() : before.indexOf('\t') < 0)) {
                return null; // a space before the first cell, or a run of spaces parting two, among tabs
            }
            at[k] = byTabs ? (int) line.substring(0, start).chars().filter(c -> c == '\t').count() : width(line.substring(0, start));
        }
        return new Layout(byTabs, at);
    }

    /**
     * How wide the text is laid out: two for a character of a script set in wide cells (kanji, kana, hangul, full-width
     * forms, the ideographic space), as a layout in columns sets Japanese; one for any other.
     */
    static int width(String text) {
        return text.codePoints().map(c -> (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD) ? 2 : 1).sum();
    }

    /** Where the line's text starts, after its white space. */
    public static int textStart(String line) {
        int lead = 0;
        while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
            lead++;
        }
        return lead;
    }

    /** A capitalised word after a day and a month: they are part of a name ("1 March Movement Foundation"). */
    private static final Pattern NAME_GOES_ON = Pattern.compile("[ \u00A0]+\\p{Lu}\\p{Ll}");

    /**
     * Whether the text holds a date, or the part of one that gives a day and a month or a year ("7 December", "2023/12/7");
     * not a day and a month a name goes on from, as an organisation named after a date is ("18 May Memorial Foundation").
     */
    public static boolean isDate(String cell) {
        if (DossierDate.readPrinted(cell).isPresent()) {
            return true;
        }
        java.util.regex.Matcher part = DATE_PART.matcher(cell);
        while (part.find()) {
            if (!NAME_GOES_ON.matcher(cell).region(part.end(), cell.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where each cell of the line starts, its cells parted by a tab or a run of spaces, a cell that holds only a number
     * or bullet going with the next ("1.  Amnesty", "1   Amnesty"); null when the line is blank, or a cell is too long for a name, ends
     * as a clause does, is a sentence (a sentence with two spaces after its full stop is no row of columns), or holds a
     * date (a place and a date, "Tokyo        7 December 2023", are no names).
     */
    public static int[] cellsOf(String text) {
        if (text.isBlank()) {
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        java.util.regex.Matcher gap = COLUMN_GAP.matcher(text);
        int from = 0;
        while (true) {
            boolean found = gap.find();
            int end = found ? gap.start() : text.length();
            String cell = text.substring(from, end);
            if (!cell.isBlank()) {
                String before = starts.isEmpty() ? "" : text.substring(starts.get(starts.size() - 1), ends.get(ends.size() - 1));
                if (!starts.isEmpty() && (LEADING.matcher(before).matches() || NUMBER.matcher(before).matches())) {
                    ends.set(ends.size() - 1, end); // a number or bullet, then the name
                } else {
                    starts.add(from);
                    ends.add(end);
                }
            }
            if (!found) {
                break;
            }
            from = gap.end();
        }
        for (int k = 0; k < starts.size(); k++) {
            String cell = text.substring(starts.get(k), ends.get(k)).strip();
            if (cell.length() > NAME_MAX || cell.endsWith(",") || cell.endsWith(";") || (cell.endsWith(".") && cell.split(" ").length > 6)
                    || isDate(cell)) {
                return null;
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The blocks of rows of columns, in the order of the text: a block starts at a line of two cells or more and takes
     * the rows after it (see {@link Block}). A row of fewer cells between two full rows, a cell blank before one of its
     * cells (not only its last cells), is a row of the block when the layout shows the columns its cells stand in
     * (see {@link #place}). A line at the left margin ends the block, as its short last row: it may be a label that
     * starts another list; but not where the block goes on after it, a row in every column, and it reads as no label
     * (see {@link #mayBeLabel}): then it holds the rest of a name wrapped in the left column ("Japan Federation of Bar"
     * over "Associations"), and stays in the block.
     *
     * @param lines  the lines
     * @param cells  each line's cells, as {@link #cellsOf} gives them (null for a line that is no row)
     * @param blank  which lines are empty, so part rows without ending a block
     * @param layout each line's layout (see {@link #layout}), null where it cannot be told
     */
    public static List<Block> find(List<String> lines, int[][] cells, boolean[] blank, Layout[] layout) {
        List<Block> blocks = new ArrayList<>();
        int line = 0;
        while (line < cells.length) {
            if (cells[line] == null || cells[line].length < 2) {
                line++;
                continue;
            }
            int columns = cells[line].length;
            Layout starts = layout[line];
            List<Integer> rows = new ArrayList<>(List.of(line));
            List<int[]> columnOf = new ArrayList<>(List.of(firstColumns(columns)));
            int spacing = -1;
            int lastFull = 0;
            int spacingAtFull = -1;
            while (true) {
                int last = rows.get(rows.size() - 1);
                int next = after(last, blank);
                int gap = next - last - 1;
                if (next >= cells.length || cells[next] == null || cells[next].length > columns || gap > 1
                        || (spacing >= 0 && gap != spacing)) {
                    break;
                }
                int[] placed = cells[next].length == columns ? firstColumns(columns) : place(layout[next], starts);
                if (placed == null || (placed.length < columns && placed[placed.length - 1] == placed.length - 1
                        && !(placed.length == 1 && wrappedLeft(lines, cells, blank, next, gap, columns)))) {
                    break; // a line at the left margin between rows may be a label ("Signed by:") that starts another list
                }
                if (placed.length == columns && place(layout[next], starts) == null) {
                    starts = null; // rows not laid out in line: where a blank cell stands cannot be told
                }
                rows.add(next);
                columnOf.add(placed);
                spacing = gap;
                if (placed.length == columns) {
                    lastFull = rows.size() - 1;
                    spacingAtFull = spacing;
                }
            }
            // rows of blank cells after the last full row: only one stays, as the block's short last row
            rows.subList(lastFull + 1, rows.size()).clear();
            columnOf.subList(lastFull + 1, columnOf.size()).clear();
            spacing = spacingAtFull;
            int last = rows.get(rows.size() - 1);
            int next = after(last, blank);
            int gap = next - last - 1;
            if (next < cells.length && cells[next] != null && cells[next].length < columns && gap <= 1
                    && (spacing < 0 ? gap == 0 : gap == spacing)) { // one row, then a line after an empty one: a row and what follows it
                int[] placed = place(layout[next], starts);
                rows.add(next);
                columnOf.add(placed != null ? placed : firstColumns(cells[next].length));
            }
            blocks.add(Block.of(rows.stream().mapToInt(Integer::intValue).toArray(), columns, columnOf.toArray(new int[0][])));
            line = rows.get(rows.size() - 1) + 1;
        }
        return blocks;
    }

    /**
     * Words that head a list rather than end a name: "Organizations", "Individuals", "Signed by:", "[Signatories]",
     * "## Supporters", "Additional signatories", "Individuals (in personal capacity)", "Co-signers added later",
     * 賛同団体一覧, 個人.
     */
    private static final Pattern LABEL = Pattern.compile("(?i).*[:\uFF1A]|[#\\[(\uFF08\u3010].*"
            + "|(?:(?:additional|other|further|more|new|late|initial|original|individual|organi[sz]ational|institutional|list\\s+of"
            + "|supporting|endorsing|co-?signing)\\s+)*"
            + "(?:(?:co-?)?signator(?:y|ies)|signed(?:\\s+by)?|organi[sz]ations?|individuals?|endorsers?|endorsed\\s+by|supporters?"
            + "|co-?signers?|signatures)(?:\\s+(?-i:\\p{Ll})[\\p{L}-]*){0,3}(?:\\s*\\(.*\\))?"
            + "|.*(?:\u56E3\u4F53|\u500B\u4EBA|\u8CDB\u540C|\u547C\u3073\u304B\u3051|\u7F72\u540D|\u4E00\u540C).*");

    /** Whether the words of a line may head a list (see {@link #LABEL}). */
    public static boolean mayBeLabel(String line) {
        return LABEL.matcher(line.strip()).matches();
    }

    /**
     * Whether the line {@code row}, one cell at the left margin after a row of the block, holds the rest of a name
     * wrapped in the left column, perhaps with the line after it (a name over three lines): it reads as no label, and
     * the block goes on after it, with the same spacing, to a row in every column.
     */
    private static boolean wrappedLeft(List<String> lines, int[][] cells, boolean[] blank, int row, int spacing, int columns) {
        int line = row;
        for (int rest = 0; rest < 2; rest++) {
            if (cells[line] == null || cells[line].length != 1 || mayBeLabel(lines.get(line))) {
                return false;
            }
            int next = after(line, blank);
            if (next >= cells.length || next - line - 1 != spacing || cells[next] == null) {
                return false;
            }
            if (cells[next].length == columns) {
                return true;
            }
            line = next;
        }
        return false;
    }

    /** The next line after {@code line} that is not empty. */
    private static int after(int line, boolean[] blank) {
        int next = line + 1;
        while (next < blank.length && blank[next]) {
            next++;
        }
        return next;
    }

    private static int[] firstColumns(int count) {
        int[] columns = new int[count];
        for (int c = 0; c < count; c++) {
            columns[c] = c;
        }
        return columns;
    }

    /**
     * The columns a row's cells stand in, by where each starts against where the columns start (by character, two
     * either way; by tab stop, exactly); null when one starts elsewhere, or the two are not laid out alike.
     */
    private static int[] place(Layout row, Layout columns) {
        if (row == null || columns == null || row.byTabs() != columns.byTabs()) {
            return null;
        }
        int slack = row.byTabs() ? 0 : 2;
        int[] starts = columns.at();
        int[] placed = new int[row.at().length];
        int column = 0;
        for (int k = 0; k < placed.length; k++) {
            int at = row.at()[k];
            while (column < starts.length && starts[column] < at - slack) {
                column++;
            }
            if (column >= starts.length || Math.abs(starts[column] - at) > slack) {
                return null;
            }
            placed[k] = column++;
        }
        return placed;
    }
}
