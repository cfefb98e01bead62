/** Cross-references: mentions of registered entities in the reading text, and the backlinks they make. */
package org.dossier.xref;
