/** The dossier as typed, immutable records: documents, their reading text, sections. No I/O here. */
package org.dossier.model;
