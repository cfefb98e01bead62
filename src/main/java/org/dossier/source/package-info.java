/** Reading the inputs from disk: YAML with line and column for every value, Markdown pages, seed files. */
package org.dossier.source;
