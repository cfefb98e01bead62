package org.dossier.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole dossier: settings, documents in reading order, pages, the entity registry, and every cross-reference
 * between them. Backlinks are computed here from the documents; nothing is listed by hand.
 */
public final class Dossier {
    /** Chronological, undated documents last, ties by title then id. */
    public static final Comparator<Document> READING_ORDER = Comparator
            .comparing(Document::date)
            .thenComparing(Document::title)
            .thenComparing(Document::id);

    /** Alphabetical by display name, ignoring case, ties by id. */
    public static final Comparator<Entity> BY_NAME = Comparator
            .comparing((Entity e) -> e.name().toLowerCase(Locale.ROOT))
            .thenComparing(Entity::id);

    private final SiteConfig site;
    private final List<Document> documents;
    private final List<MarkdownPage> pages;
    private final List<Entity> entities;
    private final Map<String, Entity> entityById;
    private final Map<String, Document> documentById;
    private final Map<String, List<Mention>> mentionsByEntity;
    private final Map<String, List<Mention>> mentionsByDocument;
    private final Map<String, Integer> documentsMentioning;
    private final Map<String, List<LetterSignature>> signaturesByOrganization;
    private final Map<String, List<Document>> lettersByOrganization;
    private final Map<String, List<Document>> documentsByTopic;
    private final List<Event> events;
    private final List<Figure> figures;

    private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong();
    /** Tells this dossier from every other made in this run, so that one made from it can name it without holding it. */
    private final long serial = SERIALS.incrementAndGet();
    /** The serial of the dossier {@link #of} made this one from, or 0 when it was made afresh. */
    private final long basis;
    /** When made from a basis, the documents put in place of the basis's, by id. */
    private final Map<String, Document> changed;

    /** Chronological, mixed precisions sorting by their start; ties by title then id. */
    public static final Comparator<Event> CHRONOLOGICAL = Comparator
            .comparing(Event::date)
            .thenComparing(Event::title)
            .thenComparing(Event::id);

    /** @param mentions each document's mentions, by the document's id */
    public Dossier(SiteConfig site, List<Document> documents, List<MarkdownPage> pages, List<Entity> entities,
                   Map<String, List<Mention>> mentions, List<Event> events, List<Figure> figures) {
        this.events = events.stream().sorted(CHRONOLOGICAL).toList();
        this.figures = List.copyOf(figures);
        this.site = site;
        this.documents = documents.stream().sorted(READING_ORDER).toList();
        this.pages = List.copyOf(pages);
        this.entities = entities.stream().sorted(BY_NAME).toList();
        this.entityById = index(this.entities, Entity::id);
        this.documentById = index(this.documents, Document::id);
        // Each entity's mentions in reading order, then by paragraph, then as given: taken document by document, so
        // that a million mentions need no sort but each document's own, by paragraph (stable), if they are not yet.
        Map<String, List<Mention>> byEntity = new java.util.HashMap<>();
        Map<String, String> lastDocument = new java.util.HashMap<>();
        Map<String, Integer> documentsMentioning = new java.util.HashMap<>();
        for (Document d : this.documents) {
            List<Mention> own = mentions.getOrDefault(d.id(), List.of());
            if (!byParagraph(own)) {
                own = new ArrayList<>(own);
                own.sort(Comparator.comparingInt(Mention::paragraph));
            }
            for (Mention m : own) {
                byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
                if (!d.id().equals(lastDocument.put(m.entityId(), d.id()))) {
                    documentsMentioning.merge(m.entityId(), 1, Integer::sum);
                }
            }
        }
        Map<String, List<Mention>> sorted = new TreeMap<>();
        byEntity.forEach((k, v) -> sorted.put(k, java.util.Collections.unmodifiableList(v)));
        this.mentionsByEntity = sorted;
        this.mentionsByDocument = java.util.Collections.unmodifiableMap(mentions);
        this.documentsMentioning = documentsMentioning;
        // gathered by hash, then sorted once: a sorted map compared ids on every one of many signatures
        Map<String, List<LetterSignature>> gathered = new java.util.HashMap<>();
        for (Document d : this.documents) {
            for (Signature s : d.signatures().all()) {
                gathered.computeIfAbsent(s.organizationId(), k -> new ArrayList<>()).add(new LetterSignature(d, s));
            }
        }
        Map<String, List<LetterSignature>> signatures = new TreeMap<>();
        gathered.forEach((k, v) -> signatures.put(k, List.copyOf(v)));
        this.signaturesByOrganization = signatures;
        Map<String, List<Document>> letters = new java.util.HashMap<>();
        signatures.forEach((org, list) -> {
            Map<String, Document> byId = new LinkedHashMap<>();
            list.forEach(ls -> byId.putIfAbsent(ls.letter().id(), ls.letter()));
            letters.put(org, List.copyOf(byId.values()));
        });
        this.lettersByOrganization = letters;
        Map<String, List<Document>> topics = new java.util.HashMap<>();
        for (Document d : this.documents) {
            d.topics().forEach(t -> topics.computeIfAbsent(t, k -> new ArrayList<>()).add(d));
        }
        Map<String, List<Document>> byTopic = new TreeMap<>();
        topics.forEach((k, v) -> byTopic.put(k, List.copyOf(v)));
        this.documentsByTopic = byTopic;
        this.basis = 0;
        this.changed = Map.of();
    }

