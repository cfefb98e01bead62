/**
 * Turning a messy seed into reading text: paragraphs, headings and lists as the author meant them,
 * with every change reported as an editorial note and no word lost, added or reordered.
 */
package org.dossier.normalize;
