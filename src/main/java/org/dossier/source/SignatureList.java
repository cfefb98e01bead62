package org.dossier.source;

import org.dossier.diag.Diagnostic;
import org.dossier.normalize.HtmlTags;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private static final Pattern MARK = Pattern.compile("^(?:#{1,6}\\s+|[-*+\u2022]\\s+|\\d{1,3}[.)]\\s+)");
    private static final int NAME_MAX = 100;

    /** A signature as the metadata gives it: the name and where it is written. */
    record Named(String name, YamlNode at) {
    }

    private final List<String> items = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();

    SignatureList(String seedText) {
        for (String line : LINE_BREAK.split(seedText, -1)) {
            raw.add(line);
            items.add(TextMatch.normalize(MARK.matcher(TextMatch.normalize(HtmlTags.remove(line))).replaceFirst("")));
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
        int first = java.util.Collections.min(matched);
        int end = java.util.Collections.max(matched);
        for (int line = first + 1; line < end; line++) {
            if (!matched.contains(line) && looksLikeAName(line)) {
                YamlNode at = f.at(f.has("signatories") ? "signatories" : "coordinators");
                f.diagnostics().add(Diagnostic.warning(f.source(), at.line(), at.column(), "unlisted-name",
                        "the letter prints \"" + raw.get(line).strip() + "\" (" + seed + ", line " + (line + 1)
                                + ") among the names it lists, and the signatures leave it out",
                        "add it where it stands in the letter's list, exactly as printed; if it is not a signatory (a heading, an address), nothing needs to change"));
            }
        }
    }

    /** Checks one list; adds the lines its names were found on to {@code matched}; false when it reported an error. */
    private boolean checkOrder(List<Named> names, Fields f, String seed, Set<Integer> matched) {
        List<Named> listed = new ArrayList<>();
        List<List<Long>> places = new ArrayList<>();
        for (Named named : names) {
            List<Long> at = places(TextMatch.normalize(named.name()));
            if (at.isEmpty()) {
                f.error(named.at(), "not-in-list", "as-signed name \"" + named.name() + "\" is not a name " + seed
                                + " lists: it occurs only inside a sentence",
                        "copy the name from the letter's list of signatories, exactly as printed; an organisation the letter only mentions did not sign it");
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
            f.error(listed.get(i).at(), "not-in-order", "as-signed name \"" + listed.get(i).name() + "\" " + where,
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

    /** Where the name stands as an item: (line << 32) + its place in the line, in the order of the text. */
    private List<Long> places(String name) {
        List<Long> out = new ArrayList<>();
        if (name.isEmpty()) {
            return out;
        }
        for (int line = 0; line < items.size(); line++) {
            String item = items.get(line);
            for (int i = item.indexOf(name); i >= 0; i = item.indexOf(name, i + 1)) {
                if (setOffBefore(item.substring(0, i).stripTrailing()) && setOffAfter(item.substring(i + name.length()).stripLeading())) {
                    out.add(((long) line << 32) + i);
                }
            }
        }
        return out;
    }

    private static boolean setOffBefore(String left) {
        return left.isEmpty() || left.endsWith(",") || left.endsWith(";") || left.endsWith(":") || left.endsWith("(")
                || left.endsWith("\u00B7") || left.endsWith("\u2022") || left.endsWith("/") || left.equals("and") || left.endsWith(" and")
                || left.endsWith(", and");
    }

    private static boolean setOffAfter(String right) {
        return right.isEmpty() || right.startsWith(",") || right.startsWith(";") || right.startsWith(".") || right.startsWith(")")
                || right.startsWith("\u00B7") || right.startsWith("\u2022") || right.startsWith("/") || right.equals("and")
                || right.startsWith("and ");
    }

    /** A line of a list that could be an organisation's name: short, not a heading, label or sentence, no count. */
    private boolean looksLikeAName(int line) {
        String item = items.get(line);
        String rawLine = raw.get(line).strip();
        return !item.isEmpty() && item.length() <= NAME_MAX && !rawLine.startsWith("#") && !(item.startsWith("[") && item.endsWith("]"))
                && !item.endsWith(":") && !item.endsWith(".") && item.chars().noneMatch(Character::isDigit);
    }
}
