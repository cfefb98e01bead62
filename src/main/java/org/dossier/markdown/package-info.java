/** Markdown pages to safe HTML with Flexmark: raw HTML escaped, links made relative to the page. */
package org.dossier.markdown;
