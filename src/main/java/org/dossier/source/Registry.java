package org.dossier.source;

import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.diag.SourceText;
import org.dossier.model.Correction;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.OrganizationKind;
import org.dossier.model.RoleStatement;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The entity registry as read from content/organizations.yaml, people.yaml and topics.yaml, with the position
 * of every id, alias and role so that later checks can point at them. Ids are unique across the three files
 * and no alias belongs to two entities.
 */
final class Registry {
    static final Map<EntityKind, String> FILES = Map.of(
            EntityKind.ORGANIZATION, "organizations.yaml",
            EntityKind.PERSON, "people.yaml",
            EntityKind.TOPIC, "topics.yaml");

    static final Map<String, String> ORGANIZATION_FIELDS = Fields.spec(
            "id", "human-rights-watch",
            "name", "Human Rights Watch",
            "kind", String.join(" | ", OrganizationKind.ids()),
            "aliases", "[Human Rights Watch, HRW]",
            "merge", "probable",
            "merge_reason", "the same words in another order",
            "corrections", "- {as_printed: Japan Internatinoal Volunteer Center, note: The letter prints \"Internatinoal\".}",
            "description", "One short sentence the sources support",
            "notes", "An editorial note");
    static final Map<String, String> PERSON_FIELDS = Fields.spec(
            "id", "tomoko-akane",
            "name", "Tomoko Akane",
            "aliases", "[Tomoko Akane, Judge Tomoko Akane]",
            "roles", "- {role: ICC president, document: 2025-04-23-joint-letter}",
            "corrections", "- {as_printed: Vladmir Putin, note: The letters print \"Vladmir\".}",
            "notes", "An editorial note");
    static final Map<String, String> TOPIC_FIELDS = Fields.spec(
            "id", "capacity-building",
            "name", "Capacity building",
            "aliases", "[capacity-building, capacity building]",
            "notes", "An editorial note");
    static final Map<String, String> ROLE_FIELDS = Fields.spec("role", "ICC president", "document", "2025-04-23-joint-letter");
    static final Map<String, String> CORRECTION_FIELDS = Fields.spec("as_printed", "Japan Internatinoal Volunteer Center",
            "note", "The letter prints \"Internatinoal\".");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** An entity with where its parts are written. */
    record Located(Entity entity, SourceText source, YamlNode.Scalar idNode, Map<String, YamlNode.Scalar> aliasNodes,
                   List<YamlNode.Mapping> roleNodes) {
    }

    private final Map<String, Located> byId = new LinkedHashMap<>();
    private final Map<String, Located> byAlias = new TreeMap<>();
    private final java.util.Set<String> clashing = new java.util.HashSet<>();
    private final java.util.Set<EntityKind> unread = java.util.EnumSet.noneOf(EntityKind.class);

    Optional<Located> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Whether two entities of different kinds have this id (reported once, where they are written). */
    boolean clashes(String id) {
        return clashing.contains(id);
    }

    /**
     * Whether the file of this kind could not be read at all (its YAML is broken, or it is no list): its error is
     * reported there, and a reference to an entry of it is not, since every one would be, each with a hint to add
     * an entry that is perhaps there already.
     */
    boolean unread(EntityKind kind) {
        return unread.contains(kind);
    }

    /** The entity whose name or alias this is (quotes and white space normalised). */
    Optional<Located> byAlias(String text) {
        return Optional.ofNullable(byAlias.get(TextMatch.normalize(text)));
    }

    List<Located> all() {
        return List.copyOf(byId.values());
    }

    List<Located> ofKind(EntityKind kind) {
        return byId.values().stream().filter(l -> l.entity().kind() == kind).toList();
    }

