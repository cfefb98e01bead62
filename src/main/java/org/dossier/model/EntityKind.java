package org.dossier.model;

/** The registries of the dossier, each with its own folder of pages. */
public enum EntityKind {
    ORGANIZATION("organization", "organisation", "Organisations", "organizations"),
    PERSON("person", "person", "People", "people"),
    TOPIC("topic", "topic", "Topics", "topics");

    private final String id;
    private final String label;
    private final String plural;
    private final String folder;

    EntityKind(String id, String label, String plural, String folder) {
        this.id = id;
        this.label = label;
        this.plural = plural;
        this.folder = folder;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    public String folder() {
        return folder;
    }

    /** Site path of the registry's index page. */
    public String indexPath() {
        return folder + "/index.html";
    }
}
