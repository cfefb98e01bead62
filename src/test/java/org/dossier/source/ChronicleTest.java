package org.dossier.source;

import org.dossier.diag.BuildFailure;
import org.dossier.model.Event;
import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events and figures: every quote is checked against the paragraph it cites. */
class ChronicleTest {
    @TempDir
    Path dir;

    static final String SEED = """
            Statement on Cooperation

            Japan has supported training since 2007. More than 5,800 trainees from 139 countries and regions took part.

            In 2016, Japan held a seminar in Malaysia.

            Japan allocated approximately 17 million US dollars.
            """;

    static final String EVENTS = """
            - id: training
              date: since 2007
              date_as_printed: "since 2007"
              title: Training
              kind: training
              entities: []
              document: statement
              paragraph: 2
              quote: "Japan has supported training since 2007"
            - id: seminar
              date: "2016"
              title: Seminar
              kind: seminar
              where: Malaysia
              entities: []
              document: statement
              paragraph: 3
              quote: "In 2016, Japan held a seminar in Malaysia"
            """;

    private FixtureSite site() {
        return FixtureSite.minimal(dir).write("seeds/a.txt", SEED).write("content/events.yaml", EVENTS);
    }

    private static String headlines(BuildFailure f) {
        return f.report().lines().filter(l -> l.matches("^[^ ].*:\\d+:\\d+: .*") || l.startsWith("validate") || l.startsWith("model"))
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    @Test
    void aCorrectQuotePasses() {
        site().build();
    }

    @Test
    void anEventsDateMustBeTheDateItsPrintedWordsState() {
        // found by a new user: "date: since 2008" beside date_as_printed "since 2007", or a day the words do not give,
        // built, and the timeline dated the event as no source does; a document's date was checked so, an event's not
        FixtureSite site = site().write("content/events.yaml", EVENTS.replace("date: since 2007", "date: since 2008")
                .replace("date: \"2016\"", "date: 2016-05-01\n  date_as_printed: \"2016\""));
        assertEquals("""
                content/events.yaml:2:9: error [inconsistent] date since 2008 differs from date_as_printed "since 2007", which states 2007
                  2 |   date: since 2008
                    |         ^
                  hint: write the date the source prints: date: since 2007; or, if the source prints since 2008 as its date, quote those words in date_as_printed
                content/events.yaml:11:9: error [inconsistent] date 2016-05-01 is more precise than date_as_printed "2016", which states a year only
                  11 |   date: 2016-05-01
                     |         ^
                  hint: write no more than the source prints: date: 2016
                validate: 2 errors; nothing was written
                """, assertThrows(BuildFailure.class, site::build).report());
    }

    @Test
    void anEventsDatePrintedAsAStartKeepsItsSince() {
        // noticed in review: "date: 2007" beside date_as_printed "since 2007" built, as the word before the date is left
        // aside, and the timeline showed the single year 2007 where the source gives a start
        FixtureSite site = site().write("content/events.yaml", EVENTS.replace("date: since 2007", "date: 2007"));
        assertEquals("""
                content/events.yaml:2:9: error [inconsistent] date 2007 leaves out the start date_as_printed "since 2007" gives: the timeline would show 2007 alone
                  2 |   date: 2007
                    |         ^
                  hint: write date: since 2007
                validate: 1 error; nothing was written
                """, assertThrows(BuildFailure.class, site::build).report());
    }

    /** The fixture with a paragraph of bounds (5), and one event quoting it, dated as given. */
    private FixtureSite bounded(String name, String date, String asPrinted, String quote) {
        return FixtureSite.minimal(dir.resolve(name)).write("seeds/a.txt", SEED + """

                The review is to end by 2025. Reports are due no later than 30 June 2025. The programme runs until 2025. As of April 2024, 40 States took part. 報告は2025年までに提出する。2024年4月現在、40か国が参加している。
                """).write("content/events.yaml", """
                - id: bound
                  date: %s
                  date_as_printed: "%s"
                  title: Bound
                  kind: training
                  entities: []
                  document: statement
                  paragraph: 5
                  quote: "%s"
                """.formatted(date, asPrinted, quote));
    }

    @Test
    void anEventsDatePrintedAsALimitKeepsItsWordOfLimit() {
        // "by 2025", "until 2025", "as of April 2024" were read as the event's date: date: 2025 built, and the timeline
        // dated the event 2025 where the source gives a limit; "no later than 30 June 2025" beside any date built unread
        assertEquals("""
                content/events.yaml:2:9: error [inconsistent] date 2025 leaves out the limit date_as_printed "by 2025" gives: the timeline would show 2025 as the event's date
                  2 |   date: 2025
                    |         ^
                  hint: write date: by 2025
                validate: 1 error; nothing was written
                """, assertThrows(BuildFailure.class, bounded("by", "2025", "by 2025", "The review is to end by 2025")::build).report());
        assertEquals("""
                content/events.yaml:2:9: error [inconsistent] date 2025-06-30 leaves out the limit date_as_printed "no later than 30 June 2025" gives: the timeline would show 30 June 2025 as the event's date
                  2 |   date: 2025-06-30
                    |         ^
                  hint: write date: by 2025-06-30
                validate: 1 error; nothing was written
                """, assertThrows(BuildFailure.class, bounded("later", "2025-06-30", "no later than 30 June 2025",
                "Reports are due no later than 30 June 2025")::build).report());
        assertEquals("""
                content/events.yaml:2:9: error [inconsistent] date 2024-04 leaves out the limit date_as_printed "As of April 2024" gives: the timeline would show April 2024 as the event's date
                  2 |   date: 2024-04
                    |         ^
                  hint: write date: as of 2024-04
                validate: 1 error; nothing was written
                """, assertThrows(BuildFailure.class, bounded("as-of", "2024-04", "As of April 2024", "As of April 2024, 40 States took part")::build).report());
        assertEquals("""
                content/events.yaml:2:9: error [inconsistent] date 2025 leaves out the limit date_as_printed "2025年までに" gives: the timeline would show 2025 as the event's date
                  2 |   date: 2025
                    |         ^
                  hint: write date: by 2025
                validate: 1 error; nothing was written
                """, assertThrows(BuildFailure.class, bounded("made", "2025", "2025年までに", "報告は2025年までに提出する")::build).report());
        // a limit the words do not print is none: "until" beside "by 2025"
        assertEquals("""
                content/events.yaml:2:9: error [inconsistent] date until 2025 gives "until", which date_as_printed "by 2025" does not print
                  2 |   date: until 2025
                    |         ^
                  hint: write date: by 2025
                validate: 1 error; nothing was written
                """, assertThrows(BuildFailure.class, bounded("other", "until 2025", "by 2025", "The review is to end by 2025")::build).report());
        bounded("by-ok", "by 2025", "by 2025", "The review is to end by 2025").build();
        bounded("later-ok", "by 2025-06-30", "no later than 30 June 2025", "Reports are due no later than 30 June 2025").build();
        bounded("until-ok", "until 2025", "until 2025", "The programme runs until 2025").build();
        bounded("as-of-ok", "as of 2024-04", "As of April 2024", "As of April 2024, 40 States took part").build();
        bounded("made-ok", "by 2025", "2025年までに", "報告は2025年までに提出する").build();
        bounded("genzai-ok", "as of 2024-04", "2024年4月現在", "2024年4月現在、40か国が参加している").build();
    }

    @Test
    void aLimitPrintedAfterAnotherWordOfLimitIsPrintedToo() {
        // "from 2019 until 2023" prints "until": date: until 2023 stopped the build as a limit the words do not print,
        // with the hint "write date: since 2023", a start the source does not give
        FixtureSite.minimal(dir.resolve("from-until")).write("seeds/a.txt", SEED + """

                The programme ran from 2019 until 2023. 計画は2019年から2023年まで続いた。
                """).write("content/events.yaml", """
                - id: ran
                  date: until 2023
                  date_as_printed: "from 2019 until 2023"
                  title: Ran
                  kind: training
                  entities: []
                  document: statement
                  paragraph: 5
                  quote: "The programme ran from 2019 until 2023"
                - id: ran-ja
                  date: until 2023
                  date_as_printed: "2019年から2023年まで"
                  title: Ran
                  kind: training
                  entities: []
                  document: statement
                  paragraph: 5
                  quote: "計画は2019年から2023年まで続いた"
                """).build();
    }

    @Test
    void anUnknownDocumentIsToldAsAnIdOfEitherKindOfFile() {
        // a Markdown document's id is its file name without .md: the hint named .yaml only
        FixtureSite site = site().write("content/events.yaml", EVENTS.replace("document: statement\n  paragraph: 3", "document: zzzzzzzz-qqqq\n  paragraph: 3"));
        assertEquals("  hint: give the id of a document in content/documents/ (its file name without .yaml or .md)",
                assertThrows(BuildFailure.class, site::build).report().lines().filter(l -> l.startsWith("  hint")).findFirst().orElseThrow());
    }

    @Test
    void anAlteredQuoteFailsWithItsPlaceAndTheParagraphToCopyFrom() {
        FixtureSite site = site().write("content/events.yaml", EVENTS.replace("In 2016, Japan held a seminar in Malaysia", "In 2016, Japan hosted a seminar in Malaysia"));
        BuildFailure f = assertThrows(BuildFailure.class, site::build);
        assertEquals("""
                content/events.yaml:18:10: error [quote-not-found] the quote does not occur in paragraph 3 of "statement"
                  18 |   quote: "In 2016, Japan hosted a seminar in Malaysia"
                     |          ^
                  hint: copy the words exactly from documents/statement/index.html#p-3, which begins: "In 2016, Japan held a seminar in Malaysia."
                model: 1 error; nothing was written
                """, f.report());
    }

    @Test
    void typographicQuotesAndSpacesDoNotMatterInAQuote() {
        site().write("seeds/a.txt", SEED.replace("Japan has supported", "Japan\u2019s  partners have supported"))
                .write("content/events.yaml", EVENTS.replace("Japan has supported training since 2007", "Japan's partners have supported training since 2007"))
                .build();
    }

    @Test
    void aParagraphThatDoesNotExist() {
        FixtureSite site = site().write("content/events.yaml", EVENTS.replace("paragraph: 3", "paragraph: 30"));
        assertEquals("content/events.yaml:17:14: error [unknown-paragraph] document \"statement\" has no paragraph 30 (it has 1 to 4)\nmodel: 1 error; nothing was written",
                headlines(assertThrows(BuildFailure.class, site::build)));
    }

    @Test
    void placeDateAndValueMustBeInTheQuote() {
        FixtureSite site = site().write("content/events.yaml", EVENTS.replace("where: Malaysia", "where: India")
                .replace("date_as_printed: \"since 2007\"", "date_as_printed: \"from 2007\""))
                .write("content/figures.yaml", """
                        - id: trainees
                          measure: Participants
                          value: 5300
                          qualifier: More than
                          unit: trainees
                          document: statement
                          paragraph: 2
                          quote: "More than 5,800 trainees"
                        """);
        assertEquals("""
                content/events.yaml:3:20: error [not-in-quote] date_as_printed "from 2007" is not in the quote
                content/events.yaml:14:10: error [not-in-quote] where "India" is not in the quote
                content/figures.yaml:3:10: error [not-in-quote] the quote does not state the value 5300
                validate: 3 errors; nothing was written""", headlines(assertThrows(BuildFailure.class, site::build)));
    }

    /** A figure of the fixture's statement: its value, qualifier (or none) and quote. */
    private FixtureSite figure(String name, String value, String qualifier, String quote) {
        return FixtureSite.minimal(dir.resolve(name)).write("seeds/a.txt", SEED).write("content/events.yaml", EVENTS).write("content/figures.yaml", """
                - id: trainees
                  measure: Participants
                  value: %s
                %s  unit: trainees
                  document: statement
                  paragraph: 2
                  quote: "%s"
                """.formatted(value, qualifier.isEmpty() ? "" : "  qualifier: " + qualifier + "\n", quote));
    }

    @Test
    void aFiguresQualifierThatTheQuotePrintsWithTheValueMustBeGiven() {
        // value: 5800 without its qualifier beside "More than 5,800 trainees" built, and the page showed exactly 5800
        assertEquals("""
                content/figures.yaml:3:10: error [qualifier-left-out] value 5800 leaves out "More than", which the quote prints with it: "More than 5,800"
                  3 |   value: 5800
                    |          ^
                  hint: write qualifier: More than, so that the figure is shown as the source gives it, not as exact
                validate: 1 error; nothing was written
                """, assertThrows(BuildFailure.class, figure("left-out", "5800", "", "More than 5,800 trainees")::build).report());
        assertEquals("""
                content/figures.yaml:3:10: error [qualifier-left-out] value 17000000 leaves out "approximately", which the quote prints with it: "approximately 17 million"
                  3 |   value: 17000000
                    |          ^
                  hint: write qualifier: approximately, so that the figure is shown as the source gives it, not as exact
                validate: 1 error; nothing was written
                """, assertThrows(BuildFailure.class, FixtureSite.minimal(dir.resolve("million")).write("seeds/a.txt", SEED).write("content/figures.yaml", """
                - id: budget
                  measure: Budget
                  value: 17000000
                  unit: US dollars
                  document: statement
                  paragraph: 4
                  quote: "Japan allocated approximately 17 million US dollars"
                """)::build).report());
        figure("given", "5800", "More than", "More than 5,800 trainees").build();
        // a number the quote prints with no qualifier needs none; nor does one the qualifier goes with another's
        figure("none", "139", "", "More than 5,800 trainees from 139 countries and regions").build();
    }

    @Test
    void anEventsDateMustBeTheDateItsQuotePrints() {
        // found by a contributor: date: 2024-12-03 beside date_as_printed "2 December 2024" built, and the timeline gave
        // "3 December 2024" with "the source prints the date as “2 December 2024”" under it
        // (the word that leads to the date, "In", is left aside; "since" is kept: anEventsDateMustBeTheDateItsPrintedWordsState)
        FixtureSite site = site().write("content/events.yaml", EVENTS.replace("date: \"2016\"", "date: \"2015\"\n  date_as_printed: \"In 2016\""));
        assertEquals("""
                content/events.yaml:11:9: error [inconsistent] date 2015 differs from date_as_printed "In 2016", which states 2016
                validate: 1 error; nothing was written""", headlines(assertThrows(BuildFailure.class, site::build)));
        site.write("content/events.yaml", EVENTS.replace("date: \"2016\"", "date: \"2016\"\n  date_as_printed: \"In 2016\"")).build();
    }

    @Test
    void aPlaceCutFromALongerWordIsNotInTheQuote() {
        FixtureSite site = site().write("content/events.yaml", EVENTS.replace("where: Malaysia", "where: Malay"));
        BuildFailure f = assertThrows(BuildFailure.class, site::build);
        assertEquals("""
                content/events.yaml:14:10: error [part-of-word] where "Malay" occurs in the quote only inside longer words: "Malaysia"
                validate: 1 error; nothing was written""", headlines(f));
    }

    @Test
    void aQuoteCutFromALongerWordIsNotTheParagraphs() {
        FixtureSite quote = site().write("content/events.yaml", EVENTS
                .replace("quote: \"In 2016, Japan held a seminar in Malaysia\"", "quote: \"n 2016, Japan held a seminar in Malaysia\""));
        assertEquals("""
                content/events.yaml:18:10: error [part-of-word] the quote occurs in paragraph 3 of "statement" only inside longer words: "In 2016, Japan held a seminar in Malaysia"
                  18 |   quote: "n 2016, Japan held a seminar in Malaysia"
                     |          ^
                  hint: quote whole words, as the source prints them ("In 2016, Japan held a seminar in Malaysia"): words cut from longer ones say something else
                model: 1 error; nothing was written
                """, assertThrows(BuildFailure.class, quote::build).report());
    }

    @Test
    void aFootnoteMarkPrintedAgainstTheLastWordLeavesTheQuoteWhole() {
        // a PDF's text prints the footnote's number against the word, "Malaysia1": the quote was part-of-word, and the
        // hint said to quote the number with the words
        site().write("seeds/a.txt", SEED.replace("seminar in Malaysia.", "seminar in Malaysia1.") + "\n1 A footnote.\n").build();
    }

    @Test
    void unknownDocumentEntityAndKind() {
        FixtureSite site = site().write("content/events.yaml", EVENTS.replace("document: statement\n  paragraph: 3", "document: statment\n  paragraph: 3")
                .replace("kind: seminar", "kind: conference").replace("entities: []\n  document: statment", "entities: [nobody]\n  document: statment"));
        assertEquals("""
                content/events.yaml:13:9: error [invalid-value] unknown event kind "conference"
                content/events.yaml:15:14: error [unknown-entity] unknown organisation or person id "nobody"
                content/events.yaml:16:13: error [unknown-document] unknown document id "statment"
                validate: 3 errors; nothing was written""", headlines(assertThrows(BuildFailure.class, site::build)));
        // the hint listed the two organisations and two people least far from "nobody", however far
        assertTrue(assertThrows(BuildFailure.class, site::build).report().contains("""
                  hint: no organisation or person is named or spelt close to it: add it to content/organizations.yaml or content/people.yaml
                """), "hint for nobody");
    }

    @Test
    void aFigureWithAnUnknownDocumentHasItsValueCheckedAgainstItsQuoteAtOnce() {
        FixtureSite site = site().write("content/figures.yaml", """
                - id: trainees
                  measure: Participants
                  value: 5300
                  unit: trainees
                  document: statment
                  paragraph: 2
                  quote: "More than 5,800 trainees"
                """);
        assertEquals("""
                content/figures.yaml:3:10: error [not-in-quote] the quote does not state the value 5300
                content/figures.yaml:5:13: error [unknown-document] unknown document id "statment"
                validate: 2 errors; nothing was written""", headlines(assertThrows(BuildFailure.class, site::build)));
    }

    @Test
    void numbersAreReadAsTheSourcePrintsThem() {
        assertTrue(Chronicle.statesNumber("more than 5,800 trainees", new BigDecimal("5800")));
        assertTrue(Chronicle.statesNumber("approximately 17 million US dollars", new BigDecimal("17000000")));
        assertTrue(Chronicle.statesNumber("from 139 countries", new BigDecimal("139")));
        assertFalse(Chronicle.statesNumber("more than 5,800 trainees", new BigDecimal("580")));
    }

    @Test
    void eventsOfMixedPrecisionSortChronologically() {
        FixtureSite site = site().write("content/events.yaml", EVENTS + """
                - id: exact
                  date: 2016-05-03
                  title: Exact day
                  kind: other
                  entities: []
                  document: statement
                  paragraph: 3
                  quote: "In 2016"
                - id: month
                  date: 2016-05
                  title: A month
                  kind: other
                  entities: []
                  document: statement
                  paragraph: 3
                  quote: "In 2016"
                - id: early
                  date: "2007"
                  title: A year
                  kind: other
                  entities: []
                  document: statement
                  paragraph: 2
                  quote: "since 2007"
                """);
        site.build();
        Input input = new Validator().validate(new SourceLoader().load(site.inputs()));
        List<String> order = input.events().stream().sorted(org.dossier.model.Dossier.CHRONOLOGICAL).map(Event::id).toList();
        assertEquals(List.of("early", "training", "seminar", "month", "exact"), order);
    }
}
