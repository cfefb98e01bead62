package org.dossier.model;

import java.util.List;

/**
 * Who signed a joint letter, as the letter prints it.
 *
 * @param statedCount           the number of signatories the letter states, or -1 when it states none
 * @param statedCountAsPrinted  the letter's words that state it ("32 organizations"), or ""
 * @param unnamedCount          signatories the letter counts but does not name
 * @param unnamedAsPrinted      the letter's words for them ("2 other organizations"), or ""
 */
public record Signatures(int statedCount, String statedCountAsPrinted, List<Signature> coordinators,
                         List<Signature> signatories, int unnamedCount, String unnamedAsPrinted) {
    public static final Signatures NONE = new Signatures(-1, "", List.of(), List.of(), 0, "");

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

    /** Named plus unnamed signatories: what the list accounts for. */
    public int accountedCount() {
        return signatories.size() + unnamedCount;
    }

    /** True when the letter states a count that its list does not account for. */
    public boolean countDiffers() {
        return isCountStated() && statedCount != accountedCount();
    }

    /** Coordinators then signatories. */
    public List<Signature> all() {
        return java.util.stream.Stream.concat(coordinators.stream(), signatories.stream()).toList();
    }
}
