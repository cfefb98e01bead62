/** Planning the site's pages and rendering them with one Freemarker configuration, HTML auto-escaping on. */
package org.dossier.render;
