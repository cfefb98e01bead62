package org.dossier.model;

/** Site-wide settings from content/site.yaml. {@code baseUrl} is "" when not configured. */
public record SiteConfig(String title, String description, String language, String baseUrl) {
}
