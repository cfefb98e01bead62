package org.dossier.source;

import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.model.EntityKind;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.dossier.source.Validator.partOfWordHint;

/**
 * The roles people.yaml gives a person, each against the document it cites: quoted from it as a whole title, near a
 * spelling of the person's name, and not only where the text gives it to someone else. A role the source does not
 * give the person would be shown on their page as the source's word.
 */
final class RoleChecks {
    private RoleChecks() {
    }

    /** How near a person's name a role must be stated, in characters: a role stated elsewhere may be another's. */
    static final int ROLE_NEAR = 250;

    /**
     * Each place the role is printed in the text as {@link Readable} gives it ({@link RoleTitles#printings}): where it
     * starts, and the fewest characters between it and one of the person's spellings (0 when they touch or overlap),
     * or {@link Integer#MAX_VALUE} when the text holds no spelling of theirs.
     */
    private static List<int[]> roleOccurrences(List<RoleTitles.Printed> printings, org.dossier.model.Entity person, String t) {
        List<int[]> names = new ArrayList<>();
        java.util.Set<String> spellings = new java.util.LinkedHashSet<>();
        spellings.add(person.name());
        spellings.addAll(person.aliases());
        for (String spelling : spellings) {
            String n = TextMatch.normalize(spelling);
            for (int i = n.isEmpty() ? -1 : t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) {
                names.add(new int[] {i, i + n.length()});
            }
        }
        List<int[]> occurrences = new ArrayList<>();
        for (RoleTitles.Printed p : printings) {
            int best = Integer.MAX_VALUE;
            for (int[] name : names) {
                best = Math.min(best, Math.max(0, Math.max(name[0] - p.end(), p.start() - name[1])));
            }
            occurrences.add(new int[] {p.start(), best});
        }
        return occurrences;
    }

