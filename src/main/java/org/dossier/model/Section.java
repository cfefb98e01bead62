package org.dossier.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The four sections of the dossier. The signatory index is derived, never assigned in metadata. */
public enum Section {
    CAPACITY_BUILDING("capacity-building", "Capacity-building record",
            "Japan's criminal-justice capacity-building work as its own statements and profile describe it.", true),
    ICC_SUPPORT("icc-support", "ICC support statements",
            "Statements of the Japanese government on cooperation with and support for the International Criminal Court.", true),
    NGO_APPEALS("ngo-appeals", "NGO appeals",
            "Joint letters in which non-governmental organisations call on the Japanese government to act.", true),
    SIGNATORY_INDEX("signatory-index", "Signatory index",
            "The organisations that signed the NGO appeals, letter by letter, exactly as printed.", false);

    private final String id;
    private final String title;
    private final String description;
    private final boolean assignable;

    Section(String id, String title, String description, boolean assignable) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.assignable = assignable;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** Whether a document's metadata may name this section. */
    public boolean assignable() {
        return assignable;
    }

    public static Optional<Section> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static List<String> assignableIds() {
        return Arrays.stream(values()).filter(Section::assignable).map(Section::id).toList();
    }
}