    /**
     * The dossier made from these inputs, as the constructor makes it, but taking from {@code last} (the dossier of
     * the last build, or null) the indexes that the changed documents leave as they were: when the settings, pages,
     * registry, events and figures are equal to last's, and every document that is not the same object as one of
     * last's has an equal id, date, title, sections, topics, signatures and mentions, the documents are put in last's
     * order and replaced in its indexes, and nothing else is made again.
     */
    public static Dossier of(Dossier last, SiteConfig site, List<Document> documents, List<MarkdownPage> pages,
                             List<Entity> entities, Map<String, List<Mention>> mentions, List<Event> events, List<Figure> figures) {
        if (last != null && site.equals(last.site) && pages.equals(last.pages) && figures.equals(last.figures)
                && documents.size() == last.documents.size()) {
            List<Entity> sortedEntities = entities.stream().sorted(BY_NAME).toList();
            List<Event> sortedEvents = events.stream().sorted(CHRONOLOGICAL).toList();
            if (sortedEntities.equals(last.entities) && sortedEvents.equals(last.events)) {
                Map<String, Document> byId = new java.util.HashMap<>(documents.size() * 2);
                documents.forEach(d -> byId.put(d.id(), d));
                List<Document> ordered = new ArrayList<>(documents.size());
                Map<String, Document> changed = new java.util.HashMap<>();
                for (Document was : last.documents) {
                    Document now = byId.get(was.id());
                    if (now != was && !(now != null && sameIndexed(was, now, last.mentionsIn(was.id()), mentions.get(now.id())))) {
                        return new Dossier(site, documents, pages, entities, mentions, events, figures);
                    }
                    if (now != was) {
                        changed.put(now.id(), now);
                    }
                    ordered.add(now);
                }
                return new Dossier(last, site, ordered, pages, mentions, changed);
            }
        }
        return new Dossier(site, documents, pages, entities, mentions, events, figures);
    }

    /** Whether the indexes hold the same of both documents: their place, sections, topics, signatures and mentions. */
    private static boolean sameIndexed(Document was, Document now, List<Mention> wasMentions, List<Mention> nowMentions) {
        return was.id().equals(now.id()) && was.date().equals(now.date()) && was.title().equals(now.title())
                && was.sections().equals(now.sections()) && was.topics().equals(now.topics())
                && was.signatures().equals(now.signatures())
                && wasMentions.equals(nowMentions == null ? List.of() : nowMentions);
    }

    /** {@code last} with the {@code changed} documents (by id) in place of its own, and these settings and pages. */
    private Dossier(Dossier last, SiteConfig site, List<Document> documents, List<MarkdownPage> pages,
                    Map<String, List<Mention>> mentions, Map<String, Document> changed) {
        this.site = site;
        this.documents = List.copyOf(documents);
        this.pages = List.copyOf(pages);
        this.entities = last.entities;
        this.entityById = last.entityById;
        this.events = last.events;
        this.figures = last.figures;
        this.documentById = changed.isEmpty() ? last.documentById : index(this.documents, Document::id);
        this.mentionsByEntity = last.mentionsByEntity;
        this.documentsMentioning = last.documentsMentioning;
        this.mentionsByDocument = java.util.Collections.unmodifiableMap(mentions);
        java.util.function.UnaryOperator<Document> now = d -> changed.getOrDefault(d.id(), d);
        Map<String, List<LetterSignature>> signatures = new TreeMap<>(last.signaturesByOrganization);
        Map<String, List<Document>> letters = new java.util.HashMap<>(last.lettersByOrganization);
        Map<String, List<Document>> topics = new TreeMap<>(last.documentsByTopic);
        for (Document d : changed.values()) {
            for (Signature s : d.signatures().all()) {
                signatures.computeIfPresent(s.organizationId(), (org, list) -> list.stream()
                        .map(ls -> changed.containsKey(ls.letter().id()) ? new LetterSignature(now.apply(ls.letter()), ls.signature()) : ls)
                        .toList());
                letters.computeIfPresent(s.organizationId(), (org, list) -> list.stream().map(now).toList());
            }
            d.topics().forEach(t -> topics.computeIfPresent(t, (topic, list) -> list.stream().map(now).toList()));
        }
        this.signaturesByOrganization = signatures;
        this.lettersByOrganization = letters;
        this.documentsByTopic = topics;
        this.basis = last.serial;
        this.changed = Map.copyOf(changed);
    }