    /** Every role is quoted from the document it cites, near the person's name, and not where it is another's. */
    static void checkRoles(Registry registry, Map<String, String> seedOfDocument, java.util.Set<String> unreadable,
                                   Map<String, String> seedTexts, Diagnostics diagnostics) {
        Map<String, Readable> read = new HashMap<>(); // each seed made readable once, however many roles cite it
        RoleBinding binding = new RoleBinding(registry.all().stream().map(Registry.Located::entity).toList());
        Map<String, org.dossier.model.Entity> spellings = new HashMap<>(); // every person's, normalised
        for (Registry.Located person : registry.ofKind(EntityKind.PERSON)) {
            spellings.putIfAbsent(TextMatch.normalize(person.entity().name()), person.entity());
            person.entity().aliases().forEach(a -> spellings.putIfAbsent(TextMatch.normalize(a), person.entity()));
        }
        spellings.remove("");
        for (Registry.Located person : registry.ofKind(EntityKind.PERSON)) {
            for (YamlNode.Mapping r : person.roleNodes()) {
                if (!(r.values().get("role") instanceof YamlNode.Scalar role) || !(r.values().get("document") instanceof YamlNode.Scalar doc)) {
                    continue;
                }
                String seed = seedOfDocument.get(doc.text());
                if (seed == null && unreadable.contains(doc.text())) {
                    continue;
                }
                if (seed == null) {
                    String hint = Fields.closestDocument(doc.text(), seedOfDocument.keySet(), unreadable).map(c -> "did you mean \"" + c + "\"?")
                            .orElse("give the id of a document in content/documents/ (its file name without .yaml or .md)");
                    diagnostics.add(Diagnostic.error(person.source(), doc.line(), doc.column(), "unknown-document",
                            "unknown document id \"" + doc.text() + "\"", hint));
                } else if (seedTexts.containsKey(seed)) {
                    // HTML entities read, as the reading text shows them ("Minister&nbsp;for Foreign Affairs"), lines broken as it breaks them
                    Readable readable = read.computeIfAbsent(seed, s -> Readable.forRoles(seedTexts.get(s)));
                    String t = readable.text();
                    String printed = TextMatch.normalize(role.text());
                    List<RoleTitles.Printed> all = RoleTitles.printings(t, readable.lowerCase(), printed);
                    List<RoleTitles.Printed> printings = all.stream().filter(p -> formerOf(t, p.start(), spellings) == null
                            && !formerOfAnUnregisteredName(t, p.start(), spellings)).toList();
                    Optional<RoleTitles.Printed> theirFormer = all.stream().filter(p -> formerOf(t, p.start(), spellings) == person.entity()).findFirst();
                    if (theirFormer.isPresent() && !givenThem(person, printings, binding, t, readable)) {
                        String longer = t.substring(theirFormer.get().start() - 1, theirFormer.get().end());
                        diagnostics.add(Diagnostic.error(person.source(), role.line(), role.column(), "part-of-word", "role \"" + role.text()
                                + "\" occurs in the document \"" + doc.text() + "\" (seed " + seed + ") only in a longer title near "
                                + person.entity().name() + ": \"" + longer + "\"", "quote the whole title, as the source prints it (\"" + longer
                                + "\"): a deputy, vice, acting, assistant, interim or former holder does not hold the office"));
                        continue;
                    }
                    if (printings.isEmpty()) {
                        Optional<String> longer = RoleTitles.longerTitle(t, readable.lowerCase(), printed)
                                .or(() -> all.stream().filter(p -> formerOfAnUnregisteredName(t, p.start(), spellings)).findFirst()
                                        .map(p -> t.substring(p.start() - 1, p.end())));
                        if (longer.isPresent()) {
                            diagnostics.add(Diagnostic.error(person.source(), role.line(), role.column(), "part-of-word", "role \"" + role.text()
                                    + "\" occurs in the document \"" + doc.text() + "\" (seed " + seed + ") only in a longer title: \""
                                    + longer.get() + "\"", "quote the whole title, as the source prints it (\"" + longer.get()
                                    + "\"): a deputy, vice, acting, assistant, interim or former holder does not hold the office"));
                            continue;
                        }
                        Optional<String> inside = RoleTitles.insideWords(t, readable.lowerCase(), printed);
                        diagnostics.add(inside.isPresent()
                                ? Diagnostic.error(person.source(), role.line(), role.column(), "part-of-word", "role \"" + role.text()
                                        + "\" occurs in the document \"" + doc.text() + "\" (seed " + seed + ") only inside longer words: \""
                                        + inside.get() + "\"", partOfWordHint(inside.get()))
                                : Diagnostic.error(person.source(), role.line(), role.column(), "not-in-source",
                                        "role \"" + role.text() + "\" does not occur in the document \"" + doc.text() + "\" (seed " + seed + ")",
                                        "quote the role exactly as the source states it"));
                        continue;
                    }
                    // In another letter case ("prime minister"), the words are the role only where they are a title
                    // printed beside a name: apart from any, they are as often another word ("the general public").
                    List<RoleTitles.Printed> counted = printings.stream()
                            .filter(p -> p.asWritten() || !binding.of(t, readable.lineBreaks(), readable.blockBreaks(), p.start(), p.end()).toNobody()).toList();
                    if (counted.isEmpty()) {
                        RoleTitles.Printed first = printings.get(0);
                        int to = first.end(); // the whole word printed: "secretaries" for "Secretary"
                        while (to < t.length() && Character.isLetter(t.charAt(to))) {
                            to++;
                        }
                        diagnostics.add(Diagnostic.error(person.source(), role.line(), role.column(), "not-in-source",
                                "role \"" + role.text() + "\" does not occur in the document \"" + doc.text() + "\" (seed " + seed
                                        + ") as written: it prints \"" + t.substring(first.start(), to) + "\", in another letter case, beside no name",
                                "quote the role exactly as the source states it: in another letter case, it is the role only where it is printed beside a name"));
                        continue;
                    }
                    List<int[]> occurrences = roleOccurrences(counted, person.entity(), t);
                    int distance = occurrences.stream().mapToInt(o -> o[1]).min().orElse(Integer.MAX_VALUE);
                    if (distance > ROLE_NEAR) {
                        diagnostics.add(Diagnostic.error(person.source(), role.line(), role.column(), "role-not-near-name",
                                "role \"" + role.text() + "\" occurs in the document \"" + doc.text() + "\" (seed " + seed + ")"
                                        + (distance == Integer.MAX_VALUE ? ", which names the person by none of their spellings"
                                        : ", but " + distance + " characters from the nearest spelling of the person's name"),
                                "quote the role from the passage that names " + person.entity().name() + " (within " + ROLE_NEAR
                                        + " characters of a spelling of theirs); if the passage names them another way, add that spelling to their aliases"));
                        continue;
                    }
                    // Rejected only when every place near them prints it for someone else: printed for them, or
                    // for nobody in particular ("three Hamas leaders (…)"), it may be theirs.
                    List<RoleBinding.Bound> toOthers = new ArrayList<>();
                    boolean theirs = false;
                    for (int i = 0; i < occurrences.size(); i++) {
                        if (occurrences.get(i)[1] <= ROLE_NEAR) {
                            RoleTitles.Printed p = counted.get(i);
                            RoleBinding.Bound bound = binding.of(t, readable.lineBreaks(), readable.blockBreaks(), p.start(), p.end());
                            theirs = bound.toNobody() || bound.binds(person.entity());
                            if (theirs) {
                                break;
                            }
                            toOthers.add(bound);
                        }
                    }
                    if (!theirs) {
                        diagnostics.add(roleOfAnother(person, role, doc.text(), seed, t, toOthers));
                    }
                }
            }
        }
    }

