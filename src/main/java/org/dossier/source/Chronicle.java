package org.dossier.source;

import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.diag.SourceText;
import org.dossier.model.DossierDate;
import org.dossier.model.EntityKind;
import org.dossier.model.Event;
import org.dossier.model.EventKind;
import org.dossier.model.Figure;
import org.dossier.model.Quote;
import org.dossier.normalize.TextMatch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads content/events.yaml and content/figures.yaml: the dated events and the numbers the sources report,
 * each with the quote that supports it. What can be checked without the reading text is checked here; whether
 * the quote is in its paragraph is checked once the paragraphs exist.
 */
final class Chronicle {
    static final String EVENTS_FILE = "events.yaml";
    static final String FIGURES_FILE = "figures.yaml";

    static final Map<String, String> EVENT_FIELDS = Fields.spec(
            "id", "unafei-southeast-asia-since-2007",
            "date", "since 2007",
            "date_as_printed", "\"since 2007\"",
            "date_note", "How a year or month was read from the document's own date",
            "title", "A short neutral title",
            "kind", String.join(" | ", EventKind.ids()),
            "where", "Southeast Asia",
            "entities", "[unafei]",
            "document", "japan-profile-capacity-building",
            "paragraph", "3",
            "quote", "\"the exact words of the paragraph\"");

    static final Map<String, String> FIGURE_FIELDS = Fields.spec(
            "id", "unafei-participants-per-profile",
            "measure", "Participants in UNAFEI training programmes",
            "value", "5300",
            "qualifier", "more than",
            "unit", "officials",
            "scope", "from 137 countries/regions",
            "document", "japan-profile-capacity-building",
            "paragraph", "4",
            "quote", "\"more than 5,300 officials from 137 countries/regions\"");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    record Events(List<Event> events, List<QuoteClaim> claims) {
    }

    record Figures(List<Figure> figures, List<QuoteClaim> claims) {
    }

    private final YamlReader yaml;
    private final Registry registry;
    private final Map<String, String> seedOfDocument;
    private final java.util.Set<String> unreadable;
    private final Diagnostics diagnostics;

    /**
     * @param unreadable ids of documents whose metadata file exists but could not be read: its own errors say why, so
     *                   an event or figure citing one is not reported as citing an unknown document
     */
    Chronicle(YamlReader yaml, Registry registry, Map<String, String> seedOfDocument, java.util.Set<String> unreadable,
              Diagnostics diagnostics) {
        this.yaml = yaml;
        this.registry = registry;
        this.seedOfDocument = seedOfDocument;
        this.unreadable = unreadable;
        this.diagnostics = diagnostics;
    }