    /**
     * The documents {@link #of} put in place of {@code last}'s when it made this dossier from it (none when nothing
     * changed): every other document is the same object, and every index holds the same of all of them. Empty when
     * this dossier was made afresh or from another: nothing is then known of what changed.
     */
    public Optional<Map<String, Document>> changedSince(Dossier last) {
        return last != null && basis == last.serial ? Optional.of(changed) : Optional.empty();
    }

    private static boolean byParagraph(List<Mention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            if (mentions.get(i - 1).paragraph() > mentions.get(i).paragraph()) {
                return false;
            }
        }
        return true;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public SiteConfig site() {
        return site;
    }

    public List<Document> documents() {
        return documents;
    }

    public List<MarkdownPage> pages() {
        return pages;
    }

    /** Every entity, alphabetical. */
    public List<Entity> entities() {
        return entities;
    }

    public List<Entity> entities(EntityKind kind) {
        return entities.stream().filter(e -> e.kind() == kind).toList();
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entityById.get(id));
    }

    public Optional<Document> document(String id) {
        return Optional.ofNullable(documentById.get(id));
    }

    public List<Document> documentsIn(Section section) {
        if (section == Section.SIGNATORY_INDEX) {
            return letters();
        }
        return documents.stream().filter(d -> d.sections().contains(section)).toList();
    }

    /** The letters that list their signatories, in reading order. */
    public List<Document> letters() {
        return documents.stream().filter(d -> d.signatures().isPresent()).toList();
    }

    /** Where the reading text mentions the entity, in reading order. */
    public List<Mention> mentionsOf(String entityId) {
        return mentionsByEntity.getOrDefault(entityId, List.of());
    }

    /** Where the document's reading text mentions an entity, as the model found them. */
    public List<Mention> mentionsIn(String documentId) {
        return mentionsByDocument.getOrDefault(documentId, List.of());
    }

    /** How many documents mention the entity. */
    public int documentsMentioning(String entityId) {
        return documentsMentioning.getOrDefault(entityId, 0);
    }

    /** The letters an organisation coordinated or signed, with the name as printed in each. */
    public List<LetterSignature> signaturesOf(String organizationId) {
        return signaturesByOrganization.getOrDefault(organizationId, List.of());
    }

    /** Organisations that coordinated or signed at least one letter, alphabetical. */
    public List<Entity> signers() {
        return entities(EntityKind.ORGANIZATION).stream().filter(e -> signaturesByOrganization.containsKey(e.id())).toList();
    }

    /** Distinct letters an organisation's name appears on. */
    public List<Document> lettersSignedBy(String organizationId) {
        return lettersByOrganization.getOrDefault(organizationId, List.of());
    }

    public List<Document> documentsTagged(String topicId) {
        return documentsByTopic.getOrDefault(topicId, List.of());
    }

    /** Every event, chronological. */
    public List<Event> events() {
        return events;
    }

    /** Events reported by documents of the section, chronological. */
    public List<Event> eventsIn(Section section) {
        return events.stream().filter(e -> document(e.quote().documentId()).map(d -> d.sections().contains(section)).orElse(false)).toList();
    }

    public List<Event> eventsInvolving(String entityId) {
        return events.stream().filter(e -> e.entities().contains(entityId)).toList();
    }

    public List<Figure> figures() {
        return figures;
    }

    /** Figures grouped by measure, measures in order of first appearance, each group in the order of its sources. */
    public Map<String, List<Figure>> figuresByMeasure() {
        Map<String, List<Figure>> out = new LinkedHashMap<>();
        for (Figure f : figures) {
            out.computeIfAbsent(f.measure(), k -> new ArrayList<>()).add(f);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    public Optional<MarkdownPage> page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