    /**
     * Up to three entities of the kind that {@code text} may have been meant for, for hints, and none when nothing is
     * close: a hint that lists whatever is least far ("Rights Now" for "Japan Internatinoal Volunteer Center") only sends
     * the reader to look. First the typos: a name, alias or id a few letters from it (at most a third of the shorter's
     * letters), nearest first. When there is none, the entities that share at least half its words ("Women's Museum"
     * for "Museum of Women"), most words first: "Peace Boat" finds a "Peace …", never a short name a few letters
     * away.
     */
    List<Located> closest(String text, EntityKind kind) {
        String wanted = TextMatch.normalize(text).toLowerCase(java.util.Locale.ROOT);
        java.util.Set<String> words = words(wanted);
        record Scored(Located entity, int shared, int distance, boolean typo) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Located l : ofKind(kind)) {
            int best = Integer.MAX_VALUE;
            int shared = 0;
            boolean typo = false;
            List<String> spellings = new ArrayList<>(l.entity().aliases());
            spellings.add(l.entity().name());
            spellings.add(l.entity().id());
            for (String s : spellings) {
                String spelling = TextMatch.normalize(s).toLowerCase(java.util.Locale.ROOT);
                int distance = Fields.editDistance(wanted, spelling);
                best = Math.min(best, distance);
                typo |= distance <= Math.max(1, Math.min(wanted.length(), spelling.length()) / 3);
                java.util.Set<String> common = words(spelling);
                common.retainAll(words);
                shared = Math.max(shared, common.size());
            }
            scored.add(new Scored(l, shared, best, typo));
        }
        Comparator<Scored> byId = Comparator.comparing(s -> s.entity().entity().id());
        List<Scored> typos = scored.stream().filter(Scored::typo)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(byId)).toList();
        List<Scored> close = !typos.isEmpty() ? typos : scored.stream()
                .filter(s -> s.shared() > 0 && 2 * s.shared() >= words.size())
                .sorted(Comparator.comparingInt((Scored s) -> -s.shared()).thenComparingInt(Scored::distance).thenComparing(byId))
                .toList();
        return close.stream().limit(3).map(Scored::entity).toList();
    }

    /** The words of a name that tell it apart: of three letters or more, but for the most common small ones. */
    private static java.util.Set<String> words(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : name.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !COMMON.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static final java.util.Set<String> COMMON = java.util.Set.of("the", "and", "for", "des", "del", "von");

    /** Reads one registry file; problems become diagnostics. */
    void read(EntityKind kind, SourceText file, YamlReader yaml, Diagnostics diagnostics) {
        Optional<YamlNode> root = yaml.read(file, diagnostics);
        if (root.isEmpty() || !(root.get() instanceof YamlNode.Sequence)) {
            unread.add(kind);
        }
        if (root.isEmpty()) {
            return;
        }
        if (!(root.get() instanceof YamlNode.Sequence list)) {
            diagnostics.add(Diagnostic.error(file, root.get().line(), root.get().column(), "wrong-type",
                    "the file must be a list of " + kind.plural().toLowerCase(java.util.Locale.ROOT) + ", not " + root.get().typeName(),
                    "start each entry with \"- id: \""));
            return;
        }
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Mapping m)) {
                diagnostics.add(Diagnostic.error(file, item.line(), item.column(), "wrong-type",
                        "each entry must be a mapping of fields, not " + item.typeName(), "start each entry with \"- id: \""));
                continue;
            }
            readEntity(kind, file, m, diagnostics);
        }
    }

    private void readEntity(EntityKind kind, SourceText file, YamlNode.Mapping m, Diagnostics diagnostics) {
        Map<String, String> allowed = switch (kind) {
            case ORGANIZATION -> ORGANIZATION_FIELDS;
            case PERSON -> PERSON_FIELDS;
            case TOPIC -> TOPIC_FIELDS;
        };
        Fields f = new Fields(file, m, diagnostics, allowed);
        Optional<String> id = f.requiredText("id");
        id.filter(i -> !ID.matcher(i).matches()).ifPresent(i -> f.error(f.at("id"), "invalid-id", "\"" + i + "\" is not a valid id",
                "use lower-case letters, digits and single hyphens, such as human-rights-watch"));
        id.filter(Validator.RESERVED_NAMES::contains).ifPresent(i -> f.error(f.at("id"), "reserved-name",
                "\"" + i + "\" is a name some systems reserve for devices", "choose another id"));
        if (id.isPresent() && (!ID.matcher(id.get()).matches() || Validator.RESERVED_NAMES.contains(id.get()))) {
            id = Optional.empty();
        }
        String name = f.requiredText("name").orElse("");
        OrganizationKind orgKind = OrganizationKind.OTHER;
        if (kind == EntityKind.ORGANIZATION) {
            orgKind = f.requiredText("kind").flatMap(k -> {
                Optional<OrganizationKind> known = OrganizationKind.byId(k);
                if (known.isEmpty()) {
                    f.error(f.at("kind"), "invalid-value", "unknown organisation kind \"" + k + "\"",
                            "use one of: " + String.join(", ", OrganizationKind.ids()));
                }
                return known;
            }).orElse(OrganizationKind.OTHER);
        }
        List<YamlNode.Scalar> aliasNodes = kind == EntityKind.TOPIC
                ? f.optionalTextList("aliases").orElse(List.of())
                : f.requiredTextList("aliases", true).orElse(List.of());
        boolean probable = false;
        String mergeReason = "";
        if (kind == EntityKind.ORGANIZATION && f.has("merge")) {
            String merge = f.optionalText("merge").orElse("");
            if (merge.equals("probable")) {
                probable = true;
                mergeReason = f.requiredText("merge_reason").orElse("");
            } else if (!merge.isEmpty() && !merge.equals("certain")) {
                f.error(f.at("merge"), "invalid-value", "merge must be \"certain\" or \"probable\", not \"" + merge + "\"",
                        "write merge: probable and give merge_reason, or leave both out when the merge is certain");
            }
        }
        List<Correction> corrections = new ArrayList<>();
        if (kind != EntityKind.TOPIC) {
            for (YamlNode.Mapping c : f.mappingList("corrections", false).orElse(List.of())) {
                Fields cf = new Fields(file, c, diagnostics, CORRECTION_FIELDS);
                Optional<String> asPrinted = cf.requiredText("as_printed");
                Optional<String> note = cf.requiredText("note");
                if (asPrinted.isPresent() && aliasNodes.stream().noneMatch(a -> TextMatch.normalize(a.text()).equals(TextMatch.normalize(asPrinted.get())))) {
                    cf.error(cf.at("as_printed"), "not-an-alias", "the corrected spelling \"" + asPrinted.get() + "\" is not one of the aliases",
                            "add it to aliases: the sources' spelling stays searchable and linked");
                }
                if (asPrinted.isPresent() && note.isPresent()) {
                    corrections.add(new Correction(asPrinted.get(), note.get()));
                }
            }
        }
        List<RoleStatement> roles = new ArrayList<>();
        List<YamlNode.Mapping> roleNodes = List.of();
        if (kind == EntityKind.PERSON) {
            roleNodes = f.mappingList("roles", true).orElse(List.of());
            for (YamlNode.Mapping r : roleNodes) {
                Fields rf = new Fields(file, r, diagnostics, ROLE_FIELDS);
                Optional<String> role = rf.requiredText("role");
                Optional<String> document = rf.requiredText("document");
                if (role.isPresent() && document.isPresent()) {
                    roles.add(new RoleStatement(role.get(), document.get()));
                }
            }
        }
        String description = kind == EntityKind.ORGANIZATION ? f.optionalText("description").orElse("") : "";
        String notes = f.optionalText("notes").orElse("");
        if (id.isEmpty()) {
            return;
        }
        YamlNode.Scalar idNode = (YamlNode.Scalar) f.node("id");
        Located earlier = byId.get(id.get());
        if (earlier != null && earlier.entity().kind() != kind) {
            // Neither entry is the mistake more than the other: both are named, each at its place, and references to
            // the id are not reported as unknown meanwhile (the one that lost would be).
            clashing.add(id.get());
            diagnostics.add(Diagnostic.error(file, idNode.line(), idNode.column(), "duplicate-id",
                    "id \"" + id.get() + "\" is also the id of the " + earlier.entity().kind().label() + " \"" + earlier.entity().name()
                            + "\" (" + earlier.source().path() + ":" + earlier.idNode().line() + ")",
                    "ids must differ across organisations, people and topics: rename one of the two, and the references to it"));
            diagnostics.add(Diagnostic.error(earlier.source(), earlier.idNode().line(), earlier.idNode().column(), "duplicate-id",
                    "id \"" + id.get() + "\" is also the id of the " + kind.label() + " \"" + name + "\" (" + file.path() + ":"
                            + idNode.line() + ")",
                    "ids must differ across organisations, people and topics: rename one of the two, and the references to it"));
            return;
        }
        if (earlier != null) {
            diagnostics.add(Diagnostic.error(file, idNode.line(), idNode.column(), "duplicate-id",
                    "id \"" + id.get() + "\" is already used by the " + earlier.entity().kind().label() + " \"" + earlier.entity().name()
                            + "\" (" + earlier.source().path() + ":" + earlier.idNode().line() + ")",
                    "give each organisation, person and topic its own id"));
            return;
        }
        Map<String, YamlNode.Scalar> aliases = new LinkedHashMap<>();
        for (YamlNode.Scalar a : aliasNodes) {
            aliases.putIfAbsent(a.text(), a);
        }
        Entity entity = new Entity(kind, id.get(), name, List.copyOf(aliases.keySet()), orgKind, probable, mergeReason,
                corrections, roles, description, notes, file.path());
        Located located = new Located(entity, file, idNode, aliases, roleNodes);
        byId.put(id.get(), located);
        claim(name, f.node("name") instanceof YamlNode.Scalar n ? n : null, located, diagnostics);
        for (YamlNode.Scalar a : aliases.values()) {
            claim(a.text(), a, located, diagnostics);
        }
    }

    /** Records a spelling as this entity's; a spelling already claimed by another entity is an error. */
    private void claim(String spelling, YamlNode.Scalar at, Located owner, Diagnostics diagnostics) {
        String key = TextMatch.normalize(spelling);
        if (key.isEmpty()) {
            return;
        }
        Located other = byAlias.get(key);
        if (other == null) {
            byAlias.put(key, owner);
        } else if (other != owner && at != null) {
            // a name or alias already claimed by another entity
            YamlNode.Scalar first = other.aliasNodes().getOrDefault(spelling, other.idNode());
            diagnostics.add(Diagnostic.error(owner.source(), at.line(), at.column(), "duplicate-alias",
                    "alias \"" + spelling + "\" is already claimed by the " + other.entity().kind().label() + " \""
                            + other.entity().id() + "\" (" + other.source().path() + ":" + first.line() + ")",
                    "a spelling can point to one entity only: remove it from one of them, or merge the two entries"));
        }
    }

}