    /**
     * The person whose name a Japanese title follows after 前 or 元 ("former"): "上川陽子前外務大臣" is Yoko Kamikawa as the
     * former minister, "岸田元外務大臣" Kishida. Null where no spelling of a person ends just before the 前 or 元, or one
     * ends with it ("秋元外務大臣": 元 ends the surname), as RoleTitles cannot tell without the names.
     */
    private static org.dossier.model.Entity formerOf(String t, int start, Map<String, org.dossier.model.Entity> spellings) {
        if (start < 2 || (t.charAt(start - 1) != '前' && t.charAt(start - 1) != '元') || !RoleTitles.kanji(t.charAt(start - 2))) {
            return null;
        }
        org.dossier.model.Entity before = null;
        for (Map.Entry<String, org.dossier.model.Entity> s : spellings.entrySet()) {
            if (t.startsWith(s.getKey(), start - s.getKey().length())) {
                return null; // the surname ends with the kanji
            }
            if (before == null && t.startsWith(s.getKey(), start - 1 - s.getKey().length())) {
                before = s.getValue();
            }
        }
        return before;
    }

    /**
     * Whether a Japanese title follows 前 or 元 ("former") after a full name no register spells, as {@link RoleBinding}
     * reads one ({@link UnregisteredNames#kanjiNameBefore}): "山田太郎前外務大臣" is a former minister, whose title is
     * nobody's current one. Not where a registered spelling ends with the kanji ("秋元外務大臣"), nor after a surname
     * alone ("山田前外務大臣"), which may be a name that ends in it; before 元, which ends given names too ("一元"), the
     * name is four kanji or five.
     */
    private static boolean formerOfAnUnregisteredName(String t, int start, Map<String, org.dossier.model.Entity> spellings) {
        if (start < 4 || (t.charAt(start - 1) != '前' && t.charAt(start - 1) != '元') || formerOf(t, start, spellings) != null
                || spellings.keySet().stream().anyMatch(s -> t.startsWith(s, start - s.length()))) {
            return false;
        }
        int nameEnd = start - 1;
        int runStart = nameEnd;
        while (runStart > 0 && RoleTitles.kanji(t.charAt(runStart - 1))) {
            runStart--;
        }
        if (t.charAt(nameEnd) == '元' && nameEnd - runStart < 4) {
            return false;
        }
        return UnregisteredNames.kanjiNameBefore(t, runStart, nameEnd).isPresent();
    }

    /**
     * Whether a place the role is printed near the person gives it to them, or to nobody in particular: the checks
     * below would pass it.
     */
    private static boolean givenThem(Registry.Located person, List<RoleTitles.Printed> printings, RoleBinding binding, String t, Readable readable) {
        List<int[]> occurrences = roleOccurrences(printings, person.entity(), t);
        for (int i = 0; i < printings.size(); i++) {
            RoleTitles.Printed p = printings.get(i);
            if (occurrences.get(i)[1] <= ROLE_NEAR) {
                // as below: a place bound to nobody counts only as written (in another case it may be another word)
                RoleBinding.Bound bound = binding.of(t, readable.lineBreaks(), readable.blockBreaks(), p.start(), p.end());
                if (bound.binds(person.entity()) || (p.asWritten() && bound.toNobody())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many of the passages that give a role to others an error quotes. */
    private static final int PASSAGES_QUOTED = 3;

    /** A role printed near the person only where the text gives it to others, with those passages quoted. */
    private static Diagnostic roleOfAnother(Registry.Located person, YamlNode.Scalar role, String document, String seed, String text,
                                            List<RoleBinding.Bound> passages) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        passages.forEach(b -> names.addAll(b.names()));
        List<String> quoted = new ArrayList<>();
        passages.stream().limit(PASSAGES_QUOTED).forEach(b -> quoted.add("\"" + text.substring(b.from(), b.to()) + "\""));
        if (passages.size() > PASSAGES_QUOTED) {
            quoted.add("and " + (passages.size() - PASSAGES_QUOTED) + " more");
        }
        String name = person.entity().name();
        return Diagnostic.error(person.source(), role.line(), role.column(), "role-of-another-person",
                "role \"" + role.text() + "\" is given to " + inWords(List.copyOf(names)) + " wherever the document \"" + document
                        + "\" (seed " + seed + ") prints it near " + name + ": " + String.join(", ", quoted),
                "quote the role the document gives " + name + ": one printed beside their name, or shared by a list of names"
                        + " that includes theirs; if another document gives them this role, cite that one");
    }

    /** "A", "A and B", "A, B and C". */
    private static String inWords(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
