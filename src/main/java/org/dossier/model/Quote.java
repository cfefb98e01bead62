package org.dossier.model;

/** The exact words of a source that support a claim, and where they are: a document's paragraph #p-N. */
public record Quote(String documentId, int paragraph, String text) {
    /** Site path of the quoted paragraph. */
    public String path() {
        return "documents/" + documentId + "/index.html#p-" + paragraph;
    }
}
