/** Diagnostics: one type for every error or warning the build reports, with file, line, column and a hint. */
package org.dossier.diag;
