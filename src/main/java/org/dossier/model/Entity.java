package org.dossier.model;

import java.util.List;

/**
 * An organisation, person or topic of the registry. Aliases are every spelling the sources use,
 * exactly as printed; they are what mentions in the text are matched against.
 */
public record Entity(
        EntityKind kind,
        String id,
        String name,
        List<String> aliases,
        OrganizationKind organizationKind,
        boolean probableMerge,
        String mergeReason,
        List<Correction> corrections,
        List<RoleStatement> roles,
        String description,
        String notes,
        String sourcePath) {

    public Entity {
        aliases = List.copyOf(aliases);
        corrections = List.copyOf(corrections);
        roles = List.copyOf(roles);
    }

    /** Site path of the entity's page. */
    public String path() {
        return kind.folder() + "/" + id + "/index.html";
    }

    /** "Non-governmental organisation", "Person", "Topic". */
    public String typeLabel() {
        return switch (kind) {
            case ORGANIZATION -> organizationKind.label();
            case PERSON -> "Person";
            case TOPIC -> "Topic";
        };
    }

    /** An institution is an organisation other than an NGO: a government body, court, institute or IGO. */
    public boolean isInstitution() {
        return kind == EntityKind.ORGANIZATION && organizationKind != OrganizationKind.NGO;
    }
}
