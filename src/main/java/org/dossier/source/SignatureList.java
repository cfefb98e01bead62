package org.dossier.source;

import org.dossier.diag.Diagnostic;
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
 * must come in the order the letter prints them; and a line that looks like a name, printed between two of the names,
 * is reported when the signatures leave it out.
 */
final class SignatureList {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    /** A mark before an item: a Markdown heading or list mark, a bullet, a number ("1.", "(1)", "１．", "①"). */
    private static final Pattern LEADING = Pattern.compile("^(?:#{1,6}\\s+|[-*+\u2022\u30FB\u25CF\u25CB\u25E6\u25AA\u25A0\u2013\u2014]\\s*"
            + "|[(\uFF08]?[0-9\uFF10-\uFF19]{1,3}[.)\uFF0E\uFF09]\\s*|[\u2460-\u2473]\\s*)+");
    /** A mark after an item: a coordinator's star, a footnote number or dagger. */
    private static final Pattern TRAILING = Pattern.compile("(?:\\*+|[\u00B9\u00B2\u00B3\u2070-\u2079\u2020\u2021]+)$");
    /** What parts the items of one line: list punctuation, a tab, a run of spaces (columns), a table's bar, a dash. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;\u3001\uFF0C\uFF1B|\t]\\s*| {2,}|\\s+[\u2013\u2014]\\s+|\\s*\uFF1A\\s*|\\s*:\\s+");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern COUNT = Pattern.compile("(?i).*\\d.*(?:organi[sz]ation|signator|group|other|\u56E3\u4F53).*");
    /** A line that starts with a label, such as "Contact:", "cc:", "To:" or "Tel.": an address, not a name of the list. */
    private static final Pattern LABEL = Pattern.compile("[\\p{L} .]{1,15}[:\uFF1A]\\s");
    private static final int NAME_MAX = 100;
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

    /** A line as read for names: its text with tags, Markdown links and emphasis marks taken away. */
    private final List<String> lines = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();

    SignatureList(String seedText) {
        java.util.Set<String> closed = HtmlTags.closedOneLetter(seedText);
        for (String line : LINE_BREAK.split(seedText, -1)) {
            raw.add(line);
            String text = MARKDOWN_LINK.matcher(HtmlTags.remove(line, closed, name -> { })).replaceAll("$1");
            lines.add(EMPHASIS.matcher(text).replaceAll("").replace('\t', '|'));
        }
    }

    /**
     * Checks each list of names (the coordinators, the signatories) in the order the metadata gives it; reports each
     * problem at its name. The order is judged by the longest run of names that follow the letter's order (one place
     * chosen for each, for a name printed twice): a name outside it is out of order, so two names swapped are two
     * errors, not every name after them. Then a line that looks like a name, printed between the names but matched by
     * none, is a warning.
     */
    void check(List<List<Named>> lists, Fields f, String seed) {
        boolean failed = false;
        Set<Integer> matched = new HashSet<>();
        for (List<Named> names : lists) {
            failed |= !checkOrder(names, f, seed, matched);
        }
        if (failed || matched.isEmpty()) {
            return;
        }
        // Only the gaps within the list: between two names printed near each other, with at most GAP lines of text
        // between them (a name or two left out); a longer stretch is another part of the letter.
        List<Integer> unmatched = new ArrayList<>();
        Integer previous = null;
        for (int line : new java.util.TreeSet<>(matched)) {
            if (previous != null) {
                List<Integer> between = new ArrayList<>();
                for (int k = previous + 1; k < line; k++) {
                    if (!lines.get(k).isBlank()) {
                        between.add(k);
                    }
                }
                if (between.size() <= GAP) {
                    between.stream().filter(this::looksLikeAName).forEach(unmatched::add);
                }
            }
            previous = line;
        }
        YamlNode at = f.at(f.has("signatories") ? "signatories" : "coordinators");
        for (int line : unmatched) {
            f.diagnostics().add(Diagnostic.warning(f.source(), at.line(), at.column(), "unlisted-name",
                    "the letter prints \"" + raw.get(line).strip() + "\" (" + seed + ", line " + (line + 1)
                            + ") among the names it lists, and the signatures leave it out",
                    "add it where it stands in the letter's list, exactly as printed; if it is not a signatory (a heading, an address), nothing needs to change"));
        }
    }

