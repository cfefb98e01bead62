package org.dossier.model;

/** Site-wide settings from content/site.yaml. {@code baseUrl} is "" when not configured. */
public record SiteConfig(String title, String description, String language, String baseUrl) {
    /** The zip of the whole site, at the site's root, which the download page links and publish makes. */
    public static final String ARCHIVE = "dossier.zip";
    /** The one folder the zip holds the site in, so that unzipping it makes one folder. */
    public static final String ARCHIVE_FOLDER = "dossier";
}