    /**
     * A word before an event's date as a sentence prints it: "On May 20", "in 2021", "since 2007", "as of July 2024".
     * An event's date was never compared with the words it quotes: "2 December 2024" beside date: 2024-12-03 put the
     * 3rd on the timeline, with "the source prints the date as “2 December 2024”" under it.
     */
    private static final java.util.regex.Pattern LEADING_WORD = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:on|in|since|from|as of|as at|by|no later than|not later than|until|till|dated|of)\\s+");

    /**
     * The limit that words before or after a date make of it: "since 2007" and "from 2007" start what goes on after
     * it; "until 2025" ends it; "by 2025" and "no later than 30 June 2025" give a deadline; "as of April 2024" the day a
     * state is told. Read as the date of the event, each put it on the timeline on a day the source does not give it.
     */
    private static final List<Map.Entry<java.util.regex.Pattern, DossierDate.Bound>> LIMITS = List.of(
            Map.entry(java.util.regex.Pattern.compile("(?i)^\\s*(?:since|from)\\s+|(?:以降|から)[、。,.]?\\s*$"), DossierDate.Bound.SINCE),
            Map.entry(java.util.regex.Pattern.compile("(?i)^\\s*(?:until|till)\\s+|(?<!までに)まで[、。,.]?\\s*$"), DossierDate.Bound.UNTIL),
            Map.entry(java.util.regex.Pattern.compile("(?i)^\\s*(?:by|no later than|not later than)\\s+|までに[、。,.]?\\s*$"), DossierDate.Bound.BY),
            Map.entry(java.util.regex.Pattern.compile("(?i)^\\s*(?:as of|as at)\\s+|(?:現在|時点で?)[、。,.]?\\s*$"), DossierDate.Bound.AS_OF));

    /** The limit the printed words make of their date, or none. */
    private static DossierDate.Bound limit(String asPrinted) {
        for (Map.Entry<java.util.regex.Pattern, DossierDate.Bound> l : LIMITS) {
            if (l.getKey().matcher(asPrinted).find()) {
                return l.getValue();
            }
        }
        return DossierDate.Bound.NONE;
    }

    /**
     * Whether the printed words give the limit anywhere before a date, not only first: "from 2019 until 2023" prints
     * "until" as well as "from", and "2019年から2023年まで" "から" as well as "まで".
     */
    private static boolean prints(String asPrinted, DossierDate.Bound bound) {
        return PRINTED.get(bound).matcher(asPrinted).find();
    }

    private static final String BEFORE_A_DATE = "\\s+(?:the\\s+end\\s+of\\s+)?(?:\\d|january|february|march|april|may|june|july|august"
            + "|september|october|november|december)";
    private static final Map<DossierDate.Bound, java.util.regex.Pattern> PRINTED = Map.of(
            DossierDate.Bound.SINCE, java.util.regex.Pattern.compile("(?i)(?<!\\p{L})(?:since|from)" + BEFORE_A_DATE + "|以降|から"),
            DossierDate.Bound.UNTIL, java.util.regex.Pattern.compile("(?i)(?<!\\p{L})(?:until|till)" + BEFORE_A_DATE + "|まで(?!に)"),
            DossierDate.Bound.BY, java.util.regex.Pattern.compile("(?i)(?<!\\p{L})(?:by|no later than|not later than)" + BEFORE_A_DATE + "|までに"),
            DossierDate.Bound.AS_OF, java.util.regex.Pattern.compile("(?i)(?<!\\p{L})(?:as of|as at)" + BEFORE_A_DATE + "|現在|時点"));

    Events readEvents(SourceText file) {
        List<Event> events = new ArrayList<>();
        List<QuoteClaim> claims = new ArrayList<>();
        Map<String, YamlNode> ids = new HashMap<>();
        for (YamlNode.Mapping m : entries(file)) {
            Fields f = new Fields(file, m, diagnostics, EVENT_FIELDS);
            Optional<String> id = id(f, ids);
            Optional<DossierDate> date = f.requiredText("date").flatMap(text -> {
                Optional<DossierDate> d = DossierDate.parseRange(text).filter(DossierDate::isStated);
                if (d.isEmpty()) {
                    f.error(f.at("date"), "invalid-date", "\"" + text + "\" is not a date",
                            "write YYYY-MM-DD, YYYY-MM or YYYY; \"since YYYY\" for an open range; \"until\", \"by\" or \"as of\" before one"
                                    + " where the source gives the date as such a limit; events are dated");
                }
                return d;
            });
            String asPrinted = f.optionalText("date_as_printed").orElse("");
            String dateNote = f.optionalText("date_note").orElse("");
            String title = f.requiredText("title").orElse("");
            Optional<EventKind> kind = f.requiredText("kind").flatMap(k -> {
                Optional<EventKind> known = EventKind.byId(k);
                if (known.isEmpty()) {
                    f.error(f.at("kind"), "invalid-value", "unknown event kind \"" + k + "\"", "use one of: " + String.join(", ", EventKind.ids()));
                }
                return known;
            });
            String where = f.optionalText("where").orElse("");
            List<String> entities = entityIds(f);
            Optional<QuoteClaim> claim = claim(f, file, m);
            // checked against the quote as written, so that they are reported with an unknown document, not after it
            quoteAsWritten(f).ifPresent(c -> {
                inQuote(f, "date_as_printed", asPrinted, c);
                inQuote(f, "where", where, c);
            });
            if (date.isPresent() && !asPrinted.isEmpty()) {
                // the words are a sentence's ("On May 20", "since 2007", "2025年までに"): read without the words that
                // lead to the date or follow it
                String read = DateChecks.LIMIT_AFTER.matcher(LEADING_WORD.matcher(asPrinted).replaceFirst("")).replaceFirst("");
                DateChecks.checkDateAsPrinted(f, date.get(), asPrinted, read);
                checkLimit(f, date.get(), asPrinted, read);
            }
            if (id.isPresent() && date.isPresent() && kind.isPresent() && claim.isPresent()) {
                events.add(new Event(id.get(), date.get(), asPrinted, dateNote, title, kind.get(), where, entities, claim.get().quote()));
                claims.add(claim.get());
            }
        }
        return new Events(events, claims);
    }

    /**
     * An event's date keeps the limit its printed words give, and gives none they do not: "date: 2007" for "since 2007"
     * put a single year on the timeline where the source gives a start, "date: 2025" for "by 2025" a deadline as the
     * day of the event.
     */
    private static void checkLimit(Fields f, DossierDate date, String asPrinted, String read) {
        DossierDate.Bound printedLimit = limit(asPrinted);
        Optional<DossierDate> printed = DossierDate.readPrinted(read);
        if (date.bound() == DossierDate.Bound.NONE && printedLimit != DossierDate.Bound.NONE) {
            if (printed.isPresent() && date.includes(printed.get())) {
                f.error(f.at("date"), "inconsistent", printedLimit == DossierDate.Bound.SINCE
                                ? "date " + date.iso() + " leaves out the start date_as_printed \"" + asPrinted + "\" gives: the timeline would show "
                                + date.display() + " alone"
                                : "date " + date.iso() + " leaves out the limit date_as_printed \"" + asPrinted + "\" gives: the timeline would show "
                                + date.display() + " as the event's date",
                        "write date: " + printed.get().bounded(printedLimit).written());
            }
        } else if (date.bound() != DossierDate.Bound.NONE && date.bound() != printedLimit && !prints(asPrinted, date.bound())) {
            f.error(f.at("date"), "inconsistent", "date " + date.written() + " gives \"" + date.bound().word() + "\", which date_as_printed \""
                            + asPrinted + "\" does not print",
                    "write date: " + printed.map(p -> p.bounded(printedLimit).written()).orElse(date.bounded(printedLimit).written()));
        }
    }

    Figures readFigures(SourceText file) {
        List<Figure> figures = new ArrayList<>();
        List<QuoteClaim> claims = new ArrayList<>();
        Map<String, YamlNode> ids = new HashMap<>();
        for (YamlNode.Mapping m : entries(file)) {
            Fields f = new Fields(file, m, diagnostics, FIGURE_FIELDS);
            Optional<String> id = id(f, ids);
            String measure = f.requiredText("measure").orElse("");
            Optional<BigDecimal> value = f.requiredText("value").flatMap(v -> {
                if (!NUMBER.matcher(v).matches()) {
                    f.error(f.at("value"), "wrong-type", "value \"" + v + "\" is not a plain number",
                            "write the number without commas or words, such as 5800 or 17000000");
                    return Optional.empty();
                }
                return Optional.of(new BigDecimal(v));
            });
            String qualifier = f.optionalText("qualifier").orElse("");
            String unit = f.requiredText("unit").orElse("");
            String scope = f.optionalText("scope").orElse("");
            Optional<QuoteClaim> claim = claim(f, file, m);
            // checked against the quote as written, so that they are reported with an unknown document, not after it
            quoteAsWritten(f).ifPresent(c -> {
                inQuote(f, "qualifier", qualifier, c);
                inQuote(f, "unit", unit, c);
                inQuote(f, "scope", scope, c);
                value.ifPresent(v -> {
                    if (!statesNumber(c, v)) {
                        f.error(f.at("value"), "not-in-quote", "the quote does not state the value " + v.toPlainString(),
                                "the quote must contain the number as the source prints it (5,800, 17 million)");
                    } else if (qualifier.isEmpty()) {
                        qualifierKept(f, v, c);
                    }
                });
            });
            if (id.isPresent() && value.isPresent() && claim.isPresent()) {
                figures.add(new Figure(id.get(), measure, value.get(), qualifier, unit, scope, claim.get().quote()));
                claims.add(claim.get());
            }
        }
        return new Figures(figures, claims);
    }

    /** Whether the quote prints the number: as digits (with or without separators) or as "N million"/"N billion". */
    static boolean statesNumber(String quote, BigDecimal value) {
        return org.dossier.model.Figure.printed(quote, value).isPresent();
    }

    private List<YamlNode.Mapping> entries(SourceText file) {
        Optional<YamlNode> root = yaml.read(file, diagnostics);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof YamlNode.Sequence list)) {
            diagnostics.add(Diagnostic.error(file, root.get().line(), root.get().column(), "wrong-type",
                    "the file must be a list of entries, not " + root.get().typeName(), "start each entry with \"- id: \""));
            return List.of();
        }
        List<YamlNode.Mapping> out = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.Mapping m) {
                out.add(m);
            } else {
                diagnostics.add(Diagnostic.error(file, item.line(), item.column(), "wrong-type",
                        "each entry must be a mapping of fields, not " + item.typeName(), "start each entry with \"- id: \""));
            }
        }
        return out;
    }

    private Optional<String> id(Fields f, Map<String, YamlNode> seen) {
        Optional<String> id = f.requiredText("id");
        if (id.isEmpty()) {
            return id;
        }
        if (!ID.matcher(id.get()).matches()) {
            f.error(f.at("id"), "invalid-id", "\"" + id.get() + "\" is not a valid id", "use lower-case letters, digits and single hyphens");
            return Optional.empty();
        }
        YamlNode earlier = seen.putIfAbsent(id.get(), f.at("id"));
        if (earlier != null) {
            f.error(f.at("id"), "duplicate-id", "id \"" + id.get() + "\" is already used on line " + earlier.line(), "give each entry its own id");
            return Optional.empty();
        }
        return id;
    }

    private List<String> entityIds(Fields f) {
        List<String> out = new ArrayList<>();
        for (YamlNode.Scalar e : f.optionalTextList("entities").orElse(List.of())) {
            if (registry.byId(e.text()).filter(l -> l.entity().kind() != EntityKind.TOPIC).isEmpty() && !registry.clashes(e.text())
                    && !registry.unread(EntityKind.ORGANIZATION) && !registry.unread(EntityKind.PERSON)) {
                List<String> close = new ArrayList<>();
                for (EntityKind k : List.of(EntityKind.ORGANIZATION, EntityKind.PERSON)) {
                    registry.closest(e.text(), k).stream().limit(2).forEach(l -> close.add(l.entity().id()));
                }
                f.error(e, "unknown-entity", "unknown organisation or person id \"" + e.text() + "\"",
                        close.isEmpty() ? "no organisation or person is named or spelt close to it: add it to content/organizations.yaml or content/people.yaml" : "closest ids: " + String.join(", ", close));
            } else {
                out.add(e.text());
            }
        }
        return out;
    }

    private Optional<QuoteClaim> claim(Fields f, SourceText file, YamlNode.Mapping m) {
        Optional<String> document = f.requiredText("document");
        Optional<Integer> paragraph = f.countOrNotStated("paragraph", true).filter(p -> p >= 1);
        if (f.has("paragraph") && paragraph.isEmpty() && f.node("paragraph") instanceof YamlNode.Scalar s && s.text().equals("not stated")) {
            f.error(f.at("paragraph"), "wrong-type", "paragraph must be a paragraph number", "give the N of the paragraph's #p-N anchor");
        }
        Optional<String> quote = f.requiredText("quote");
        if (document.isPresent() && unreadable.contains(document.get())) {
            return Optional.empty();
        }
        if (document.isPresent() && !seedOfDocument.containsKey(document.get())) {
            String hint = Fields.closestDocument(document.get(), seedOfDocument.keySet(), unreadable).map(c -> "did you mean \"" + c + "\"?")
                    .orElse("give the id of a document in content/documents/ (its file name without .yaml or .md)");
            f.error(f.at("document"), "unknown-document", "unknown document id \"" + document.get() + "\"", hint);
            return Optional.empty();
        }
        if (document.isEmpty() || paragraph.isEmpty() || quote.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuoteClaim(new Quote(document.get(), paragraph.get(), quote.get()), file, f.at("quote"), f.at("paragraph")));
    }

    /**
     * A figure given without a qualifier must be one the quote prints without one: value 5800 beside "More than 5,800
     * trainees" showed exactly 5800. The first place the quote prints the value decides.
     */
    private static void qualifierKept(Fields f, BigDecimal value, String quote) {
        String normal = TextMatch.normalize(quote);
        PrintedNumbers.Folded folded = PrintedNumbers.Folded.of(normal);
        for (PrintedNumbers.Found n : PrintedNumbers.found(folded.text())) {
            if (BigDecimal.valueOf(n.value()).compareTo(value) != 0) {
                continue;
            }
            CountQualifiers.around(folded.text(), n.start(), n.end(), i -> false).ifPresent(q -> {
                int[] from = folded.from();
                String words = normal.substring(from[Math.min(q.start(), n.start())], from[Math.max(q.end(), n.end())]);
                String qualifier = normal.substring(from[q.start()], from[q.end()]).strip();
                f.error(f.at("value"), "qualifier-left-out", "value " + value.toPlainString() + " leaves out \"" + qualifier
                                + "\", which the quote prints with it: \"" + words + "\"",
                        "write qualifier: " + qualifier + ", so that the figure is shown as the source gives it, not as exact");
            });
            return;
        }
    }

    /** The quote's text when it is given as text (anything else is reported where the quote is read). */
    private static Optional<String> quoteAsWritten(Fields f) {
        return f.node("quote") instanceof YamlNode.Scalar q && !q.text().isEmpty() ? Optional.of(q.text()) : Optional.empty();
    }

    private static void inQuote(Fields f, String field, String text, String quote) {
        if (text.isEmpty()) {
            return;
        }
        TextMatch.Occurrence found = TextMatch.find(text, quote);
        if (found.isAbsent()) {
            f.error(f.at(field), "not-in-quote", field + " \"" + text + "\" is not in the quote",
                    "quote the words that state it, or leave " + field + " out");
        } else {
            Validator.wholeWords(f, f.at(field), field, text, found, "the quote");
        }
    }

}