    /** Checks one list; adds the lines its names were found on to {@code matched}; false when it reported an error. */
    private boolean checkOrder(List<Named> names, Fields f, String seed, Set<Integer> matched) {
        List<Named> listed = new ArrayList<>();
        List<List<Long>> places = new ArrayList<>();
        for (Named named : names) {
            List<Long> at = places(TextMatch.normalize(named.name()));
            if (at.isEmpty()) {
                f.error(named.at(), "not-in-list", named.called() + " \"" + named.name() + "\" does not stand in " + seed
                                + " as a name of a list (a line of its own, or an item set off by commas, tabs or a bullet)",
                        itemHolding(TextMatch.normalize(named.name()))
                                .map(item -> "the letter lists \"" + item + "\": copy the item whole, as printed, and add it to the"
                                        + " organisation's aliases if it is a spelling of its name; an organisation the letter only mentions did not sign it")
                                .orElse("copy the name from the letter's list of signatories, exactly as printed; an organisation the letter only mentions did not sign it"));
            } else {
                listed.add(named);
                places.add(at);
            }
        }
        long[] chosen = inOrder(places);
        boolean ok = listed.size() == names.size();
        for (int i = 0; i < listed.size(); i++) {
            if (chosen[i] >= 0) {
                matched.add((int) (chosen[i] >> 32));
                continue;
            }
            ok = false;
            long at = places.get(i).get(0);
            int before = i - 1;
            while (before >= 0 && chosen[before] < 0) {
                before--;
            }
            int after = i + 1;
            while (after < listed.size() && chosen[after] < 0) {
                after++;
            }
            String where;
            if (before >= 0 && at < chosen[before]) {
                where = "is printed before \"" + listed.get(before).name() + "\" in " + seed + " (line " + lineOf(at) + " against "
                        + lineOf(chosen[before]) + "), but listed after it here";
            } else {
                where = "is printed after \"" + listed.get(after).name() + "\" in " + seed + " (line " + lineOf(at) + " against "
                        + lineOf(chosen[after]) + "), but listed before it here";
            }
            f.error(listed.get(i).at(), "not-in-order", listed.get(i).called() + " \"" + listed.get(i).name() + "\" " + where,
                    "list the names in the order the letter prints them");
        }
        return ok;
    }

    private static int lineOf(long place) {
        return (int) (place >> 32) + 1;
    }

    /**
     * For each name, the place it takes in the longest run of names whose places rise, or -1 for a name left out of
     * it; each name may take any of its places.
     */
    private static long[] inOrder(List<List<Long>> places) {
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
        long[] chosen = new long[n];
        java.util.Arrays.fill(chosen, -1);
        for (int i = bestName, j = bestPlace; i >= 0; ) {
            chosen[i] = places.get(i).get(j);
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
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                starts.add(joined.length());
                joined.append(line);
                end++;
            }
            if (end - start > 1) {
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
        return index;
    }

    /** Puts each item of the text under its words, and, for "B and C" ending a list, B and C each under theirs. */
    private static void index(String text, java.util.function.IntFunction<Long> place, java.util.Map<String, java.util.TreeSet<Long>> index) {
        for (Item item : items(text)) {
            index.computeIfAbsent(item.bare(), k -> new java.util.TreeSet<>()).add(place.apply(item.start()));
            int and = item.bare().lastIndexOf(" and ");
            if (item.part() && and > 0) { // A, B and C: "B and C", when no name holds the "and"
                index.computeIfAbsent(item.bare().substring(0, and), k -> new java.util.TreeSet<>()).add(place.apply(item.start()));
                index.computeIfAbsent(item.bare().substring(and + 5), k -> new java.util.TreeSet<>()).add(place.apply(item.start() + and + 5));
            }
        }
    }

    /**
     * An item of a line: where it starts, its text without its leading and trailing marks, white space as one space;
     * {@code part} when it is one of several the line's punctuation parts (not the whole line).
     */
    private record Item(int start, String bare, boolean part) {
    }

    private static List<Item> items(String text) {
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
            items.add(new Item(span[0] + skip, bare, parted && k > 0));
        }
        return items;
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
     * A line of a list that could be an organisation's name: short, not a heading, a [label], a salutation or a
     * sentence, and no count ("25 organizations", "2 other organizations").
     */
    private boolean looksLikeAName(int line) {
        String item = TextMatch.normalize(lines.get(line));
        String rawLine = raw.get(line).strip();
        return !item.isEmpty() && item.length() <= NAME_MAX && !rawLine.startsWith("#") && !(item.startsWith("[") && item.endsWith("]"))
                && !LABEL.matcher(item).lookingAt()
                && !item.endsWith(":") && !item.endsWith(",") && !(item.endsWith(".") && item.split(" ").length > 6)
                && !COUNT.matcher(item).matches();
    }
}
