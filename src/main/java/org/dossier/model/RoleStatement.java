package org.dossier.model;

/** A role of a person in the words of a source, and the document that states it. */
public record RoleStatement(String role, String documentId) {
}
