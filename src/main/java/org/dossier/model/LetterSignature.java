package org.dossier.model;

/** One organisation's name on one letter: which letter, and the name as signed there. */
public record LetterSignature(Document letter, Signature signature) {
}
