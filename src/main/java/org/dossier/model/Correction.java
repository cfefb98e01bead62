package org.dossier.model;

/** An evident misspelling in a source, shown to readers as an editorial note; the source is never changed. */
public record Correction(String asPrinted, String note) {
}
