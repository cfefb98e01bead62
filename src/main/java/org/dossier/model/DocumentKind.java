package org.dossier.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What sort of document a source is. */
public enum DocumentKind {
    STATEMENT("statement", "Statement"),
    SPEECH("speech", "Speech"),
    PROFILE("profile", "Profile"), // the source names no author: "Government" would say who wrote it
    JOINT_LETTER("joint-letter", "Joint letter"),
    LETTER("letter", "Letter"),
    REPORT("report", "Report"),
    PRESS_RELEASE("press-release", "Press release");

    private final String id;
    private final String label;

    DocumentKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Letters have an addressee. */
    public boolean isLetter() {
        return this == JOINT_LETTER || this == LETTER;
    }

    public static Optional<DocumentKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(DocumentKind::id).toList();
    }
}
