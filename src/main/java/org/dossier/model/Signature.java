package org.dossier.model;

/**
 * One name in a letter's list of signatories, exactly as printed.
 *
 * @param paragraph the number of the reading-text paragraph or list item where it is printed, or 0 if not found
 */
public record Signature(String asSigned, String organizationId, SignatureRole role, int paragraph) {
}
