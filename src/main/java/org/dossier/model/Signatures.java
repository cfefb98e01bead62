package org.dossier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who signed a joint letter, as the letter prints it.
 *
 * @param statedCount           the number of signatories the letter states, or -1 when it states none
 * @param statedCountAsPrinted  the letter's words that state it ("32 organizations"), or ""
 * @param statedQualifier       how those words qualify the number ("over 30 organizations": more than 30)
 * @param unnamedCount          signatories the letter counts but does not name
 * @param unnamedAsPrinted      the letter's words for them ("2 other organizations"), or ""
 * @param unnamedQualifier      how those words qualify the number ("and over 100 individuals": more than 100)
 */
public record Signatures(int statedCount, String statedCountAsPrinted, CountQualifier statedQualifier,
                         List<Signature> coordinators, List<Signature> signatories,
                         int unnamedCount, String unnamedAsPrinted, CountQualifier unnamedQualifier) {
    public static final Signatures NONE = new Signatures(-1, "", CountQualifier.EXACT, List.of(), List.of(), 0, "", CountQualifier.EXACT);

    public Signatures {
        coordinators = List.copyOf(coordinators);
        signatories = List.copyOf(signatories);
    }

    public boolean isPresent() {
        return !coordinators.isEmpty() || !signatories.isEmpty();
    }

    public boolean isCountStated() {
        return statedCount >= 0;
    }

    /** Names printed in the signatory list. */
    public int listedCount() {
        return signatories.size();
    }

    /** Named plus unnamed signatories: what the list accounts for (exactly only when {@link #isAccountedExact}). */
    public int accountedCount() {
        return signatories.size() + (isUnnamedCountedApart() ? 0 : unnamedCount);
    }

    /** Words that count organisations: "organizations", "groups", "NGOs", 団体. */
    private static final java.util.regex.Pattern ORGANISATIONS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:organi[sz]ations?|groups?|NGOs?|NPOs?|CSOs?|associations?)\\b|\u56E3\u4F53");
    /** Words that count people: "individuals", "people", "persons", "citizens", 個人, 名, 人. */
    private static final java.util.regex.Pattern PEOPLE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:individuals?|people|persons?|citizens?)\\b|\u500B\u4EBA|[0-9\uFF10-\uFF19\u4E00-\u9FFF]\\s*[\u540D\u4EBA]");

    /**
     * Whether the letter counts its unnamed signatories apart from its stated count: organisations stated and people
     * unnamed ("14 organizations" and "12 individuals"), or the other way round. The stated count is then no total of
     * both, and the list is checked against it without them: "20 organizations and 5 individuals" with 20 names was
     * said to differ, 20 stated and 25 accounted for.
     */
    public boolean isUnnamedCountedApart() {
        if (unnamedCount == 0 || statedCount < 0) {
            return false;
        }
        boolean statedOrgs = ORGANISATIONS.matcher(statedCountAsPrinted).find();
        boolean statedPeople = PEOPLE.matcher(statedCountAsPrinted).find();
        boolean unnamedOrgs = ORGANISATIONS.matcher(unnamedAsPrinted).find();
        boolean unnamedPeople = PEOPLE.matcher(unnamedAsPrinted).find();
        return statedOrgs && !statedPeople && unnamedPeople && !unnamedOrgs
                || statedPeople && !statedOrgs && unnamedOrgs && !unnamedPeople;
    }

    /** The stated count as the letter qualifies it: "32", "over 30". */
    public String statedShown() {
        return statedQualifier.show(statedCount);
    }

    /** The unnamed count as the letter qualifies it: "2", "over 100". */
    public String unnamedShown() {
        return unnamedQualifier.show(unnamedCount);
    }

    /** Whether the letter counts exactly the signatories it does not name, so that the list's total is exact. */
    public boolean isAccountedExact() {
        return unnamedCount == 0 || unnamedQualifier.isExact() || isUnnamedCountedApart();
    }

    /**
     * What the list accounts for, as pages say it: the total when it is exact ("32"), else its two parts, never
     * summed as if exact ("30 named and over 100 unnamed").
     */
    public String accountedShown() {
        return isAccountedExact() ? String.valueOf(accountedCount())
                : listedCount() + " named and " + unnamedShown() + " unnamed";
    }

    /** True when the letter states a count that its list cannot account for. */
    public boolean countDiffers() {
        return verdict() == Verdict.DIFFER;
    }

    /** True when the letter states a count that its list accounts for, whatever the true numbers within the bounds. */
    public boolean countAgrees() {
        return verdict() == Verdict.AGREE;
    }

    /**
     * True when the letter states a count but the list cannot be checked against it: the count is approximate
     * ("about 30"), or the letter does not say exactly how many it leaves unnamed and the total may or may not agree.
     */
    public boolean countUncheckable() {
        return verdict() == Verdict.CANNOT_TELL;
    }

    private enum Verdict { NO_COUNT, AGREE, DIFFER, CANNOT_TELL }

    /**
     * The stated count against the list: they agree when every total the list may come to is one the count allows,
     * differ when none is, and cannot be told apart otherwise, or when either is given only roughly.
     */
    private Verdict verdict() {
        if (!isCountStated()) {
            return Verdict.NO_COUNT;
        }
        long[] stated = statedQualifier.range(statedCount);
        long[] unnamed = unnamedCount == 0 || isUnnamedCountedApart() ? new long[] {0, 0} : unnamedQualifier.range(unnamedCount);
        if (stated == null || unnamed == null) {
            return Verdict.CANNOT_TELL;
        }
        long low = listedCount() + unnamed[0];
        long high = unnamed[1] == Long.MAX_VALUE ? Long.MAX_VALUE : listedCount() + unnamed[1];
        if (low >= stated[0] && high <= stated[1]) {
            return Verdict.AGREE;
        }
        if (high < stated[0] || low > stated[1]) {
            return Verdict.DIFFER;
        }
        return Verdict.CANNOT_TELL;
    }

    /**
     * The signatories' spellings that name an organisation the list names already, each group as the letter prints
     * them ("“Peace Boat” and “Peaceboat”"), in the order of the list; empty when every name is another organisation.
     * A letter stating "6 organizations" above 6 names, two of them one organisation, was said to agree with its list
     * with nothing to show that it names 5.
     */
    public List<String> repeatedOrganizations() {
        java.util.Map<String, List<String>> spellings = new java.util.LinkedHashMap<>();
        for (Signature s : signatories) {
            spellings.computeIfAbsent(s.organizationId(), k -> new ArrayList<>()).add("\u201C" + s.asSigned() + "\u201D");
        }
        List<String> out = new ArrayList<>();
        for (List<String> group : spellings.values()) {
            if (group.size() > 1) {
                out.add(group.size() == 2 ? group.get(0) + " and " + group.get(1)
                        : String.join(", ", group.subList(0, group.size() - 1)) + " and " + group.get(group.size() - 1));
            }
        }
        return out;
    }

    /** How many organisations the signatories' names name: each once. */
    public int listedOrganizationCount() {
        return (int) signatories.stream().map(Signature::organizationId).distinct().count();
    }

    /** Coordinators then signatories. */
    public List<Signature> all() {
        return java.util.stream.Stream.concat(coordinators.stream(), signatories.stream()).toList();
    }
}
