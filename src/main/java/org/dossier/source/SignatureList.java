package org.dossier.source;

import org.dossier.diag.Diagnostic;
import org.dossier.normalize.ColumnRows;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a letter's signatures are the names its list prints, in its order: each {@code as_signed} name must stand in
 * the seed as an item of a list, a whole line (its Markdown heading or bullet mark and HTML tags aside) or a part of one
 * set off by list punctuation ({@code A, B and C}), not only inside a sentence; the coordinators, and the signatories,
 * must come in the order the letter prints them (a list in columns read down each column or across each row, and a
 * coordinator printed on its own as well as in the list held to its own place); and a line, or a cell of a row of
 * columns, that looks like a name, printed between two of the names, is reported when the signatures leave it out.
 */
final class SignatureList {
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

    /** The letter's text as read for the names of its list, and the items it holds. */
    private final PrintedItems letter;

    SignatureList(String seedText) {
        letter = new PrintedItems(seedText);
    }

    /**
     * The key that orders a place in the letter: the place itself, or, in a block of columns read down each column,
     * the block's first line, then the cell's rank down the columns, then the place in the cell.
     */
    private long key(long place, boolean[] down) {
        int line = (int) (place >> 32);
        int b = letter.blockOf[line];
        if (b < 0 || !down[b]) {
            return place;
        }
        ColumnRows.Block block = letter.blocks.get(b);
        int column = letter.cellOf(line, (int) place);
        int inCell = (int) place - letter.cells[line][column];
        return ((long) block.rows()[0] << 32) + ((long) block.rankDown(letter.rowOf[line], column) << 16) + Math.min(inCell, 0xFFFF);
    }

