package org.dossier.model;

/** Whether an organisation coordinated a letter or signed it. */
public enum SignatureRole {
    COORDINATOR("coordinator", "Coordinator"),
    SIGNATORY("signatory", "Signatory");

    private final String id;
    private final String label;

    SignatureRole(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
