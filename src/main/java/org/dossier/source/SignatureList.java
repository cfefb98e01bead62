package org.dossier.source;

import org.dossier.diag.Diagnostic;
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
 * Whether a letter's signatures are the names its list prints, in its order: each {@code as_signed} name must stand in
 * the seed as an item of a list, a whole line (its Markdown heading or bullet mark and HTML tags aside) or a part of one
 * set off by list punctuation ({@code A, B and C}), not only inside a sentence; the coordinators, and the signatories,
 * must come in the order the letter prints them (a list in columns read down each column or across each row, and a
 * coordinator printed on its own as well as in the list held to its own place); and a line, or a cell of a row of
 * columns, that looks like a name, printed between two of the names, is reported when the signatures leave it out.
 */
final class SignatureList {
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
     * A footnote's number as PDF text prints it, in plain digits against the name's last letter ("Iraq War Inquiry
     * Network1"): 1 to 99, after a lower-case letter; "Charter 77" and "Article 19" are printed apart from theirs.
     */
    private static final Pattern FOOTNOTE = Pattern.compile("(?<=\\p{Ll})[1-9][0-9]?$");
    /**
     * The same after a capital ("ACAT2"), read as a footnote's number only when the letter prints that footnote and
     * the word before it has two letters or more (see {@link #footnoteAfterCapital}): the "7" of "G7" is never one.
     */
    private static final Pattern FOOTNOTE_AFTER_CAPITAL = Pattern.compile("(?<=\\p{Lu})[1-9][0-9]?$");
    /**
     * A footnote as a letter prints it, at the start of a line: "2 The network…", "² The network…", and as notes at the
     * end of a text are numbered, "2. The network…", "2) …", "(2) …", "[2] …".
     */
    private static final Pattern FOOTNOTE_LINE = Pattern.compile(
            "^(?:(?:\\[([1-9][0-9]?)\\]|\\(([1-9][0-9]?)\\)|([1-9][0-9]?)[.)]?)\\s+\\D|([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+))");
    /** A footnote's mark set as a superscript: "ACAT<sup>2</sup>". */
    private static final Pattern SUPERSCRIPT = Pattern.compile("(?i)<sup>\\s*([1-9][0-9]?)\\s*</sup>");
    /** Digits that end an item against its last letter, of any case: perhaps a footnote's number, perhaps the name's. */
    private static final Pattern GLUED_DIGITS = Pattern.compile("(?<=\\p{L})[1-9][0-9]?$");
    /**
     * What parts the items of one line: list punctuation, a tab, a run of spaces (columns), a table's bar, a dash, a
     * bullet with a space either side ("Peace Boat • Human Rights Now"; "ヒューマンライツ・ナウ" holds its dot).
     */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[\u2022\u00B7\u25CF\u30FB]\\s+|\\s*[,;\u3001\uFF0C\uFF1B|\t]\\s*|[ \u00A0\u3000]{2,}|\\s+[\u2013\u2014]\\s+|\\s*\uFF1A\\s*|\\s*:\\s+");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    static final int NAME_MAX = 100;
    private static final int GAP = 2;

    /**
     * A signature as the metadata gives it: the name, where it is written, and what messages call it ("as-signed
     * name" for an as_signed, "signatory" for a name of a plain signatories list).
     */
    record Named(String name, YamlNode at, String called) {
        Named(String name, YamlNode at) {
            this(name, at, "as-signed name");
        }
    }

    /**
     * The numbers that start a line or a cell with only a space after them: one is a list's numbering when the one
     * before it or after it starts another ("1 Amnesty International Japan" over "2 Human Rights Now"); alone it is the
     * name's own ("18 May Memorial Foundation", "350 Japan").
     */
    private final Set<Integer> numbers = new HashSet<>();
    /** A line as read for names: its text with tags, Markdown links and emphasis marks taken away. */
    private final List<String> lines = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();
    /** For each footnote the letter prints at the start of a line, the first line that prints it. */
    private final java.util.Map<String, Integer> footnotes = new java.util.HashMap<>();
    /**
     * For each line of a list in columns (its cells parted by a tab or a run of spaces), where each cell starts in the
     * line as {@link #lines} holds it, stripped; for a line of one cell that could end such a block, its one start;
     * else null.
     */
    private final int[][] cells;
    /** The blocks of rows of columns, in the order of the text. */
    private final List<ColumnRows.Block> blocks = new ArrayList<>();
    /** For each line, the block of columns it is a row of, or -1; and which row. */
    private final int[] blockOf;
    private final int[] rowOf;

    SignatureList(String seedText) {
        java.util.Set<String> closed = HtmlTags.closedOneLetter(seedText);
        List<int[]> lineCells = new ArrayList<>();
        List<Boolean> blank = new ArrayList<>();
        List<ColumnRows.Layout> layouts = new ArrayList<>();
        for (String line : LINE_BREAK.split(seedText, -1)) {
            raw.add(line);
            String text = EMPHASIS.matcher(MARKDOWN_LINK.matcher(HtmlTags.remove(line, closed, name -> { })).replaceAll("$1")).replaceAll("");
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
            java.util.regex.Matcher footnote = FOOTNOTE_LINE.matcher(stripped);
            if (footnote.find()) {
                String number = footnote.group(4) != null ? superscriptDigits(footnote.group(4))
                        : java.util.stream.Stream.of(footnote.group(1), footnote.group(2), footnote.group(3))
                        .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
                footnotes.putIfAbsent(number, lines.size() - 1);
            }
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

    /**
     * The key that orders a place in the letter: the place itself, or, in a block of columns read down each column,
     * the block's first line, then the cell's rank down the columns, then the place in the cell.
     */
    private long key(long place, boolean[] down) {
        int line = (int) (place >> 32);
        int b = blockOf[line];
        if (b < 0 || !down[b]) {
            return place;
        }
        ColumnRows.Block block = blocks.get(b);
        int column = cellOf(line, (int) place);
        int inCell = (int) place - cells[line][column];
        return ((long) block.rows()[0] << 32) + ((long) block.rankDown(rowOf[line], column) << 16) + Math.min(inCell, 0xFFFF);
    }

    /** The cell of a row of columns that the offset falls in. */
    private int cellOf(int line, int offset) {
        int[] starts = cells[line];
        int cell = 0;
        while (cell + 1 < starts.length && starts[cell + 1] <= offset) {
            cell++;
        }
        return cell;
    }

    /** A cell's text, as read for names. */
    private String cellText(int line, int start) {
        String text = lines.get(line).strip();
        int cell = cellOf(line, start);
        int end = cell + 1 < cells[line].length ? cells[line][cell + 1] : text.length();
        return text.substring(start, end).replaceAll("[\\s|\u00A0\u3000]+$", "");
    }

    private boolean holdsAPlace(int block, List<Entry> entries) {
        return entries.stream().flatMap(e -> e.places().stream()).anyMatch(p -> blockOf[(int) (p >> 32)] == block);
    }

    /**
     * Checks each list of names (the coordinators, the signatories) in the order the metadata gives it; reports each
     * problem at its name. The order is judged by the longest run of names that follow the letter's order (one place
     * chosen for each, for a name printed twice): a name outside it is out of order, so two names swapped are two
     * errors, not every name after them. Names printed in columns may follow the letter down each column or across
     * each row: each block of columns is read the way that puts more names in order. When the letter prints the
     * coordinators on their own too, the coordinators and the signatories are judged as one run, so that each printed
     * name answers one signature (see {@link Plan}). Then a line, or a column's cell, that looks like a name, printed
     * between the names but matched by none, is a warning.
     */
    void check(List<List<Named>> lists, Fields f, String seed) {
        List<Entry> entries = new ArrayList<>();
        boolean failed = false;
        for (int list = 0; list < lists.size(); list++) {
            for (Named named : lists.get(list)) {
                List<Long> at = places(TextMatch.normalize(named.name()));
                if (at.isEmpty()) {
                    failed = true;
                    String name = TextMatch.normalize(named.name());
                    f.error(named.at(), "not-in-list", named.called() + " \"" + named.name() + "\" does not stand in " + seed
                                    + " as a name of a list (a line of its own, or an item set off by commas, tabs or a bullet)",
                            othersCounted(name).orElseGet(() -> itemHolding(name)
                                    .map(item -> "the letter lists \"" + item + "\": " + footnoteOrName(item, name)
                                            + "copy the item whole, as printed, and add it to the"
                                            + " organisation's aliases if it is a spelling of its name; an organisation the letter only mentions did not sign it")
                                    .orElse("copy the name from the letter's list of signatories, exactly as printed; an organisation the letter only mentions did not sign it")));
                } else {
                    entries.add(new Entry(named, list, at));
                }
            }
        }
        Plan plan = plan(lists.size(), entries);
        boolean[] down = new boolean[blocks.size()];
        Order order = order(plan, entries, down);
        for (int b = 0; b < blocks.size(); b++) {
            // a block of one row reads the same either way; a block no name stands in cannot change the order
            if (blocks.get(b).rows().length < 2 || !blocks.get(b).readableDown() || !holdsAPlace(b, entries)) {
                continue;
            }
            down[b] = true;
            Order flipped = order(plan, entries, down);
            if (flipped.inOrder() > order.inOrder()) {
                order = flipped;
            } else {
                down[b] = false;
            }
        }
        failed |= reportOutOfOrder(entries, order, down, f, seed);
        if (failed || order.inOrder() == 0) {
            return;
        }
        reportUnlisted(entries, order, down, f, seed);
    }

    /** A name of the metadata that stands in the letter's list: which list of the metadata gives it, and its places. */
    private record Entry(Named named, int list, List<Long> places) {
    }

    /**
     * A sequence of names judged as one run: the entries, in the metadata's order, each with the places it may take;
     * for the coordinators and the signatories judged as one, which come first ("the coordinators, then the
     * signatories"), else null.
     */
    private record Run(List<Integer> entries, List<List<Long>> candidates, String lists) {
    }

    /** The runs the names were judged in, and for each entry the place it takes in the letter's order, or -1. */
    private record Order(List<Run> runs, long[] chosen, int inOrder) {
    }

    /**
     * How the coordinators are judged beside the signatories. {@code OWN}: the letter prints every coordinator apart
     * from its list too (more often than the signatories list it), so the coordinators and the signatories are one run,
     * the coordinators' names before the list or after it, each place taken once: a coordinator's own place is not the
     * one its name takes in the list. {@code SHARED}: a coordinator stands only in the list (marked there, with a star),
     * so the signatories are judged first and then the coordinators, each at a place the signatories leave, or, when it
     * has none, at the place it shares with them. {@code APART}: one list (a plain signatories list), or one of the two
     * empty.
     */
    private enum Plan { OWN, SHARED, APART }

    private static Plan plan(int lists, List<Entry> entries) {
        if (lists < 2 || entries.stream().noneMatch(e -> e.list() == 0) || entries.stream().noneMatch(e -> e.list() == 1)) {
            return Plan.APART;
        }
        java.util.Map<String, Integer> listedAsSignatory = new java.util.HashMap<>();
        entries.stream().filter(e -> e.list() == 1)
                .forEach(e -> listedAsSignatory.merge(TextMatch.normalize(e.named().name()), 1, Integer::sum));
        boolean own = entries.stream().filter(e -> e.list() == 0)
                .allMatch(e -> e.places().size() > listedAsSignatory.getOrDefault(TextMatch.normalize(e.named().name()), 0));
        return own ? Plan.OWN : Plan.SHARED;
    }

    /** The places the names take in the letter's order, by the plan, the blocks of columns read as {@code down} says. */
    private Order order(Plan plan, List<Entry> entries, boolean[] down) {
        List<Integer> coordinators = new ArrayList<>(); // or, for a plain signatories list, its names
        List<Integer> signatories = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            (entries.get(i).list() == 0 ? coordinators : signatories).add(i);
        }
        return switch (plan) {
            case APART -> judge(List.of(run(entries, coordinators, null), run(entries, signatories, null)), entries.size(), down);
            case OWN -> {
                List<Integer> coordinatorsFirst = new ArrayList<>(coordinators);
                coordinatorsFirst.addAll(signatories);
                List<Integer> signatoriesFirst = new ArrayList<>(signatories);
                signatoriesFirst.addAll(coordinators);
                Order before = judge(List.of(run(entries, coordinatorsFirst, "the coordinators, then the signatories")), entries.size(), down);
                Order after = judge(List.of(run(entries, signatoriesFirst, "the signatories, then the coordinators")), entries.size(), down);
                yield after.inOrder() > before.inOrder() ? after : before;
            }
            case SHARED -> {
                Run listed = run(entries, signatories, null);
                long[] chosen = new long[entries.size()];
                java.util.Arrays.fill(chosen, -1);
                int inOrder = choose(listed, down, chosen);
                Set<Long> taken = new HashSet<>();
                signatories.forEach(i -> taken.add(chosen[i]));
                List<List<Long>> candidates = new ArrayList<>();
                for (int i : coordinators) {
                    List<Long> own = entries.get(i).places().stream().filter(p -> !taken.contains(p)).toList();
                    candidates.add(own.isEmpty() ? entries.get(i).places() : own);
                }
                Run coordinating = new Run(coordinators, candidates, null);
                inOrder += choose(coordinating, down, chosen);
                yield new Order(List.of(coordinating, listed), chosen, inOrder);
            }
        };
    }

    private static Run run(List<Entry> entries, List<Integer> members, String lists) {
        return new Run(members, members.stream().map(i -> entries.get(i).places()).toList(), lists);
    }

    private Order judge(List<Run> runs, int entries, boolean[] down) {
        long[] chosen = new long[entries];
        java.util.Arrays.fill(chosen, -1);
        int inOrder = 0;
        for (Run run : runs) {
            inOrder += choose(run, down, chosen);
        }
        return new Order(runs, chosen, inOrder);
    }

    /** Sets the place each name of the run takes in its longest run in the letter's order; returns how many do. */
    private int choose(Run run, boolean[] down, long[] chosen) {
        List<List<Long>> keys = new ArrayList<>();
        for (List<Long> candidates : run.candidates()) {
            keys.add(candidates.stream().map(p -> key(p, down)).toList());
        }
        int[] at = inOrder(keys);
        int count = 0;
        for (int i = 0; i < at.length; i++) {
            if (at[i] >= 0) {
                chosen[run.entries().get(i)] = run.candidates().get(i).get(at[i]);
                count++;
            }
        }
        return count;
    }

    /**
     * Reports each name outside the run, beside the nearest name of the run it is printed on the wrong side of (one of
     * its own list when one is), at the first of its places the other names leave; a name whose every place another
     * takes is listed more often than printed. True when it reported one.
     */
    private boolean reportOutOfOrder(List<Entry> entries, Order order, boolean[] down, Fields f, String seed) {
        boolean reported = false;
        long[] chosen = order.chosen();
        for (Run run : order.runs()) {
            List<Integer> members = run.entries();
            Set<Long> taken = new HashSet<>();
            members.forEach(m -> taken.add(chosen[m]));
            for (int i = 0; i < members.size(); i++) {
                Entry entry = entries.get(members.get(i));
                if (chosen[members.get(i)] >= 0) {
                    continue;
                }
                reported = true;
                Named named = entry.named();
                List<Long> candidates = run.candidates().get(i);
                long at = candidates.stream().filter(p -> !taken.contains(p)).findFirst().orElse(-1L);
                if (at < 0) {
                    List<String> where = candidates.stream().map(this::describe).toList();
                    f.error(named.at(), "not-in-order", named.called() + " \"" + named.name() + "\" is listed here more often than " + seed
                                    + " prints it in its list: " + (where.size() == 1 ? "once" : where.size() == 2 ? "twice" : where.size() + " times")
                                    + ", at " + joinAnd(where),
                            "list each name once for each time the letter prints it in its list");
                    continue;
                }
                int[] beside = beside(entries, members, chosen, i, at, down, true);
                if (beside == null) {
                    beside = beside(entries, members, chosen, i, at, down, false);
                }
                if (beside == null) { // cannot be (see beside); said plainly rather than failing the build
                    f.error(named.at(), "not-in-order", named.called() + " \"" + named.name() + "\" is printed out of the order it is"
                            + " listed in here, at " + describe(at) + " of " + seed, "list the names in the order the letter prints them");
                    continue;
                }
                long other = chosen[members.get(beside[0])];
                Entry neighbour = entries.get(members.get(beside[0]));
                String lists = neighbour.list() != entry.list() && run.lists() != null ? " (" + run.lists() + ")" : "";
                String where = (beside[1] < 0 ? "is printed before \"" : "is printed after \"") + neighbour.named().name() + "\" in " + seed
                        + " (" + against(at, other, down) + "), but listed " + (beside[1] < 0 ? "after" : "before") + " it here" + lists;
                f.error(named.at(), "not-in-order", named.called() + " \"" + named.name() + "\" " + where,
                        inColumns(at) || inColumns(other)
                                ? "list the names in the order the letter prints them; names printed in columns may be listed down each"
                                + " column or across each row, the same way throughout each block of columns"
                                : "list the names in the order the letter prints them");
            }
        }
        return reported;
    }

    /**
     * The nearest name of the run, before the one out of it, that it is printed before ({@code {index, -1}}), else
     * the nearest after it that it is printed after ({@code {index, 1}}); of its own list only, when asked. Such a
     * name is always found among all of the run's: a place between the two would have put the name in the run.
     */
    private int[] beside(List<Entry> entries, List<Integer> members, long[] chosen, int i, long at, boolean[] down, boolean ownList) {
        int list = entries.get(members.get(i)).list();
        for (int k = i - 1; k >= 0; k--) {
            if (chosen[members.get(k)] >= 0 && (!ownList || entries.get(members.get(k)).list() == list)) {
                if (key(at, down) < key(chosen[members.get(k)], down)) {
                    return new int[] {k, -1};
                }
                break;
            }
        }
        for (int k = i + 1; k < members.size(); k++) {
            if (chosen[members.get(k)] >= 0 && (!ownList || entries.get(members.get(k)).list() == list)) {
                if (key(at, down) > key(chosen[members.get(k)], down)) {
                    return new int[] {k, 1};
                }
                break;
            }
        }
        return null;
    }

    private static String joinAnd(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * Where two places stand: "line 9 against 10", or, when one is in a row of columns, which column, and for a block
     * of several rows, which way it was read.
     */
    private String against(long at, long other, boolean[] down) {
        if (!inColumns(at) && !inColumns(other)) {
            return "line " + lineOf(at) + " against " + lineOf(other);
        }
        StringBuilder out = new StringBuilder(describe(at) + ", against " + describe(other));
        java.util.Set<Integer> read = new java.util.TreeSet<>();
        for (long place : new long[] {at, other}) {
            int b = blockOf[(int) (place >> 32)];
            if (b >= 0 && blocks.get(b).rows().length > 1) {
                read.add(b);
            }
        }
        String joiner = ", reading the columns of ";
        for (int b : read) {
            int[] rows = blocks.get(b).rows();
            out.append(joiner).append("lines ").append(rows[0] + 1).append(" to ").append(rows[rows.length - 1] + 1)
                    .append(down[b] ? " down each column" : " across each row");
            joiner = " and those of ";
        }
        return out.toString();
    }

    /** "line 12", or "line 12, left column" for a place in a row of columns. */
    private String describe(long place) {
        int line = (int) (place >> 32);
        if (blockOf[line] < 0) {
            return "line " + (line + 1);
        }
        ColumnRows.Block block = blocks.get(blockOf[line]);
        int columns = block.columns();
        int column = block.column(rowOf[line], cellOf(line, (int) place));
        String name;
        if (columns == 2) {
            name = column == 0 ? "left column" : "right column";
        } else if (columns == 3) {
            name = column == 0 ? "left column" : column == 1 ? "middle column" : "right column";
        } else {
            name = "column " + (column + 1) + " of " + columns;
        }
        return "line " + (line + 1) + ", " + name;
    }

    private boolean inColumns(long place) {
        return place >= 0 && blockOf[(int) (place >> 32)] >= 0;
    }

    /**
     * Warns of each line, or cell of a row of columns, that looks like a name, printed in a short gap between the names
     * the signatures match (at most {@link #GAP} such lines or cells: a name or two left out; a longer stretch is
     * another part of the letter), in the order the letter was read.
     */
    private void reportUnlisted(List<Entry> entries, Order order, boolean[] down, Fields f, String seed) {
        List<Long> slots = new ArrayList<>(); // the start of each line, or of each cell, of the text
        for (int line = 0; line < lines.size(); line++) {
            if (lines.get(line).isBlank()) {
                continue;
            }
            int[] starts = blockOf[line] >= 0 ? cells[line] : new int[] {0};
            for (int start : starts) {
                slots.add(((long) line << 32) + start);
            }
        }
        slots.sort(java.util.Comparator.comparingLong(slot -> key(slot, down)));
        Set<Long> matched = new HashSet<>();
        for (int i = 0; i < order.chosen().length; i++) {
            long place = order.chosen()[i];
            if (place >= 0) {
                matched.add(slotOf(place));
                // the rest of a name wrapped over lines, or in its column
                matched.addAll(wrapped.getOrDefault(place + "|" + TextMatch.normalize(entries.get(i).named().name()), List.of()));
            }
        }
        List<Long> unmatched = new ArrayList<>();
        List<Long> between = new ArrayList<>();
        boolean started = false;
        for (long slot : slots) {
            if (!matched.contains(slot)) {
                between.add(slot);
                continue;
            }
            if (started && between.size() <= GAP) {
                between.stream().filter(this::looksLikeAName).forEach(unmatched::add);
            }
            started = true;
            between.clear();
        }
        YamlNode at = f.at(f.has("signatories") ? "signatories" : "coordinators");
        for (long slot : unmatched) {
            int line = (int) (slot >> 32);
            String where = blockOf[line] >= 0 ? describe(slot) : "line " + (line + 1);
            String printed = blockOf[line] >= 0 ? cellText(line, (int) slot) : raw.get(line).strip();
            f.diagnostics().add(Diagnostic.warning(f.source(), at.line(), at.column(), "unlisted-name",
                    "the letter prints \"" + printed + "\" (" + seed + ", " + where
                            + ") among the names it lists, and the signatures leave it out",
                    "add it where it stands in the letter's list, exactly as printed; if it is not a signatory (a heading, an address), nothing needs to change"));
        }
    }

    /** The line, or the cell of a row of columns, a place stands in, as the place of its start. */
    private long slotOf(long place) {
        int line = (int) (place >> 32);
        if (blockOf[line] < 0) {
            return (long) line << 32;
        }
        return ((long) line << 32) + cells[line][cellOf(line, (int) place)];
    }

    private static int lineOf(long place) {
        return (int) (place >> 32) + 1;
    }

    /**
     * For each name, the index of the place it takes in the longest run of names whose places rise, or -1 for a name
     * left out of it; each name may take any of its places (given as the keys that order them).
     */
    private static int[] inOrder(List<List<Long>> places) {
        int n = places.size();
        int[][] length = new int[n][];
        int[][] fromName = new int[n][];
        int[][] fromPlace = new int[n][];
        int bestName = -1;
        int bestPlace = -1;
        for (int i = 0; i < n; i++) {
            List<Long> mine = places.get(i);
            length[i] = new int[mine.size()];
            fromName[i] = new int[mine.size()];
            fromPlace[i] = new int[mine.size()];
            for (int j = 0; j < mine.size(); j++) {
                length[i][j] = 1;
                fromName[i][j] = -1;
                for (int k = 0; k < i; k++) {
                    for (int m = 0; m < places.get(k).size(); m++) {
                        if (places.get(k).get(m) < mine.get(j) && length[k][m] + 1 > length[i][j]) {
                            length[i][j] = length[k][m] + 1;
                            fromName[i][j] = k;
                            fromPlace[i][j] = m;
                        }
                    }
                }
                if (bestName < 0 || length[i][j] > length[bestName][bestPlace]) {
                    bestName = i;
                    bestPlace = j;
                }
            }
        }
        int[] chosen = new int[n];
        java.util.Arrays.fill(chosen, -1);
        for (int i = bestName, j = bestPlace; i >= 0; ) {
            chosen[i] = j;
            int k = fromName[i][j];
            j = k >= 0 ? fromPlace[i][j] : 0;
            i = k;
        }
        return chosen;
    }

    /**
     * Where the name stands as an item of a list, as (line << 32) + its place in the line, in the order of the text:
     * a line of its own, or one of the items a line holds, parted by list punctuation (A, B and C; A、B), tabs, a run
     * of spaces or a dash, each without its number, bullet or footnote mark; or one of the items of a paragraph's
     * lines joined, for a list that wraps from line to line. A name in brackets, or after "and" in a sentence that is
     * no list, is not one.
     */
    private List<Long> places(String name) {
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
    private final java.util.Map<String, List<Long>> wrapped = new java.util.HashMap<>();

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
                if (joined.length() > NAME_MAX) {
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
        java.util.regex.Matcher footnote = FOOTNOTE.matcher(words);
        int digits = footnote.find() ? footnote.start() : footnoteAfterCapital(words, (int) (place >> 32));
        if (digits > 0) {
            index.computeIfAbsent(words.substring(0, digits), k -> new java.util.TreeSet<>()).add(place);
        }
    }

    /**
     * Where the item's footnote number starts when it stands against a capital ("ACAT2", "NGO1") and the letter prints
     * that footnote, set as a superscript on the item's line or starting a later line, and the word before it has two
     * letters or more ("G7" is the name's, and "Charter 77" prints its number apart); else -1.
     */
    private int footnoteAfterCapital(String words, int line) {
        java.util.regex.Matcher digits = FOOTNOTE_AFTER_CAPITAL.matcher(words);
        if (!digits.find()) {
            return -1;
        }
        String word = words.substring(words.lastIndexOf(' ', digits.start()) + 1, digits.start());
        if (word.codePoints().filter(Character::isLetter).count() < 2) {
            return -1;
        }
        String number = digits.group();
        java.util.regex.Matcher sup = SUPERSCRIPT.matcher(raw.get(line));
        while (sup.find()) {
            if (sup.group(1).equals(number)) {
                return digits.start();
            }
        }
        Integer printed = footnotes.get(number);
        return printed != null && printed > line ? digits.start() : -1;
    }

    private static String superscriptDigits(String marks) {
        StringBuilder digits = new StringBuilder();
        marks.codePoints().forEach(c -> digits.append(switch (c) {
            case 0x00B9 -> '1';
            case 0x00B2 -> '2';
            case 0x00B3 -> '3';
            default -> (char) ('0' + c - 0x2070);
        }));
        return digits.toString();
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
     * For an item that is the name and digits against its last letter, which were not read as a footnote's number
     * (after a capital, see {@link #footnoteAfterCapital}): what the digits may be; else "".
     */
    private static String footnoteOrName(String item, String name) {
        java.util.regex.Matcher digits = GLUED_DIGITS.matcher(item);
        if (!digits.find() || !item.substring(0, digits.start()).equals(name)) {
            return "";
        }
        return "its \"" + digits.group() + "\" is taken as part of the name, not as a footnote's number, which after a capital is read"
                + " as one only when the letter prints that footnote (a later line starting \"" + digits.group() + " \", or a superscript)"
                + " and the word before it has two letters or more (the \"7\" of \"G7\" is the name's); ";
    }

    /**
     * For a name given with the count of others after it ("ピースボートほか30団体"), the hint: the name before the count is
     * the signatory, and the others are counted, not named.
     */
    private Optional<String> othersCounted(String name) {
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
                    if (item.bare().contains(name) && !item.bare().equals(name) && item.bare().length() <= NAME_MAX) {
                        return Optional.of(item.bare());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A line of a list, or a cell of a row of columns, that could be an organisation's name: short, not a heading, a
     * [label], a salutation or a sentence, and no count ("25 organizations", "2 other organizations").
     */
    private boolean looksLikeAName(long slot) {
        int line = (int) (slot >> 32);
        boolean cell = blockOf[line] >= 0;
        String item = TextMatch.normalize(cell ? cellText(line, (int) slot) : lines.get(line));
        String rawLine = cell ? item : raw.get(line).strip();
        return SignatureBlockNoise.mayBeAName(item, rawLine);
    }
}
