package org.dossier.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What sort of body an organisation is. */
public enum OrganizationKind {
    NGO("ngo", "Non-governmental organisation"),
    GOVERNMENT("government", "Government body"),
    INTERGOVERNMENTAL("intergovernmental", "Intergovernmental organisation"),
    COURT("court", "Court"),
    INSTITUTE("institute", "Institute"),
    OTHER("other", "Other organisation");

    private final String id;
    private final String label;

    OrganizationKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<OrganizationKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(OrganizationKind::id).toList();
    }
}
