/** Writing the built site: into a temporary folder beside the target, swapped in only when complete. */
package org.dossier.publish;
