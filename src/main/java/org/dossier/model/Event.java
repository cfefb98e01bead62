package org.dossier.model;

import java.util.List;

/**
 * A dated event a source reports, with the words that report it.
 *
 * @param dateNote how an inferred part of the date was read from the document, or ""
 * @param where    the place as the source prints it, or ""
 */
public record Event(String id, DossierDate date, String dateAsPrinted, String dateNote, String title, EventKind kind,
                    String where, List<String> entities, Quote quote) {
    public Event {
        entities = List.copyOf(entities);
    }
}