    private boolean holdsAPlace(int block, List<Entry> entries) {
        return entries.stream().flatMap(e -> e.places().stream()).anyMatch(p -> letter.blockOf[(int) (p >> 32)] == block);
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
                List<Long> at = letter.places(TextMatch.normalize(named.name()));
                if (at.isEmpty()) {
                    failed = true;
                    String name = TextMatch.normalize(named.name());
                    f.error(named.at(), "not-in-list", named.called() + " \"" + named.name() + "\" does not stand in " + seed
                                    + " as a name of a list (a line of its own, or an item set off by commas, tabs or a bullet)",
                            letter.othersCounted(name).orElseGet(() -> letter.itemHolding(name)
                                    .map(item -> "the letter lists \"" + item + "\": " + FootnoteNumbers.footnoteOrName(item, name)
                                            + "copy the item whole, as printed, and add it to the"
                                            + " organisation's aliases if it is a spelling of its name; an organisation the letter only mentions did not sign it")
                                    .orElse("copy the name from the letter's list of signatories, exactly as printed; an organisation the letter only mentions did not sign it")));
                } else {
                    entries.add(new Entry(named, list, at));
                }
            }
        }
        Plan plan = plan(lists.size(), entries);
        boolean[] down = new boolean[letter.blocks.size()];
        Order order = order(plan, entries, down);
        for (int b = 0; b < letter.blocks.size(); b++) {
            // a block of one row reads the same either way; a block no name stands in cannot change the order
            if (letter.blocks.get(b).rows().length < 2 || !letter.blocks.get(b).readableDown() || !holdsAPlace(b, entries)) {
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
        reportUnlisted(entries, order, down, f, seed, everyNameRead(lists, f));
    }

    /**
     * Whether each item of the metadata's lists came to be checked: a name the validator left out has been reported
     * (not in the seed, no as_signed), and where it stands at either end of the list, the name of the letter it was
     * meant for is that mistake, not another to mend.
     */
    private static boolean everyNameRead(List<List<Named>> lists, Fields f) {
        int items = 0;
        for (String field : List.of("coordinators", "signatories")) {
            if (f.has(field) && f.at(field) instanceof YamlNode.Sequence sequence) {
                items += sequence.items().size();
            }
        }
        return items == lists.stream().mapToInt(List::size).sum();
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
            int b = letter.blockOf[(int) (place >> 32)];
            if (b >= 0 && letter.blocks.get(b).rows().length > 1) {
                read.add(b);
            }
        }
        String joiner = ", reading the columns of ";
        for (int b : read) {
            int[] rows = letter.blocks.get(b).rows();
            out.append(joiner).append("lines ").append(rows[0] + 1).append(" to ").append(rows[rows.length - 1] + 1)
                    .append(down[b] ? " down each column" : " across each row");
            joiner = " and those of ";
        }
        return out.toString();
    }

    /** "line 12", or "line 12, left column" for a place in a row of columns. */
    private String describe(long place) {
        int line = (int) (place >> 32);
        if (letter.blockOf[line] < 0) {
            return "line " + (line + 1);
        }
        ColumnRows.Block block = letter.blocks.get(letter.blockOf[line]);
        int columns = block.columns();
        int column = block.column(letter.rowOf[line], letter.cellOf(line, (int) place));
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
        return place >= 0 && letter.blockOf[(int) (place >> 32)] >= 0;
    }

    /**
     * Warns of each line, or cell of a row of columns, that looks like a name, printed in a short gap between the names
     * the signatures match (at most {@link #GAP} such lines or cells: a name or two left out; a longer stretch is
     * another part of the letter), or before the first of them or after the last as far as the list runs on (see
     * {@link #inTheList}) when every name of the metadata's lists was read, in the order the letter was read.
     */
    private void reportUnlisted(List<Entry> entries, Order order, boolean[] down, Fields f, String seed, boolean toTheEnds) {
        List<Long> slots = new ArrayList<>(); // the start of each line, or of each cell, of the text
        for (int line = 0; line < letter.lines.size(); line++) {
            if (letter.lines.get(line).isBlank()) {
                continue;
            }
            int[] starts = letter.blockOf[line] >= 0 ? letter.cells[line] : new int[] {0};
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
                matched.addAll(letter.wrapped.getOrDefault(place + "|" + TextMatch.normalize(entries.get(i).named().name()), List.of()));
            }
        }
        List<Long> unmatched = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < slots.size(); i++) {
            if (matched.contains(slots.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        // the names printed before the first name the signatures match, and after the last, as far as the list runs
        int from = first;
        while (toTheEnds && from > 0 && inTheList(slots.get(from - 1))) {
            from--;
        }
        int to = last;
        while (toTheEnds && to + 1 < slots.size() && inTheList(slots.get(to + 1))) {
            to++;
        }
        unmatched.addAll(slots.subList(from, first));
        List<Long> between = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            long slot = slots.get(i);
            if (!matched.contains(slot)) {
                between.add(slot);
                continue;
            }
            if (between.size() <= GAP) {
                between.stream().filter(this::looksLikeAName).forEach(unmatched::add);
            }
            between.clear();
        }
        unmatched.addAll(slots.subList(last + 1, to + 1));
        YamlNode at = f.at(f.has("signatories") ? "signatories" : "coordinators");
        for (long slot : unmatched) {
            int line = (int) (slot >> 32);
            String where = letter.blockOf[line] >= 0 ? describe(slot) : "line " + (line + 1);
            String printed = letter.blockOf[line] >= 0 ? letter.cellText(line, (int) slot) : letter.raw.get(line).strip();
            f.diagnostics().add(Diagnostic.warning(f.source(), at.line(), at.column(), "unlisted-name",
                    "the letter prints \"" + printed + "\" (" + seed + ", " + where
                            + ") among the names it lists, and the signatures leave it out",
                    "add it where it stands in the letter's list, exactly as printed; if it is not a signatory (a heading, an address), nothing needs to change"));
        }
    }

    /**
     * Whether a line, or a cell, printed next to the list's first or last name the signatures match, goes on with the
     * list: it looks like a name, and is no sentence of the letter ("We ask you.") and no heading ("Coordinating
     * organizations", "Notes"). The first that is not ends the list there (so do a [label], "Sincerely,", a count such as
     * "2 other organizations").
     */
    private boolean inTheList(long slot) {
        int line = (int) (slot >> 32);
        String item = TextMatch.normalize(letter.blockOf[line] >= 0 ? letter.cellText(line, (int) slot) : letter.lines.get(line));
        return looksLikeAName(slot) && !SENTENCE_END.matcher(item).find() && !LIST_HEADING.matcher(item).matches();
    }

    /**
     * A heading above a list or below it: a word and a plural such as "Coordinating organizations", or "Notes". It ends
     * the list there; between two names it is told, as a name may be ("Peace Groups").
     */
    private static final java.util.regex.Pattern LIST_HEADING = java.util.regex.Pattern.compile("(?i)(?:[\\p{L}-]+\\s+)?"
            + "(?:organi[sz]ations|signatories|signers|signatures|groups|members|endorsers|supporters|individuals)[.:]?"
            + "|(?:foot)?notes|references|contacts?");

    /** The end of a sentence: a full stop, question or exclamation mark after a word in lower case, or a Japanese full stop. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?:\\b\\p{Ll}[\\p{L}'’-]*[.?!]|\u3002)$");

    /** The line, or the cell of a row of columns, a place stands in, as the place of its start. */
    private long slotOf(long place) {
        int line = (int) (place >> 32);
        if (letter.blockOf[line] < 0) {
            return (long) line << 32;
        }
        return ((long) line << 32) + letter.cells[line][letter.cellOf(line, (int) place)];
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
     * A line of a list, or a cell of a row of columns, that could be an organisation's name: short, not a heading, a
     * [label], a salutation or a sentence, and no count ("25 organizations", "2 other organizations").
     */
    private boolean looksLikeAName(long slot) {
        int line = (int) (slot >> 32);
        boolean cell = letter.blockOf[line] >= 0;
        String item = TextMatch.normalize(cell ? letter.cellText(line, (int) slot) : letter.lines.get(line));
        String rawLine = cell ? item : letter.raw.get(line).strip();
        return SignatureBlockNoise.mayBeAName(item, rawLine);
    }
}
