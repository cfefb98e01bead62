package org.dossier.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines printed in columns, as PDF text gives a list of names set in two or three columns: each line a row, its cells
 * parted by a tab or a run of spaces ("Amnesty International Japan        Human Rights Now"), ideographic ones too. One recognition, shared
 * by the check of a letter's signatures (which reads the names down each column or across each row) and the reading
 * text (which shows each cell apart).
 */
public final class ColumnRows {
    /** A mark before an item: a Markdown heading or list mark, a bullet, a number ("1.", "(1)", "１．", "①"). */
    public static final Pattern LEADING = Pattern.compile("^(?:#{1,6}\\s+|[-*+\u2022\u30FB\u25CF\u25CB\u25E6\u25AA\u25A0\u2013\u2014]\\s*"
            + "|[(\uFF08]?[0-9\uFF10-\uFF19]{1,3}[.)\uFF0E\uFF09]\\s*|[\u2460-\u2473]\\s*)+");
    /**
     * What parts the columns of a line: a tab, or a run of spaces, ideographic spaces (U+3000, as Japanese text sets its
     * columns) and no-break spaces among them; one ideographic space is a space inside a name ("認定NPO法人\u3000ヒューマンライツ・ナウ").
     */
    private static final Pattern COLUMN_GAP = Pattern.compile("[ \u00A0\u3000]*\t[ \t\u00A0\u3000]*|[ \u00A0\u3000]{2,}");
    private static final int NAME_MAX = 100;

    private ColumnRows() {
    }

    /**
     * Consecutive rows of the same number of columns (rows parted by no empty line, or each by one, as in
     * double-spaced PDF text), and a last row that may hold fewer. A reader may read them down each column or across
     * each row.
     *
     * @param rows      the lines of the rows
     * @param columns   the number of columns of the rows but the last
     * @param lastCells the number of cells of the last row
     */
    public record Block(int[] rows, int columns, int lastCells) {
        /** The place of a cell among the block's cells read down each column: a short last row's cells are at the foot of the first columns. */
        public int rankDown(int row, int column) {
            int rank = 0;
            for (int c = 0; c < column; c++) {
                rank += c < lastCells ? rows.length : rows.length - 1;
            }
            return rank + row;
        }

        /** Whether its cells can be read down each column: as keys, at most 65,536 cells. */
        public boolean readableDown() {
            return (long) rows.length * columns <= 0xFFFF;
        }
    }

    /**
     * Where each cell of the line starts, its cells parted by a tab or a run of spaces, a cell that holds only a number
     * or bullet going with the next ("1.  Amnesty"); null when the line is blank, or a cell is too long for a name, ends
     * as a clause does, or is a sentence (a sentence with two spaces after its full stop is no row of columns).
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
                if (!starts.isEmpty() && LEADING.matcher(text.substring(starts.get(starts.size() - 1), ends.get(ends.size() - 1))).matches()) {
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
            if (cell.length() > NAME_MAX || cell.endsWith(",") || cell.endsWith(";") || (cell.endsWith(".") && cell.split(" ").length > 6)) {
                return null;
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The blocks of rows of columns, in the order of the text: a block starts at a line of two cells or more and takes
     * the rows after it (see {@link Block}).
     *
     * @param cells each line's cells, as {@link #cellsOf} gives them (null for a line that is no row)
     * @param blank which lines are empty, so part rows without ending a block
     */
    public static List<Block> find(int[][] cells, boolean[] blank) {
        List<Block> blocks = new ArrayList<>();
        int line = 0;
        while (line < cells.length) {
            if (cells[line] == null || cells[line].length < 2) {
                line++;
                continue;
            }
            int columns = cells[line].length;
            List<Integer> rows = new ArrayList<>(List.of(line));
            int spacing = -1;
            int last = line;
            int lastCells = columns;
            while (true) {
                int next = last + 1;
                while (next < cells.length && blank[next]) {
                    next++;
                }
                int gap = next - last - 1;
                if (next >= cells.length || cells[next] == null || cells[next].length > columns || gap > 1
                        || (spacing >= 0 && gap != spacing)) {
                    break;
                }
                if (cells[next].length < columns) {
                    if (spacing < 0 && gap > 0) {
                        break; // one row, then a line after an empty one: a row and what follows it
                    }
                    rows.add(next);
                    lastCells = cells[next].length;
                    last = next;
                    break;
                }
                rows.add(next);
                spacing = gap;
                last = next;
            }
            blocks.add(new Block(rows.stream().mapToInt(Integer::intValue).toArray(), columns, lastCells));
            line = last + 1;
        }
        return blocks;
    }
}
