package org.dossier.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What sort of event a source reports. */
public enum EventKind {
    TRAINING("training", "Training or assistance"),
    SEMINAR("seminar", "Seminar"),
    MEETING("meeting", "Meeting"),
    STATEMENT("statement", "Statement"),
    LETTER("letter", "Letter"),
    WARRANT("warrant", "Arrest warrant"),
    SANCTION("sanction", "Sanctions"),
    LEGISLATION("legislation", "Legislation"),
    PROCEEDINGS("proceedings", "Court proceedings"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    EventKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Trainings, seminars and meetings make up the capacity-building record. */
    public boolean isProgramme() {
        return this == TRAINING || this == SEMINAR || this == MEETING;
    }

    public static Optional<EventKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(EventKind::id).toList();
    }
}
