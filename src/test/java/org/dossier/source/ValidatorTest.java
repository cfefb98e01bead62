package org.dossier.source;

import org.dossier.diag.BuildFailure;
import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every metadata problem is reported as file:line:column with a hint; the texts are what users read. */
class ValidatorTest {
    @TempDir
    Path dir;

    private String failure(FixtureSite site) {
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        return failure.report();
    }

    private String failureWithDocument(String yaml) {
        return failure(FixtureSite.minimal(dir).write("content/documents/statement.yaml", yaml));
    }

    @Test
    void yamlSyntaxError() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("title: Statement on Cooperation", "title: Statement: on Cooperation"));
        assertEquals("""
                content/documents/statement.yaml:3:17: error [yaml-syntax] invalid YAML: a second ": " on this line, inside the value: YAML reads ": " as the end of a field's name
                  3 | title: Statement: on Cooperation
                    |                 ^
                  hint: put the value in quotes, such as: title: "Remarks: the Court"
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void missingRequiredField() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("title: Statement on Cooperation\n", ""));
        assertEquals("""
                content/documents/statement.yaml:1:1: error [missing-field] missing required field "title"
                  1 | seed: a.txt
                    | ^
                  hint: add a line such as: title: The document's title
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void unknownFieldSuggestsTheClosestName() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("venue:", "venu:"));
        assertEquals("""
                content/documents/statement.yaml:7:1: error [unknown-field] unknown field "venu"
                  7 | venu: not stated
                    | ^
                  hint: did you mean "venue"?
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void anUnknownFieldBesideTheFieldItIsATypoOfSaysSo() {
        // "did you mean \"title\"?" alone led to a file with title twice, which YAML refuses
        String report = failureWithDocument(FixtureSite.GOOD_DOC + "titel: Another title\n");
        assertEquals("""
                content/documents/statement.yaml:11:1: error [unknown-field] unknown field "titel"
                  11 | titel: Another title
                     | ^
                  hint: did you mean "title"? "title" is given already, on line 3: keep the one of the two values that is right, and remove the other line
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void aNameCopiedWithItsHtmlEntitiesIsToBeWrittenAsThePageShowsIt() {
        // the seed prints "Women&rsquo;s Museum(WAM)", which the check reads as the page shows it, "Women’s Museum(WAM)":
        // the hint "copy the name exactly as the letter prints it" led back to the entity, refused again
        String report = failure(FixtureSite.withLetter(dir)
                .write("seeds/letter.txt", FixtureSite.LETTER_SEED.replace("Women’s Museum(WAM)", "Women&rsquo;s Museum(WAM)"))
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC.replace("\"Women's Museum(WAM)\"", "\"Women&rsquo;s Museum(WAM)\"")));
        assertEquals("""
                content/documents/letter.yaml:19:5: warning [unlisted-name] the letter prints "Women’s Museum(WAM)" (seed letter.txt, line 14) among the names it lists, and the signatures leave it out
                  19 |     - {as_signed: "Women&rsquo;s Museum(WAM)", org: womens-museum}
                     |     ^
                  hint: add it where it stands in the letter's list, exactly as printed; if it is not a signatory (a heading, an address), nothing needs to change
                content/documents/letter.yaml:19:19: error [not-in-source] as-signed name "Women&rsquo;s Museum(WAM)" does not occur in seed letter.txt
                  19 |     - {as_signed: "Women&rsquo;s Museum(WAM)", org: womens-museum}
                     |                   ^
                  hint: write the HTML entities as the characters the page shows for them: "Women’s Museum(WAM)"; copy the name exactly as the letter prints it, misspellings included
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void valueOfTheWrongType() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("sections: [icc-support]", "sections: icc-support")
                .replace("title: Statement on Cooperation", "title: [Statement]"));
        assertEquals("""
                content/documents/statement.yaml:3:8: error [wrong-type] field "title" must be text, not a list
                  3 | title: [Statement]
                    |        ^
                  hint: write it on one line, such as: title: The document's title
                content/documents/statement.yaml:8:11: error [wrong-type] field "sections" must be a list, not text
                  8 | sections: icc-support
                    |           ^
                  hint: write it as sections: [capacity-building, icc-support, ngo-appeals]
                validate: 2 errors; nothing was written
                """, report);
    }

    @Test
    void seedThatDoesNotExist() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("seed: a.txt", "seed: b.txt"));
        assertEquals("""
                content/documents/statement.yaml:1:7: error [missing-seed] seed file "b.txt" does not exist in seeds/
                  1 | seed: b.txt
                    |       ^
                  hint: did you mean "a.txt"?
                validate: 1 error; nothing was written
                """, report);
    }

    /** The SHA-256 of the fixture's seed as received. */
    private static String seedSha256() {
        return Input.Digest.of(FixtureSite.GOOD_SEED.getBytes(java.nio.charset.StandardCharsets.UTF_8)).sha256();
    }

    @Test
    void aSeedWhoseMetadataRecordsItsSha256MustStillHaveIt() {
        FixtureSite site = FixtureSite.minimal(dir).write("content/documents/statement.yaml",
                FixtureSite.GOOD_DOC.replace("seed: a.txt", "seed: a.txt\nsha256: " + seedSha256()));
        site.build();
        site.write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Tokyo", "Kyoto"));
        String changed = Input.Digest.of(FixtureSite.GOOD_SEED.replace("Tokyo", "Kyoto").getBytes(java.nio.charset.StandardCharsets.UTF_8)).sha256();
        assertEquals("content/documents/statement.yaml:2:9: error [seed-changed] seed \"a.txt\" has changed since its metadata recorded it:"
                        + " its SHA-256 is now " + changed + "\n"
                        + "  2 | sha256: " + seedSha256() + "\n"
                        + "    |         ^\n"
                        + "  hint: a source is never edited: restore the file (git checkout -- seeds/a.txt); if it was replaced on purpose by a"
                        + " newer version of the source, record its new SHA-256 here\n"
                        + "validate: 1 error; nothing was written\n", failure(site));
    }

    @Test
    void theSeedChangedHintQuotesASeedNameWithASpaceSoItsCommandRuns() {
        // found by a new user: a seed named "2026 press release.txt" got the hint "git checkout -- seeds/2026 press
        // release.txt", which the shell reads as three paths
        FixtureSite site = FixtureSite.minimal(dir).write("seeds/a b's.txt", FixtureSite.GOOD_SEED)
                .write("content/documents/statement.yaml",
                        FixtureSite.GOOD_DOC.replace("seed: a.txt", "seed: a b's.txt\nsha256: " + seedSha256()));
        site.build();
        site.write("seeds/a b's.txt", FixtureSite.GOOD_SEED.replace("Tokyo", "Kyoto"));
        assertEquals("  hint: a source is never edited: restore the file (git checkout -- 'seeds/a b'\\''s.txt'); if it was replaced on"
                + " purpose by a newer version of the source, record its new SHA-256 here", failure(site).lines().skip(3).findFirst().orElseThrow());
    }

    @Test
    void anEmptyKindIsNotToldToBeNotStated() {
        // found by a new user: "kind:" left empty got the hint to write "not stated", which kind does not take
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("kind: statement", "kind:"));
        assertEquals("""
                content/documents/statement.yaml:2:6: error [empty-value] field "kind" is empty
                  2 | kind:
                    |      ^
                  hint: write a value, one of: statement, speech, profile, joint-letter, letter, report, press-release
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void anEmptyVenueIsToldItMayBeNotStated() {
        assertEquals("  hint: write a value, or \"not stated\" where the source does not say",
                failureWithDocument(FixtureSite.GOOD_DOC.replace("venue: not stated", "venue: ''")).lines().skip(3).findFirst().orElseThrow());
    }

    @Test
    void aSha256ThatIsNotOneIsSaidSo() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("seed: a.txt", "seed: a.txt\nsha256: 12ab"));
        assertEquals("content/documents/statement.yaml:2:9: error [invalid-value] \"12ab\" is not a SHA-256 (64 hexadecimal digits)",
                report.lines().findFirst().orElseThrow());
    }

    @Test
    void aFileNamedYmlIsNotPassedOverInSilence() throws java.io.IOException {
        // found by a new user: content/documents/statement.yml was not read, and its document was missing from the
        // site with no word but the seed's unpublished-seed warning, whose hint names a .yaml file; content/events.yml
        // was not read either, and the timeline was empty with no word at all
        FixtureSite site = FixtureSite.minimal(dir);
        java.nio.file.Files.move(site.root().resolve("content/documents/statement.yaml"), site.root().resolve("content/documents/statement.yml"));
        assertEquals("""
                content/documents/statement.yml:1:1: error [invalid-id] the file "statement.yml" is not read: a document's metadata file is named <id>.yaml
                  hint: rename it statement.yaml
                load: 1 error; nothing was written
                """, failure(site));
        java.nio.file.Files.move(site.root().resolve("content/documents/statement.yml"), site.root().resolve("content/documents/statement.yaml"));
        site.write("content/events.yml", "[]\n");
        assertEquals("""
                content/events.yml:1:1: error [missing-file] the file "events.yml" is not read: the generator reads events.yaml
                  hint: rename it events.yaml
                load: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void dateThatIsNotADate() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: 7/12/2023"));
        assertEquals("""
                content/documents/statement.yaml:4:7: error [invalid-date] "7/12/2023" is not a date
                  4 | date: 7/12/2023
                    |       ^
                  hint: write YYYY-MM-DD, YYYY-MM or YYYY (the form gives the precision), or "not stated"; keep the source's own wording in date_as_printed
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void aDateWrittenAsASourcePrintsItIsGivenInTheHintAsDateWritesIt() {
        // found by review: "date: 2023/12/7" or "date: 令和6年5月30日" was told to "write YYYY-MM-DD", with no word of
        // which date that is; 7/12/2023 (7 December or 12 July) is never guessed, and keeps the hint above
        String report = failure(FixtureSite.minimal(dir).write("seeds/a.txt", FixtureSite.GOOD_SEED + "\n2023/12/7\n")
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: 2023/12/7")));
        assertEquals("""
                content/documents/statement.yaml:4:7: error [invalid-date] "2023/12/7" is not a date
                  4 | date: 2023/12/7
                    |       ^
                  hint: write it as 2023-12-07 (YYYY-MM-DD, YYYY-MM or YYYY: the form gives the precision); keep the source's own wording, "2023/12/7", in date_as_printed
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void aDateWrittenAsTheSourceDoesNotPrintItIsNotOfferedAsDateAsPrinted() {
        // found by a new user: "date: 2024-6-11" was told to keep "2024-6-11" in date_as_printed, which the source does
        // not print, and doing so stopped the next build with not-in-source
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: 2023/12/7"));
        assertEquals("""
                content/documents/statement.yaml:4:7: error [invalid-date] "2023/12/7" is not a date
                  4 | date: 2023/12/7
                    |       ^
                  hint: write it as 2023-12-07 (YYYY-MM-DD, YYYY-MM or YYYY: the form gives the precision); date_as_printed, if given, quotes the date as the source prints it, which "2023/12/7" is not
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void aMonthWrittenAsASourcePrintsItIsGivenInTheHintAtItsPrecision() {
        assertEquals("  hint: write it as 2023-12 (YYYY-MM-DD, YYYY-MM or YYYY: the form gives the precision); keep the source's own"
                        + " wording, \"December 2023\", in date_as_printed",
                failure(FixtureSite.minimal(dir).write("seeds/a.txt", FixtureSite.GOOD_SEED + "\nDecember 2023\n")
                        .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: December 2023")))
                        .lines().toList().get(3));
    }

    @Test
    void aDateThatIsNotADateBesideTheDateAsPrintedIsOneError() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: 2023/12/7\ndate_as_printed: Tokyo"));
        assertEquals("""
                content/documents/statement.yaml:4:7: error [invalid-date] "2023/12/7" is not a date
                validate: 1 error; nothing was written""",
                report.lines().filter(l -> l.startsWith("content/") || l.startsWith("validate")).reduce((a, b) -> a + "\n" + b).orElseThrow());
    }

    @Test
    void aDateAsPrintedBesideADateNotStatedIsInconsistent() {
        String stated = failureWithDocument(FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: not stated\ndate_as_printed: Tokyo"));
        assertEquals("content/documents/statement.yaml:5:18: error [inconsistent] date_as_printed is given but date is \"not stated\"",
                stated.lines().findFirst().orElseThrow());
    }

    @Test
    void impossibleCalendarDateIsNotADate() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: 2023-02-30"));
        assertEquals("content/documents/statement.yaml:4:7: error [invalid-date] \"2023-02-30\" is not a date",
                report.lines().findFirst().orElseThrow());
    }

    @Test
    void everyErrorOfAFileIsReportedAtOnce() {
        String report = failureWithDocument("""
                seed: missing.txt
                kind: speach
                title: A title
                date: yesterday
                author: not stated
                on_behalf_of: Japan
                venue: not stated
                sections: [icc-support, signatory-index, ngo-apeals]
                topics: [cooperation]
                summary: A summary.
                colour: red
                """);
        assertEquals("""
                content/documents/statement.yaml:1:7: error [missing-seed] seed file "missing.txt" does not exist in seeds/
                content/documents/statement.yaml:2:7: error [invalid-value] unknown kind "speach"
                content/documents/statement.yaml:4:7: error [invalid-date] "yesterday" is not a date
                content/documents/statement.yaml:8:25: error [invalid-value] section "signatory-index" cannot be assigned
                content/documents/statement.yaml:8:42: error [invalid-value] unknown section "ngo-apeals"
                content/documents/statement.yaml:11:1: error [unknown-field] unknown field "colour"
                validate: 6 errors; nothing was written""",
                report.lines().filter(l -> l.startsWith("content/") || l.startsWith("validate")).reduce((a, b) -> a + "\n" + b).orElseThrow());
    }

    @Test
    void datePrintedDifferentlyFromTheSourceIsRejected() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: 2023-12-07\ndate_as_printed: \"7 Dec 2023\""));
        assertEquals("""
                content/documents/statement.yaml:5:18: error [not-in-source] date_as_printed "7 Dec 2023" does not occur in seed a.txt
                  5 | date_as_printed: "7 Dec 2023"
                    |                  ^
                  hint: copy the date exactly as the source prints it; where it prints none, leave date_as_printed out
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void aDateAsPrintedWrittenNotStatedIsToldToBeLeftOut() {
        // found by a new user: README says to write "not stated" where the source does not say, and date_as_printed
        // "not stated" was told only to "copy the date exactly as the source prints it", which it prints nowhere
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: 2023-12-07\ndate_as_printed: not stated"));
        assertEquals("""
                content/documents/statement.yaml:5:18: error [not-in-source] date_as_printed "not stated" does not occur in seed a.txt
                  5 | date_as_printed: not stated
                    |                  ^
                  hint: copy the date exactly as the source prints it; where it prints none, leave date_as_printed out
                validate: 1 error; nothing was written
                """, report);
    }

    /** The fixture's statement with its seed printing {@code printed} as its date, and the two date fields given. */
    private FixtureSite dated(Path root, String date, String printed) {
        return FixtureSite.minimal(root)
                .write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Thank you.", "Tokyo, " + printed + "\n\nThank you."))
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("date: 2023-12-07",
                        "date: " + date + "\ndate_as_printed: \"" + printed + "\""));
    }

    @Test
    void aDocumentsDatePrintedAfterAWordOfLimitIsTheDateThoseWordsState() {
        // "as of April 2024" and "until 2025" were read as no date at all, so any date built beside them
        assertEquals("""
                content/documents/statement.yaml:4:7: error [inconsistent] date 2019-01 differs from date_as_printed "as of April 2024", which states April 2024
                  4 | date: 2019-01
                    |       ^
                  hint: write the date the source prints: date: 2024-04; or, if the source prints January 2019 as its date, quote those words in date_as_printed
                validate: 1 error; nothing was written
                """, failure(dated(dir.resolve("as-of"), "2019-01", "as of April 2024")));
        dated(dir.resolve("as-of-ok"), "2024-04", "as of April 2024").build();
    }

    @Test
    void aDateThatIsNotTheDatePrintedIsInconsistent() {
        // each built, and the page said "10 November 2024 … printed as "10th December, 2024 (Tuesday)""
        assertEquals("""
                content/documents/statement.yaml:4:7: error [inconsistent] date 2024-11-10 differs from date_as_printed "10th December, 2024 (Tuesday)", which states 10 December 2024
                  4 | date: 2024-11-10
                    |       ^
                  hint: write the date the source prints: date: 2024-12-10; or, if the source prints 10 November 2024 as its date, quote those words in date_as_printed
                validate: 1 error; nothing was written
                """, failure(dated(dir.resolve("words"), "2024-11-10", "10th December, 2024 (Tuesday)")));
        assertEquals("""
                content/documents/statement.yaml:4:7: error [inconsistent] date 2023-12-08 differs from date_as_printed "2023/12/7", which states 7 December 2023
                  4 | date: 2023-12-08
                    |       ^
                  hint: write the date the source prints: date: 2023-12-07; or, if the source prints 8 December 2023 as its date, quote those words in date_as_printed
                validate: 1 error; nothing was written
                """, failure(dated(dir.resolve("slashed"), "2023-12-08", "2023/12/7")));
    }

    @Test
    void aSpeakerOrAVenueTheSourceDoesNotPrintIsNotInSource() {
        // found by a contributor: speaker "H.E. Ambassador Taro Yamada" above a statement the source gives no speaker
        // for, and venue "Security Council" for it, built, and the page and every citation gave them as the source's
        assertEquals("""
                content/documents/statement.yaml:6:15: error [not-in-source] on_behalf_of "the European Union" holds words that seed a.txt does not print: "European", "Union"
                  6 | on_behalf_of: the European Union
                    |               ^
                  hint: copy the words as the source prints them (an abbreviation as printed: "Amb.", "St."); put words of your own in brackets, an editor's remark, such as [Minister for Foreign Affairs]; or leave on_behalf_of out, and the page says "not stated"
                content/documents/statement.yaml:7:8: error [not-in-source] venue "Security Council" holds words that seed a.txt does not print: "Security", "Council"
                  7 | venue: Security Council
                    |        ^
                  hint: copy the words as the source prints them (an abbreviation as printed: "Amb.", "St."); put words of your own in brackets, an editor's remark, such as [Minister for Foreign Affairs]; or leave venue out, and the page says "not stated"
                content/documents/statement.yaml:8:10: error [not-in-source] speaker "H.E. Ambassador Taro Yamada" holds words that seed a.txt does not print: "H.E.", "Ambassador", "Taro", "Yamada"
                  8 | speaker: H.E. Ambassador Taro Yamada
                    |          ^
                  hint: copy the words as the source prints them (an abbreviation as printed: "Amb.", "St."); put words of your own in brackets, an editor's remark, such as [Minister for Foreign Affairs]; or leave speaker out, and the page says "not stated"
                validate: 3 errors; nothing was written
                """, failureWithDocument(FixtureSite.GOOD_DOC.replace("on_behalf_of: Japan", "on_behalf_of: the European Union")
                .replace("venue: not stated", "venue: Security Council\nspeaker: H.E. Ambassador Taro Yamada")));
        // the source's words, in any case, and an editor's remark in brackets, are the source's
        FixtureSite.minimal(dir.resolve("stated")).write("content/documents/statement.yaml", FixtureSite.GOOD_DOC
                .replace("venue: not stated", "venue: the institute in Tokyo (the city is the source's; the room is not named)")).build();
    }

    @Test
    void aSpeakersWordsOfAddressTheSourceDoesNotPrintAreNamedWithTheWordsToWrite() {
        // speaker "H.E. Mr. ISHIKANE Kimihiro (Japan)" for a seed printing "Ishikane Kimihiro": the hint said only to copy
        // the words as printed, not which to keep
        FixtureSite site = FixtureSite.minimal(dir).write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Thank you.",
                "Statement by Ishikane Kimihiro, Permanent Representative\n\nThank you."));
        assertEquals("""
                content/documents/statement.yaml:8:10: error [not-in-source] speaker "H.E. Mr. ISHIKANE Kimihiro (Japan)" holds words that seed a.txt does not print: "H.E.", "Mr"
                  8 | speaker: H.E. Mr. ISHIKANE Kimihiro (Japan)
                    |          ^
                  hint: write speaker: "ISHIKANE Kimihiro (Japan)", the words seed a.txt prints, with your own in brackets, an editor's remark (such as "[H.E. Mr.] ISHIKANE Kimihiro (Japan)"); or leave speaker out, and the page says "not stated"
                validate: 1 error; nothing was written
                """, failure(site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC
                .replace("venue: not stated", "venue: not stated\nspeaker: H.E. Mr. ISHIKANE Kimihiro (Japan)"))));
        // the words the hint gives, in the letter case the metadata writes, and the bracketed ones, build
        site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC
                .replace("venue: not stated", "venue: not stated\nspeaker: ISHIKANE Kimihiro (Japan)")).build();
        site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC
                .replace("venue: not stated", "venue: not stated\nspeaker: \"[H.E. Mr.] ISHIKANE Kimihiro (Japan)\"")).build();
    }

    @Test
    void aSpeakersWordPrintedOnlyInsideAnotherWordIsNotInSource() {
        // "Ute Port" above a statement that names nobody built: "ute" is printed in "institute" and "port" in "supports"
        assertEquals("""
                content/documents/statement.yaml:8:10: error [not-in-source] speaker "Ute Port" holds words that seed a.txt does not print: "Ute", "Port"
                  8 | speaker: Ute Port
                    |          ^
                  hint: copy the words as the source prints them (an abbreviation as printed: "Amb.", "St."); put words of your own in brackets, an editor's remark, such as [Minister for Foreign Affairs]; or leave speaker out, and the page says "not stated"
                validate: 1 error; nothing was written
                """, failureWithDocument(FixtureSite.GOOD_DOC.replace("venue: not stated", "venue: not stated\nspeaker: Ute Port")));
        // at the start of a longer word, the word is printed: "Japan" of "Japanese"
        FixtureSite.minimal(dir.resolve("start")).write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Japan supports", "The Japanese delegation supports"))
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC).build();
    }

    @Test
    void aSpeakerWrittenWithoutTheSeedsAccentsFullWidthLettersPointsOrLineEndHyphenIsInSource() {
        // each stopped the build with not-in-source: "Kamikawa" of "Kami-" / "kawa", "Cote" of "Côte", "Office" of the
        // ligature "Oﬃce" a PDF's text gives, "UN" of "U.N.", and in Japanese "ICC" of the full-width "ＩＣＣ"
        FixtureSite.minimal(dir.resolve("en")).write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Thank you.",
                        "Statement by Ambassador Kami-\nkawa Yoko of Côte d’Ivoire, H.E., at the U.N. Oﬃce\n\nThank you."))
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("on_behalf_of: Japan", "on_behalf_of: Cote d'Ivoire")
                        .replace("venue: not stated", "venue: UN Office\nspeaker: HE Ambassador Kamikawa Yoko")).build();
        FixtureSite.minimal(dir.resolve("ja")).write("seeds/a.txt", "ＩＣＣ締約国会議における日本政府代表のステートメント\n\n日本は裁判所を支持します。\n")
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("venue: not stated", "venue: ICC締約国会議")).build();
    }

    @Test
    void aNameASeedCopiedFromHtmlPrintsWithEntitiesIsInSource() {
        // on_behalf_of "Côte d’Ivoire" stopped the build for a seed that prints "C&ocirc;te d&#8217;Ivoire", which a
        // browser shows as those words; the hint's "copy the words as printed" would have meant writing the entity
        FixtureSite.minimal(dir.resolve("named")).write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Thank you.",
                        "<p>On behalf of C&ocirc;te d&#8217;Ivoire and S&#227;o Tom&eacute;&nbsp;and Pr&#xED;ncipe</p>\n\nThank you."))
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("on_behalf_of: Japan",
                        "on_behalf_of: Côte d’Ivoire and São Tomé and Príncipe")).build();
        // an entity's name is no word the source prints
        assertEquals("""
                content/documents/statement.yaml:8:10: error [not-in-source] speaker "Nbsp Ocirc" holds words that seed a.txt does not print: "Nbsp", "Ocirc"
                  8 | speaker: Nbsp Ocirc
                    |          ^
                  hint: copy the words as the source prints them (an abbreviation as printed: "Amb.", "St."); put words of your own in brackets, an editor's remark, such as [Minister for Foreign Affairs]; or leave speaker out, and the page says "not stated"
                validate: 1 error; nothing was written
                """, failure(FixtureSite.minimal(dir.resolve("entity")).write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Thank you.",
                        "<p>C&ocirc;te&nbsp;d&#8217;Ivoire</p>\n\nThank you."))
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("venue: not stated", "venue: not stated\nspeaker: Nbsp Ocirc"))));
    }

    @Test
    void aJapaneseNamePrintedWithAFullWidthSpaceOrBrokenByALineIsInSource() {
        // speaker "外務大臣 上川陽子" stopped the build for a seed printing "上川　陽子" (family and given name parted by a
        // full-width space, as Japanese letters print them), and venue "国際刑事裁判所" for a PDF's "国際刑事裁" / "判所"
        FixtureSite.minimal(dir.resolve("ja")).write("seeds/a.txt", "外務大臣　上川　陽子　談話\n\n日本は国際刑事裁\n判所を支持します。\n")
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("venue: not stated",
                        "venue: 国際刑事裁判所\nspeaker: 外務大臣 上川陽子")).build();
        // a run the seed does not print is not: 上川陽子 beside 外務大臣 is no 陽子外務大臣
        assertEquals("""
                content/documents/statement.yaml:8:10: error [not-in-source] speaker "陽子外務大臣" holds a word that seed a.txt does not print: "陽子外務大臣"
                  8 | speaker: 陽子外務大臣
                    |          ^
                  hint: copy the words as the source prints them (an abbreviation as printed: "Amb.", "St."); put words of your own in brackets, an editor's remark, such as [Minister for Foreign Affairs]; or leave speaker out, and the page says "not stated"
                validate: 1 error; nothing was written
                """, failure(FixtureSite.minimal(dir.resolve("other")).write("seeds/a.txt", "外務大臣　上川　陽子　談話\n\n日本は裁判所を支持します。\n")
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("venue: not stated", "venue: not stated\nspeaker: 陽子外務大臣"))));
    }

    @Test
    void aSpeakerDescribedInOtherWordsIsToldToCopyThemOrPutItsOwnInBrackets() {
        // "H.E. Mr. KAMIKAWA Yoko, Minister for Foreign Affairs" for "Statement by Foreign Minister KAMIKAWA Yoko" is the
        // office in other words, not the source's; the hint said only "write it as the source states it, in its words",
        // and nothing of how to keep a description of one's own
        FixtureSite refused = FixtureSite.minimal(dir.resolve("other")).write("seeds/a.txt", FixtureSite.GOOD_SEED.replace(
                        "Statement on Cooperation", "Statement by Foreign Minister KAMIKAWA Yoko"))
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("venue: not stated",
                        "venue: not stated\nspeaker: \"H.E. Mr. KAMIKAWA Yoko, Minister for Foreign Affairs\""));
        assertEquals("""
                content/documents/statement.yaml:8:10: error [not-in-source] speaker "H.E. Mr. KAMIKAWA Yoko, Minister for Foreign Affairs" holds words that seed a.txt does not print: "H.E.", "Mr", "Affairs"
                  8 | speaker: "H.E. Mr. KAMIKAWA Yoko, Minister for Foreign Affairs"
                    |          ^
                  hint: copy the words as the source prints them (an abbreviation as printed: "Amb.", "St."); put words of your own in brackets, an editor's remark, such as [Minister for Foreign Affairs]; or leave speaker out, and the page says "not stated"
                validate: 1 error; nothing was written
                """, failure(refused));
        // as the hint says: the words printed, or a description of one's own in brackets
        refused.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("venue: not stated",
                "venue: not stated\nspeaker: Foreign Minister KAMIKAWA Yoko")).build();
        refused.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("venue: not stated",
                "venue: not stated\nspeaker: \"KAMIKAWA Yoko [H.E. Mr. KAMIKAWA Yoko, Minister for Foreign Affairs]\"")).build();
    }

    @Test
    void aDayPrintedWithoutItsYearOrAFiscalYearIsComparedWithTheDate() {
        // found by a contributor: "May 30" beside date: 2024-06-01, "5月30日" beside 2023-01-02 and "令和6年度" (April 2024
        // to March 2025) beside 2019 each built, as words only looked for, and the page gave a date the words contradict
        assertEquals("""
                content/documents/statement.yaml:4:7: error [inconsistent] date 2024-06-01 differs from date_as_printed "May 30", which states 30 May without a year
                  4 | date: 2024-06-01
                    |       ^
                  hint: write the day the source prints, in the year the document gives: date: 2024-05-30; or, if the source prints 1 June 2024 as its date, quote those words in date_as_printed
                validate: 1 error; nothing was written
                """, failure(dated(dir.resolve("yearless"), "2024-06-01", "May 30")));
        assertEquals("""
                content/documents/statement.yaml:4:7: error [inconsistent] date 2023-01-02 differs from date_as_printed "5月30日", which states 30 May without a year
                  4 | date: 2023-01-02
                    |       ^
                  hint: write the day the source prints, in the year the document gives: date: 2023-05-30; or, if the source prints 2 January 2023 as its date, quote those words in date_as_printed
                validate: 1 error; nothing was written
                """, failure(dated(dir.resolve("yearless-ja"), "2023-01-02", "5月30日")));
        assertEquals("""
                content/documents/statement.yaml:4:7: error [inconsistent] date 2019 is outside date_as_printed "令和6年度", which states the fiscal year 2024 (April 2024 to March 2025)
                  4 | date: 2019
                    |       ^
                  hint: write a date inside it, such as date: 2024, or the date the source prints; an era's year is counted from 令和元年 = 2019 and 平成元年 = 1989
                validate: 1 error; nothing was written
                """, failure(dated(dir.resolve("fiscal"), "2019", "令和6年度")));
        assertEquals("""
                content/documents/statement.yaml:4:7: error [inconsistent] date 2019-01-01 is outside date_as_printed "FY2024", which states the fiscal year 2024 (as countries count it, from October 2023 at the earliest to March 2025 at the latest)
                  4 | date: 2019-01-01
                    |       ^
                  hint: write a date inside it, such as date: 2024, or the date the source prints
                validate: 1 error; nothing was written
                """, failure(dated(dir.resolve("fy"), "2019-01-01", "FY2024")));
        // the day printed, in any year the metadata gives, or less precisely; a date inside the fiscal year
        dated(dir.resolve("same-day"), "2024-05-30", "Thursday, May 30").build();
        dated(dir.resolve("month"), "2024-05", "30th of May").build();
        dated(dir.resolve("in-fiscal"), "2025-02-14", "令和6年度").build();
        dated(dir.resolve("fy-year"), "2024", "FY2024").build();
    }

    @Test
    void aDateMorePreciseThanTheDatePrintedIsInconsistent() {
        // the day was invented: the source prints a month only
        assertEquals("""
                content/documents/statement.yaml:4:7: error [inconsistent] date 2025-06-02 is more precise than date_as_printed "June 2025", which states a month only
                  4 | date: 2025-06-02
                    |       ^
                  hint: write no more than the source prints: date: 2025-06
                validate: 1 error; nothing was written
                """, failure(dated(dir.resolve("day"), "2025-06-02", "June 2025")));
        assertEquals("""
                content/documents/statement.yaml:4:7: error [inconsistent] date 2025-06 is more precise than date_as_printed "2025年", which states a year only
                  4 | date: 2025-06
                    |       ^
                  hint: write no more than the source prints: date: 2025
                validate: 1 error; nothing was written
                """, failure(dated(dir.resolve("month"), "2025-06", "2025年")));
    }

    @Test
    void aDateThatIsTheDatePrintedOrLessPreciseOrAPrintedDateThatCannotBeReadBuilds() {
        dated(dir.resolve("same"), "2024-12-10", "10th December, 2024 (Tuesday)").build();
        dated(dir.resolve("japanese"), "2023-12-07", "2023年12月7日").build();
        dated(dir.resolve("month"), "2025-06", "June 2025").build();
        dated(dir.resolve("year"), "2025", "June 2025").build();
        dated(dir.resolve("either-way"), "2023-12-07", "7/12/2023").build(); // 7 December or 12 July: not guessed
        dated(dir.resolve("other-words"), "2023-12-07", "the seventh of December").build();
    }

    @Test
    void aDateAsPrintedThatIsNotInTheSourceIsReportedAloneNotComparedWithTheDate() {
        // its date is not the source's, so a hint to write it as the date would mislead
        FixtureSite site = dated(dir, "2024-11-10", "10 November 2024")
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("date: 2023-12-07",
                        "date: 2024-11-10\ndate_as_printed: \"10 December 2024\""));
        assertEquals("""
                content/documents/statement.yaml:5:18: error [not-in-source] date_as_printed "10 December 2024" does not occur in seed a.txt
                  5 | date_as_printed: "10 December 2024"
                    |                  ^
                  hint: copy the date exactly as the source prints it; where it prints none, leave date_as_printed out
                validate: 1 error; nothing was written
                """, failure(site));
    }

    /** The fixture's letter with its count, as written in the seed and in the metadata. */
    private FixtureSite counted(Path root, String seedWords, String statedCount, String asPrinted) {
        return FixtureSite.withLetter(root)
                .write("seeds/letter.txt", FixtureSite.LETTER_SEED.replace("[4 organizations]", "[" + seedWords + "]"))
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC.replace("stated_count: 4", "stated_count: " + statedCount)
                        .replace("stated_count_as_printed: \"4 organizations\"", "stated_count_as_printed: \"" + asPrinted + "\""));
    }

    @Test
    void aStatedCountThatIsNotTheNumberItsWordsStateIsInconsistent() {
        // it built, and the page said "The letter states 26 signatories ("signed by 25 organisations")"
        assertEquals("""
                content/documents/letter.yaml:13:17: error [inconsistent] stated_count 26 differs from stated_count_as_printed "signed by 25 organisations", which states 25
                  13 |   stated_count: 26
                     |                 ^
                  hint: write the number the letter prints: stated_count: 25; or, if the letter states 26 in other words, quote those in stated_count_as_printed
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("digits"), "signed by 25 organisations", "26", "signed by 25 organisations")));
        assertEquals("""
                content/documents/letter.yaml:13:17: error [inconsistent] stated_count 4 differs from stated_count_as_printed "thirty two organizations", which states 32
                  13 |   stated_count: 4
                     |                 ^
                  hint: write the number the letter prints: stated_count: 32; or, if the letter states 4 in other words, quote those in stated_count_as_printed
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("words"), "signed by thirty two organizations", "4", "thirty two organizations")));
    }

    @Test
    void aStatedCountOfTheDigitsBeforeMillionOrManIsInconsistent() {
        // "2 million signatures" stated 2, and stated_count: 2 built: the page said the letter states 2 signatories
        assertEquals("""
                content/documents/letter.yaml:13:17: error [inconsistent] stated_count 2 differs from stated_count_as_printed "2 million signatures", which states 2000000
                  13 |   stated_count: 2
                     |                 ^
                  hint: write the number the letter prints: stated_count: 2000000; or, if the letter states 2 in other words, quote those in stated_count_as_printed
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("million"), "backed by 2 million signatures", "2", "2 million signatures")));
        assertEquals("""
                content/documents/letter.yaml:13:17: error [inconsistent] stated_count 3 differs from stated_count_as_printed "3万人", which states 30000
                  13 |   stated_count: 3
                     |                 ^
                  hint: write the number the letter prints: stated_count: 30000; or, if the letter states 3 in other words, quote those in stated_count_as_printed
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("man"), "賛同者3万人", "3", "3万人")));
    }

    @Test
    void aStatedCountWhoseWordsStateNoNumberOrSeveralIsInconsistent() {
        assertEquals("""
                content/documents/letter.yaml:14:28: error [inconsistent] stated_count_as_printed "undersigned organizations" states no number, so it does not support stated_count 4
                  14 |   stated_count_as_printed: "undersigned organizations"
                     |                            ^
                  hint: quote the letter's words that state the count, such as "32 organizations" (digits, or words such as thirty-two); if the letter states no count, write stated_count: not stated and leave stated_count_as_printed out
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("none"), "undersigned organizations", "4", "undersigned organizations")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [inconsistent] stated_count_as_printed "2 coordinators and 4 organizations" states more than one number (2, 4)
                  14 |   stated_count_as_printed: "2 coordinators and 4 organizations"
                     |                            ^
                  hint: quote only the letter's words that state the number of signatories, such as "32 organizations"; if the letter states no count, write stated_count: not stated and leave stated_count_as_printed out
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("several"), "2 coordinators and 4 organizations", "4", "2 coordinators and 4 organizations")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [inconsistent] stated_count_as_printed is given but stated_count is "not stated"
                  14 |   stated_count_as_printed: "4 organizations"
                     |                            ^
                  hint: the words state 4: write stated_count: 4; or leave stated_count_as_printed out
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("not-stated"), "4 organizations", "not stated", "4 organizations")));
    }

    @Test
    void aStatedCountThatIsTheNumberItsWordsStateBuilds() {
        counted(dir.resolve("words"), "signed by four organisations", "4", "four organisations").build();
        counted(dir.resolve("repeated"), "4 organizations (four in all)", "4", "4 organizations (four in all)").build();
        // "two dozen" was read as 2: stated_count 24 was inconsistent, with the hint to write 2
        counted(dir.resolve("dozen"), "signed by nearly two dozen organizations", "24", "nearly two dozen organizations").build();
        // "thirty-odd" stated no number: stated_count 30 was inconsistent, with the hint to write not stated
        counted(dir.resolve("odd"), "signed by thirty-odd organizations", "30", "thirty-odd organizations").build();
    }

    @Test
    void countsPrintedAfterADatelineInLakhsOrInDigitsAndKanjiAreReadAsPrinted() {
        // "Tokyo, 2023 – 2500 organisations" was the range 2023 to 2500: the count 2500 could not be given
        counted(dir.resolve("dateline"), "Tokyo, 2023 – 2500 organisations have signed", "2500", "2500 organisations").build();
        // "1,00,000" stated 1 and 0, 1万五千人 10000 and 5000: neither count could be given, and a part of either was taken
        counted(dir.resolve("lakh"), "backed by 1,00,000 signatures", "100000", "1,00,000 signatures").build();
        counted(dir.resolve("mixed"), "賛同者1万五千人", "15000", "1万五千人").build();
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "五千人" is part of a longer number where the letter prints it: "1万五千人", which states 15000
                  14 |   stated_count_as_printed: "五千人"
                     |                            ^
                  hint: write stated_count_as_printed: "1万五千人" and stated_count: 15000, if the letter so counts the signatories; a number cut from a longer one states another count
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("cut"), "賛同者1万五千人", "5000", "五千人")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "00,000 signatures" is part of a longer number where the letter prints it: "1,00,000 signatures", which states 100000
                  14 |   stated_count_as_printed: "00,000 signatures"
                     |                            ^
                  hint: write stated_count_as_printed: "1,00,000 signatures" and stated_count: 100000, if the letter so counts the signatories; a number cut from a longer one states another count
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("lakhcut"), "backed by 1,00,000 signatures", "0", "00,000 signatures")));
    }

    @Test
    void countsPrintedRoughlyOrWithAWordOfMultitudeAreReadSo() {
        // "30" of "30-ish organizations" built as exactly 30; so did "100" of 100数十名 (a hundred and some tens)
        assertEquals("""
                content/documents/letter.yaml:14:28: error [qualifier-left-out] stated_count_as_printed "4" leaves out "-ish", which the letter prints with the number: "4-ish"
                  14 |   stated_count_as_printed: "4"
                     |                            ^
                  hint: write stated_count_as_printed: "4-ish", so that the count is shown and checked as the letter gives it, not as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("ish"), "Signed by 4-ish organizations", "4", "4")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [qualifier-left-out] stated_count_as_printed "100" leaves out "数十", which the letter prints with the number: "100数十"
                  14 |   stated_count_as_printed: "100"
                     |                            ^
                  hint: write stated_count_as_printed: "100数十", so that the count is shown and checked as the letter gives it, not as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("suujuu"), "賛同者は100数十名", "100", "100")));
        counted(dir.resolve("whole"), "賛同者は100数十名", "100", "100数十名").build();
        counted(dir.resolve("hinted"), "賛同者は100数十名", "100", "100数十").build();
        // "2 dozen" stated 2: stated_count: 2 built
        assertEquals("""
                content/documents/letter.yaml:13:17: error [inconsistent] stated_count 2 differs from stated_count_as_printed "2 dozen organizations", which states 24
                  13 |   stated_count: 2
                     |                 ^
                  hint: write the number the letter prints: stated_count: 24; or, if the letter states 2 in other words, quote those in stated_count_as_printed
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("dozen"), "Signed by 2 dozen organizations", "2", "2 dozen organizations")));
    }

    @Test
    void wordsQuotedFromInsideLongerWordsAreReported() {
        // "4 organizations" was found in "14 organizations", and the pages said the letter states 4
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "4 organizations" occurs in seed letter.txt only inside longer words: "14 organizations"
                  14 |   stated_count_as_printed: "4 organizations"
                     |                            ^
                  hint: quote whole words, as the source prints them ("14 organizations"): words cut from longer ones say something else
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("count"), "Signed by 14 organizations", "4", "4 organizations")));
        // "3 December 2023" was found in "13 December 2023", and the page gave the 3rd as the date the source prints
        FixtureSite date = FixtureSite.minimal(dir.resolve("date"))
                .write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Thank you.", "Tokyo, 13 December 2023\n\nThank you."))
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("date: 2023-12-07",
                        "date: 2023-12-03\ndate_as_printed: \"3 December 2023\""));
        assertEquals("""
                content/documents/statement.yaml:5:18: error [part-of-word] date_as_printed "3 December 2023" occurs in seed a.txt only inside longer words: "13 December 2023"
                  5 | date_as_printed: "3 December 2023"
                    |                  ^
                  hint: quote whole words, as the source prints them ("13 December 2023"): words cut from longer ones say something else
                validate: 1 error; nothing was written
                """, failure(date));
        // whole words somewhere are enough, and scripts written without spaces have no word to cut
        counted(dir.resolve("also-whole"), "14 organizations, of which 4 organizations coordinate", "4", "4 organizations").build();
        counted(dir.resolve("japanese"), "賛同4団体", "4", "4団体").build();
    }

    @Test
    void aNumberCutAtItsThousandsSeparatorIsPartOfAWord() {
        // "100 individuals" was whole words in "1,100 individuals", and the page said 100 signed without a name
        FixtureSite site = counted(dir, "4 organizations and 1,100 individuals", "4", "4 organizations")
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC
                        + "  unnamed_count: 100\n  unnamed_as_printed: \"100 individuals\"\n");
        assertEquals("""
                content/documents/letter.yaml:23:23: error [part-of-word] unnamed_as_printed "100 individuals" occurs in seed letter.txt only inside longer words: "1,100 individuals"
                  23 |   unnamed_as_printed: "100 individuals"
                     |                       ^
                  hint: quote whole words, as the source prints them ("1,100 individuals"): words cut from longer ones say something else
                validate: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void aCountCutFromANumberGroupedWithSpacesIsPartOfAWord() {
        // "500 organisations" of "1 500 organisations" (a thin space between the groups) built as exactly 500
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "500 organisations" is part of a longer number where the letter prints it: "1 500 organisations", which states 1500
                  14 |   stated_count_as_printed: "500 organisations"
                     |                            ^
                  hint: write stated_count_as_printed: "1 500 organisations" and stated_count: 1500, if the letter so counts the signatories; a number cut from a longer one states another count
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("thin"), "Signed by 1\u2009500 organisations", "500", "500 organisations")));
        // so is a kanji numeral cut from a longer one
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "十団体" is part of a longer number where the letter prints it: "三十団体", which states 30
                  14 |   stated_count_as_printed: "十団体"
                     |                            ^
                  hint: write stated_count_as_printed: "三十団体" and stated_count: 30, if the letter so counts the signatories; a number cut from a longer one states another count
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("kanji"), "賛同三十団体", "10", "十団体")));
        // 十名 of 数十名 (some tens of people) built as exactly 10
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "十名" is part of words that state no number where the letter prints it: "数十名"
                  14 |   stated_count_as_printed: "十名"
                     |                            ^
                  hint: the letter gives no one count there, and a number cut from its words states another: write stated_count: not stated and leave stated_count_as_printed out
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("suujuu"), "賛同者は数十名", "10", "十名")));
        // 十団体 of 百数十団体 (a hundred and some tens) built as exactly 10
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "十団体" is part of a longer number where the letter prints it: "百数十団体", which states more than 100
                  14 |   stated_count_as_printed: "十団体"
                     |                            ^
                  hint: write stated_count_as_printed: "百数十団体" and stated_count: 100, if the letter so counts the signatories; a number cut from a longer one states another count
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("hyakusuujuu"), "賛同団体は百数十団体", "10", "十団体")));
        // the whole number is the count, typed with a plain space
        counted(dir.resolve("whole"), "Signed by 1\u202F500 organisations", "1500", "1 500 organisations").build();
        // two numbers are not read as one: a list's number on its own line, then a count
        assertEquals("""
                content/documents/letter.yaml:14:28: error [inconsistent] stated_count_as_printed "4 300 organisations" reads as one number, 4300, where the letter prints 4 and 300 apart, on two lines: "by 4 300 organisations"
                  14 |   stated_count_as_printed: "4 300 organisations"
                     |                            ^
                  hint: quote only the letter's words that state the count; if it states none, write stated_count: not stated and leave stated_count_as_printed out
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("lines"), "Signed by\n4\n300 organisations", "4300", "4 300 organisations")));
    }

    @Test
    void aCountAfterADateATimeOrANumberedNameIsNotCutFromAGroupedNumber() {
        // "125 organisations" after "2024-05-30" was part of 30125, and honest metadata could not be written
        counted(dir.resolve("iso"), "Tokyo, 2024-05-30 125 organisations signed", "125", "125 organisations").build();
        counted(dir.resolve("time"), "At 10:30 120 organisations met", "120", "120 organisations").build();
        counted(dir.resolve("day"), "On 30/5 120 organisations signed", "120", "120 organisations").build();
        counted(dir.resolve("covid"), "During COVID-19 120 organisations signed", "120", "120 organisations").build();
        counted(dir.resolve("g7"), "Before the G7 120 organisations signed", "120", "120 organisations").build();
        counted(dir.resolve("note"), "the Rome Statute1 120 organisations signed", "120", "120 organisations").build();
        counted(dir.resolve("part"), "under Part 9 100 organisations signed", "100", "100 organisations").build();
        // a number grouped with a space after a word is still one
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "500 organisations" is part of a longer number where the letter prints it: "1 500 organisations", which states 1500
                  14 |   stated_count_as_printed: "500 organisations"
                     |                            ^
                  hint: write stated_count_as_printed: "1 500 organisations" and stated_count: 1500, if the letter so counts the signatories; a number cut from a longer one states another count
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("grouped"), "On 30/5 1 500 organisations signed", "500", "500 organisations")));
        // and after a word and a colon
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "500 organisations" is part of a longer number where the letter prints it: "1 500 organisations", which states 1500
                  14 |   stated_count_as_printed: "500 organisations"
                     |                            ^
                  hint: write stated_count_as_printed: "1 500 organisations" and stated_count: 1500, if the letter so counts the signatories; a number cut from a longer one states another count
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("colon"), "Signatories:1 500 organisations", "500", "500 organisations")));
    }

    @Test
    void aRangeWrittenWithNaishiInKanjiOrAJapaneseDashIsARange() {
        // "40団体" of 30乃至40団体 (30 to 40 organisations, as formal texts write ないし) built as exactly 40
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "40団体" is one end of a range the letter prints: "30乃至40団体"
                  14 |   stated_count_as_printed: "40団体"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("naishi"), "賛同団体は30乃至40団体", "40", "40団体")));
        // so did 百団体 of 数十乃至百団体, and 40団体 of 30―40団体 (a Japanese dash) or of 30ー40団体 (a long vowel mark typed for one)
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "百団体" is one end of a range the letter prints: "数十乃至百団体"
                  14 |   stated_count_as_printed: "百団体"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("suujuu"), "賛同団体は数十乃至百団体", "100", "百団体")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "40団体" is one end of a range the letter prints: "30―40団体"
                  14 |   stated_count_as_printed: "40団体"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("dash"), "賛同団体は30―40団体", "40", "40団体")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "40団体" is one end of a range the letter prints: "30ー40団体"
                  14 |   stated_count_as_printed: "40団体"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("choon"), "賛同団体は30ー40団体", "40", "40団体")));
        // a katakana word's long vowel mark before a number is no dash
        counted(dir.resolve("katakana"), "メンバー40団体", "40", "40団体").build();
    }

    @Test
    void aKanjiNumeralCutAfterManIsPartOfAWord() {
        // "五千人" of 一万五千人 (15,000 people) built as exactly 5000
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "五千人" is part of a longer number where the letter prints it: "一万五千人", which states 15000
                  14 |   stated_count_as_printed: "五千人"
                     |                            ^
                  hint: write stated_count_as_printed: "一万五千人" and stated_count: 15000, if the letter so counts the signatories; a number cut from a longer one states another count
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("cut"), "賛同者は一万五千人", "5000", "五千人")));
        // and the whole was refused: it stated no number
        counted(dir.resolve("whole"), "賛同者は一万五千人", "15000", "一万五千人").build();
        counted(dir.resolve("man"), "賛同者は三万人", "30000", "三万人").build();
    }

    @Test
    void countsOfDifferentThingsPartedByKaraAreNoRange() {
        // 120団体から数百件の意見 (hundreds of comments from 120 organisations) was a range, "120団体から数百", and the
        // honest "120団体" stopped the build with count-is-a-range
        counted(dir.resolve("vague"), "120団体から数百件の意見が寄せられた", "120", "120団体").build();
        counted(dir.resolve("digits"), "30団体から40件の意見が寄せられた", "30", "30団体").build();
        // the same thing counted at both ends is a range still
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "40名" is one end of a range the letter prints: "30人から40名"
                  14 |   stated_count_as_printed: "40名"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("people"), "賛同者は30人から40名", "40", "40名")));
    }

    @Test
    void yakuAfterANounIsAbout() {
        // "30名" of 賛同者約30名 (signatories: about 30) built as exactly 30, and the honest "約30名" was refused
        assertEquals("""
                content/documents/letter.yaml:14:28: error [qualifier-left-out] stated_count_as_printed "30名" leaves out "約", which the letter prints with the number: "約30名"
                  14 |   stated_count_as_printed: "30名"
                     |                            ^
                  hint: write stated_count_as_printed: "約30名", so that the count is shown and checked as the letter gives it, not as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("cut"), "賛同者約30名", "30", "30名")));
        counted(dir.resolve("whole"), "賛同者約30名", "30", "約30名").build();
    }

    @Test
    void aKanjiRangeAfterAKanjiIsARange() {
        // "四十団体" of 賛同三十～四十団体 built as exactly 40: a kanji numeral after a kanji started no range
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "四十団体" is one end of a range the letter prints: "三十～四十団体"
                  14 |   stated_count_as_printed: "四十団体"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("range"), "賛同三十～四十団体", "40", "四十団体")));
    }

    @Test
    void digitsBeforeHyakuAreHundreds() {
        // 1千5百人 (1,500 people) stated 1005 and 100, and the honest count could not be written
        counted(dir.resolve("sen"), "賛同者1千5百人", "1500", "1千5百人").build();
        counted(dir.resolve("hyaku"), "賛同者5百人", "500", "5百人").build();
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "5百人" is part of a longer number where the letter prints it: "1千5百人", which states 1500
                  14 |   stated_count_as_printed: "5百人"
                     |                            ^
                  hint: write stated_count_as_printed: "1千5百人" and stated_count: 1500, if the letter so counts the signatories; a number cut from a longer one states another count
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("cut"), "賛同者1千5百人", "500", "5百人")));
    }

    @Test
    void aNumeralAfterNaniOrIkuStatesNone() {
        // "百人" of 何百人 (hundreds of people) built as exactly 100
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "百人" is part of words that state no number where the letter prints it: "何百人"
                  14 |   stated_count_as_printed: "百人"
                     |                            ^
                  hint: the letter gives no one count there, and a number cut from its words states another: write stated_count: not stated and leave stated_count_as_printed out
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("nan"), "賛同者は何百人", "100", "百人")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "十名" is part of words that state no number where the letter prints it: "幾十名"
                  14 |   stated_count_as_printed: "十名"
                     |                            ^
                  hint: the letter gives no one count there, and a number cut from its words states another: write stated_count: not stated and leave stated_count_as_printed out
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("iku"), "賛同者は幾十名", "10", "十名")));
    }

    @Test
    void aCountSetAsideBetweenEmDashesAfterHundredsIsNoRangesEnd() {
        // the honest "120 organizations" stopped the build with count-is-a-range: "hundreds — 120 organizations"
        counted(dir.resolve("aside"), "Signatories in the hundreds — 120 organizations and 300 individuals — have joined",
                "120", "120 organizations").build();
    }

    @Test
    void digitsGroupedWithPointsAreOneNumber() {
        // the honest "1.500 organisations" (1500, as German or Indonesian text prints it) stopped the build: it stated 1 and 500
        counted(dir.resolve("whole"), "Signed by 1.500 organisations", "1500", "1.500 organisations").build();
        assertEquals("""
                content/documents/letter.yaml:14:28: error [part-of-word] stated_count_as_printed "500 organisations" occurs in seed letter.txt only inside longer words: "1.500 organisations"
                  14 |   stated_count_as_printed: "500 organisations"
                     |                            ^
                  hint: quote whole words, as the source prints them ("1.500 organisations"): words cut from longer ones say something else
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("cut"), "Signed by 1.500 organisations", "500", "500 organisations")));
    }

    @Test
    void aRangeFromTensOfThousandsIsARange() {
        // "10万人" of 数万～10万人 (tens of thousands to 100,000 people) built as exactly 100000
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "10万人" is one end of a range the letter prints: "数万～10万人"
                  14 |   stated_count_as_printed: "10万人"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("man"), "賛同者は数万～10万人", "100000", "10万人")));
    }

    @Test
    void aPercentageQuotedAsTheStatedCountIsNoCount() {
        // stated_count: 30 built from "30% of our members", and the page said the letter states 30 signatories
        assertEquals("""
                content/documents/letter.yaml:14:28: error [inconsistent] stated_count_as_printed "30% of our members" states no number, so it does not support stated_count 30
                  14 |   stated_count_as_printed: "30% of our members"
                     |                            ^
                  hint: quote the letter's words that state the count, such as "32 organizations" (digits, or words such as thirty-two); if the letter states no count, write stated_count: not stated and leave stated_count_as_printed out
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("words"), "4 organizations, 30% of our members", "30", "30% of our members")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [not-a-count] stated_count_as_printed "30" is a percentage where the letter prints it, not a count: "30 per cent"
                  14 |   stated_count_as_printed: "30"
                     |                            ^
                  hint: a percentage counts no signatories: quote the letter's words that state the count; if it states none, write stated_count: not stated and leave stated_count_as_printed out
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("number"), "4 organizations, 30 per cent of our members", "30", "30")));
        // printed as a count too, it may be quoted from there
        counted(dir.resolve("count-too"), "4 organizations, 40% of our members; 4 signed", "4", "4").build();
    }

    @Test
    void aCountOfOthersQuotedAsTheStatedCountIsRefused() {
        // "4 other organizations" (the signatories the letter does not name) built as stated_count: 4, and the page
        // said the letter states 4 signatories in all
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-of-others] stated_count_as_printed "4 other organizations" counts signatories besides those the letter names, not all of them: "4 other organizations"
                  14 |   stated_count_as_printed: "4 other organizations"
                     |                            ^
                  hint: give that count as unnamed_count, with unnamed_as_printed: "4 other organizations"; stated_count is the total the letter states, or not stated
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("other"), "Human Rights Now and 4 other organizations", "4", "4 other organizations")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-of-others] stated_count_as_printed "4 organizations" counts signatories besides those the letter names, not all of them: "another 4 organizations"
                  14 |   stated_count_as_printed: "4 organizations"
                     |                            ^
                  hint: give that count as unnamed_count, with unnamed_as_printed: "another 4 organizations"; stated_count is the total the letter states, or not stated
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("another"), "signed with another 4 organizations", "4", "4 organizations")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-of-others] stated_count_as_printed "4団体" counts signatories besides those the letter names, not all of them: "ほか4団体"
                  14 |   stated_count_as_printed: "4団体"
                     |                            ^
                  hint: give that count as unnamed_count, with unnamed_as_printed: "ほか4団体"; stated_count is the total the letter states, or not stated
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("hoka"), "ヒューマンライツ・ナウほか4団体", "4", "4団体")));
        // a count of all, printed beside the others' count, may be quoted from there
        counted(dir.resolve("all-too"), "4 organizations, with 2 other organizations", "4", "4 organizations").build();
        counted(dir.resolve("or-more"), "4 or more organizations", "4", "4 or more organizations").build();
    }

    @Test
    void aStatedCountQuotedFromARangeIsNoCount() {
        // "4 organizations" of "3–4 organizations" built, and the page said the letter states exactly 4
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "4 organizations" is one end of a range the letter prints: "3–4 organizations"
                  14 |   stated_count_as_printed: "4 organizations"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("end"), "Signed by 3–4 organizations", "4", "4 organizations")));
        // the whole range was "more than one number", and the hint had one quoted: one end, as exact
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "between 3 and 4 organizations" gives a range, 3 to 4, not one count
                  14 |   stated_count_as_printed: "between 3 and 4 organizations"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("whole"), "Signed by between 3 and 4 organizations", "4", "between 3 and 4 organizations")));
        FixtureSite unnamed = counted(dir.resolve("unnamed"), "4 organizations and 100-200 individuals", "4", "4 organizations")
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC + "  unnamed_count: 200\n  unnamed_as_printed: \"200 individuals\"\n");
        assertEquals("""
                content/documents/letter.yaml:23:23: error [count-is-a-range] unnamed_as_printed "200 individuals" is one end of a range the letter prints: "100-200 individuals"
                  23 |   unnamed_as_printed: "200 individuals"
                     |                       ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: leave unnamed_count and unnamed_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(unnamed));
        // "4団体" of "3団体～4団体" built, and the page said the letter states exactly 4
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "4団体" is one end of a range the letter prints: "3団体～4団体"
                  14 |   stated_count_as_printed: "4団体"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("counters"), "賛同団体は3団体～4団体", "4", "4団体")));
        // an end that states no number: "百団体" of 数十～百団体 (some tens to a hundred), or the whole, built as exactly 100
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "百団体" is one end of a range the letter prints: "数十～百団体"
                  14 |   stated_count_as_printed: "百団体"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("suujuu"), "賛同団体は数十～百団体", "100", "百団体")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [count-is-a-range] stated_count_as_printed "a few dozen to 100 organizations" gives a range, a few dozen to 100, not one count
                  14 |   stated_count_as_printed: "a few dozen to 100 organizations"
                     |                            ^
                  hint: the letter gives no one count there, and pages cannot show a range as the count: write stated_count: not stated and leave stated_count_as_printed out, rather than give one end of the range as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("dozens"), "Signed by a few dozen to 100 organizations", "100", "a few dozen to 100 organizations")));
        // a change is no range: the count it comes to is exact
        counted(dir.resolve("grew"), "The coalition grew from 2 to 4 organizations", "4", "4 organizations").build();
        counted(dir.resolve("rose-by"), "The coalition has risen by 1 to 4 organizations", "4", "4 organizations").build();
    }

    @Test
    void aStatedCountQuotedWithoutTheQualifierTheLetterPrintsIsReported() {
        // "4 organizations" was found in "over 4 organizations", and the pages gave the count as exactly 4
        assertEquals("""
                content/documents/letter.yaml:14:28: error [qualifier-left-out] stated_count_as_printed "4 organizations" leaves out "Over", which the letter prints with the number: "Over 4 organizations"
                  14 |   stated_count_as_printed: "4 organizations"
                     |                            ^
                  hint: write stated_count_as_printed: "Over 4 organizations", so that the count is shown and checked as the letter gives it, not as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("over"), "Signed by Over 4 organizations", "4", "4 organizations")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [qualifier-left-out] stated_count_as_printed "4団体" leaves out "以上", which the letter prints with the number: "4団体以上"
                  14 |   stated_count_as_printed: "4団体"
                     |                            ^
                  hint: write stated_count_as_printed: "4団体以上", so that the count is shown and checked as the letter gives it, not as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("ijou"), "賛同4団体以上", "4", "4団体")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [qualifier-left-out] stated_count_as_printed "4" leaves out "or more", which the letter prints with the number: "4 or more"
                  14 |   stated_count_as_printed: "4"
                     |                            ^
                  hint: write stated_count_as_printed: "4 or more", so that the count is shown and checked as the letter gives it, not as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("or-more"), "4 or more organizations", "4", "4")));
        // the words inside longer ones are not printed bare: "4 organizations" of "14 organizations" let the quote pass
        assertEquals("""
                content/documents/letter.yaml:14:28: error [qualifier-left-out] stated_count_as_printed "4 organizations" leaves out "over", which the letter prints with the number: "over 4 organizations"
                  14 |   stated_count_as_printed: "4 organizations"
                     |                            ^
                  hint: write stated_count_as_printed: "over 4 organizations", so that the count is shown and checked as the letter gives it, not as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("inside"), "Of 14 organizations asked, over 4 organizations signed", "4", "4 organizations")));
        // quoted with it, the count builds; so it does where the letter prints the words bare too, which may be quoted from there
        counted(dir.resolve("with"), "Signed by Over 4 organizations", "4", "Over 4 organizations").build();
        counted(dir.resolve("bare-too"), "over 4 organizations; 4 organizations listed", "4", "4 organizations").build();
    }

    @Test
    void aStatedCountQuotedWithoutTheQualifierPrintedAfterTheCountedNounIsReported() {
        // "4 organizations" of "4 organizations or more" passed, and the page said the count and the list differ
        assertEquals("""
                content/documents/letter.yaml:14:28: error [qualifier-left-out] stated_count_as_printed "4 organizations" leaves out "or more", which the letter prints with the number: "4 organizations or more"
                  14 |   stated_count_as_printed: "4 organizations"
                     |                            ^
                  hint: write stated_count_as_printed: "4 organizations or more", so that the count is shown and checked as the letter gives it, not as exact
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("or-more"), "Signed by 4 organizations or more", "4", "4 organizations")));
        // others counted after the noun: the count of organisations is exact
        counted(dir.resolve("others"), "4 organizations and more individuals", "4", "4 organizations").build();
        counted(dir.resolve("with"), "Signed by 4 organizations or more", "4", "4 organizations or more").build();
    }

    @Test
    void aStatedCountQuotedWithAQualifierTheLetterDoesNotPrintThereIsReported() {
        // "4 organizations and more" of "4 organizations and more individuals" built, and the page said "at least 4"
        assertEquals("""
                content/documents/letter.yaml:14:28: error [qualifier-not-in-source] stated_count_as_printed "4 organizations and more" would show the count as "4 and more", which the letter does not print: it reads "4 organizations and more individuals"
                  14 |   stated_count_as_printed: "4 organizations and more"
                     |                            ^
                  hint: the letter gives exactly 4 there: write stated_count_as_printed: "4 organizations", so that the count is shown and checked as the letter gives it
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("goes-on"), "4 organizations and more individuals", "4", "4 organizations and more")));
        assertEquals("""
                content/documents/letter.yaml:14:28: error [qualifier-not-in-source] stated_count_as_printed "more than 4" would show the count as "more than 4", which the letter does not print: it reads "no more than 4"
                  14 |   stated_count_as_printed: "more than 4"
                     |                            ^
                  hint: write stated_count_as_printed: "no more than 4", so that the count is shown and checked as the letter gives it
                validate: 1 error; nothing was written
                """, failure(counted(dir.resolve("otherwise"), "no more than 4 organizations", "4", "more than 4")));
        // printed so once, the quote may be of those words
        counted(dir.resolve("once"), "4 organizations and more individuals; in all 4 organizations and more", "4", "4 organizations and more").build();
    }

    @Test
    void ijouClosingAJapaneseLetterOnALineOfItsOwnIsNoQualifier() {
        // 以上 ("end") below the count's line gave qualifier-left-out, and its hint would have had the page say "at least 4"
        String seed = FixtureSite.LETTER_SEED.replace("[4 organizations]\n\n", "") + "\n賛同団体数 4\n以上\n";
        FixtureSite.withLetter(dir.resolve("end"))
                .write("seeds/letter.txt", seed)
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC.replace("stated_count_as_printed: \"4 organizations\"",
                        "stated_count_as_printed: \"4\"")).build();
        // on the count's line, after its counter, it qualifies the count
        assertEquals("""
                content/documents/letter.yaml:14:28: error [qualifier-left-out] stated_count_as_printed "4団体" leaves out "以上", which the letter prints with the number: "4団体以上"
                  14 |   stated_count_as_printed: "4団体"
                     |                            ^
                  hint: write stated_count_as_printed: "4団体以上", so that the count is shown and checked as the letter gives it, not as exact
                validate: 1 error; nothing was written
                """, failure(FixtureSite.withLetter(dir.resolve("counter"))
                .write("seeds/letter.txt", seed.replace("賛同団体数 4\n以上", "賛同 4団体以上\n\n以上"))
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC.replace("stated_count_as_printed: \"4 organizations\"",
                        "stated_count_as_printed: \"4団体\""))));
    }

    @Test
    void aCountAfterTookOverReadsTwoWaysAndIsRefused() {
        // "4 organizations" of "It took over 4 organizations to pass it" built as exactly 4 ("took over" read as a verb
        // and its particle), where the letter says more than 4; "over 4 organizations" was refused with the hint to quote
        // "4 organizations", as exact
        String message = """
                content/documents/letter.yaml:14:28: error [count-is-ambiguous] stated_count_as_printed "%s" reads two ways where the letter prints it: "took over 4 organizations" is more than 4 if "over" bounds the number, or exactly 4 if it goes with the verb ("took over" as took charge of, "turned over" as handed over)
                  14 |   stated_count_as_printed: "%s"
                     |                            ^
                  hint: pages would show one reading as the letter's: quote other words of the letter that state the count; if it states none, write stated_count: not stated and leave stated_count_as_printed out
                validate: 1 error; nothing was written
                """;
        for (String quote : java.util.List.of("4 organizations", "over 4 organizations", "took over 4 organizations")) {
            assertEquals(message.formatted(quote, quote),
                    failure(counted(dir.resolve(quote.replace(' ', '-')), "It took over 4 organizations to pass it", "4", quote)));
        }
        // "handed over" is a verb and its particle: "hand" goes with a recipient otherwise ("handed them over 4 letters")
        counted(dir.resolve("handed"), "We handed over 4 organizations' letters", "4", "4 organizations").build();
        // the words printed otherwise too read one way there
        counted(dir.resolve("elsewhere"), "It took over 4 organizations to pass it; 4 organizations signed", "4", "4 organizations").build();
    }

    @Test
    void anUnnamedCountQuotedWithoutTheQualifierTheLetterPrintsIsReported() {
        FixtureSite site = counted(dir, "4 organizations and over 100 individuals", "4", "4 organizations")
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC
                        + "  unnamed_count: 100\n  unnamed_as_printed: \"100 individuals\"\n");
        assertEquals("""
                content/documents/letter.yaml:23:23: error [qualifier-left-out] unnamed_as_printed "100 individuals" leaves out "over", which the letter prints with the number: "over 100 individuals"
                  23 |   unnamed_as_printed: "100 individuals"
                     |                       ^
                  hint: write unnamed_as_printed: "over 100 individuals", so that the count is shown and checked as the letter gives it, not as exact
                validate: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void fieldGivenTwice() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC + "title: Again\n");
        assertEquals("""
                content/documents/statement.yaml:11:1: error [duplicate-field] field "title" is given twice (first on line 3)
                  11 | title: Again
                     | ^
                  hint: keep one of them
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void emptyMetadataFile() {
        String report = failureWithDocument("");
        assertEquals("""
                content/documents/statement.yaml:1:1: error [empty-file] the file is empty
                  hint: write the fields this file needs, or delete it
                validate: 1 error; nothing was written
                """, report.replaceAll("(?m)^seeds/a\\.txt.*\\n.*\\n", ""));
    }

    @Test
    void aPrintedDateIsFoundWhateverItsSpacesAndReadWithAnEra() {
        // found by the second review: a no-break space in the seed made "30 May 2024" not-in-source; an era's year was unread
        FixtureSite site = FixtureSite.minimal(dir)
                .write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Thank you.", "Tokyo, 7\u00A0December\n2023. 令和5年12月8日"))
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: 2023-12-07\ndate_as_printed: 7 December 2023"));
        site.build();
        site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: 2023-12-07\ndate_as_printed: 令和5年12月8日"));
        assertEquals("content/documents/statement.yaml:4:7: error [inconsistent] date 2023-12-07 differs from date_as_printed \"令和5年12月8日\","
                + " which states 8 December 2023", failure(site).lines().findFirst().orElseThrow());
    }

    @Test
    void aSeedWithNoWordsIsNotPublished() {
        FixtureSite site = FixtureSite.minimal(dir).write("seeds/a.txt", " \n\n");
        assertEquals("""
                content/documents/statement.yaml:1:7: error [empty-seed] seed "a.txt" holds no words (3 bytes), so there is nothing to publish
                  1 | seed: a.txt
                    |       ^
                  hint: copy the source's text into seeds/a.txt as received; a scan with no text layer cannot be published as text
                validate: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void aMarkdownDocumentWithNoTextIsNotPublished() {
        FixtureSite site = FixtureSite.minimal(dir).write("content/documents/remarks.md",
                "---\ntitle: Remarks\ndate: 2024-06-11\nkind: speech\nspeaker: Hana Tanaka\n---\n\n");
        assertEquals("""
                content/documents/remarks.md:6:1: error [empty-seed] the document has no text below its front matter, so there is nothing to publish
                  6 | ---
                    | ^
                  hint: write the source's text below the closing --- line, as received
                validate: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void aSeedThatIsNotUtf8IsNeverToBeSavedAgain() {
        FixtureSite site = FixtureSite.minimal(dir);
        site.writeBytes("seeds/a.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
        assertEquals("""
                seeds/a.txt:1:4: error [not-utf8] the file is not valid UTF-8 text (byte 0xE9 at offset 3)
                  hint: a seed is never saved again: if it is text in another encoding, keep this file outside seeds/ and put here a UTF-8 copy of the source (from its publisher, or converted without changing a character, as iconv -f SHIFT_JIS -t UTF-8 does), saying so in the summary; a PDF or an image does not belong here
                """, failure(site).lines().limit(2).map(l -> l + "\n").reduce("", String::concat));
    }

    @Test
    void metadataFileThatIsNotUtf8() {
        FixtureSite site = FixtureSite.minimal(dir);
        site.writeBytes("content/documents/statement.yaml", new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC3, '(', '\n'});
        assertEquals("""
                content/documents/statement.yaml:1:8: error [not-utf8] the file is not valid UTF-8 text (byte 0xC3 at offset 7)
                  hint: save the file as UTF-8; if it is not a text file, it does not belong here
                load: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void siteSettingsAreChecked() {
        FixtureSite site = FixtureSite.minimal(dir).write("content/site.yaml", "title: T\nlanguage: english\nbase_url: example.org\n");
        assertEquals("""
                content/site.yaml:1:1: error [missing-field] missing required field "description"
                content/site.yaml:2:11: error [invalid-value] "english" is not a language tag
                content/site.yaml:3:11: error [invalid-value] "example.org" is not an absolute http(s) URL ending in /
                validate: 3 errors; nothing was written""",
                failure(site).lines().filter(l -> l.startsWith("content/") || l.startsWith("validate")).reduce((a, b) -> a + "\n" + b).orElseThrow());
    }

    @Test
    void aBaseUrlWithAQueryOrFragmentIsRefused() {
        // it built, and every canonical link, sitemap entry and citation started "https://example.org/d/?v=1/"
        FixtureSite site = FixtureSite.minimal(dir).write("content/site.yaml", "title: T\ndescription: D\nlanguage: en\nbase_url: https://example.org/d/?v=1/\n");
        assertEquals("""
                content/site.yaml:4:11: error [invalid-value] "https://example.org/d/?v=1/" holds a query or fragment ("?" or "#"): the address of every page would start with it
                  4 | base_url: https://example.org/d/?v=1/
                    |           ^
                  hint: write the site folder's address alone, such as https://example.github.io/dossier/, or leave the field out
                validate: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void anAddressALinkCannotHoldIsReportedAtTheCharacterWithTheAddressPercentEncoded() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC + "source_url: https://www.mofa.go.jp/a|b c%zz\n");
        assertEquals("""
                content/documents/statement.yaml:%d:37: error [invalid-value] "https://www.mofa.go.jp/a|b c%%zz" is not a valid address: "|" (character 25) must be percent-encoded, as %%7C
                  %d | source_url: https://www.mofa.go.jp/a|b c%%zz
                     |                                     ^
                  hint: percent-encode it: https://www.mofa.go.jp/a%%7Cb%%20c%%25zz
                validate: 1 error; nothing was written
                """.formatted(FixtureSite.GOOD_DOC.lines().count() + 1, FixtureSite.GOOD_DOC.lines().count() + 1), report);
        FixtureSite quoted = FixtureSite.minimal(dir.resolve("quoted")).write("content/site.yaml",
                "title: T\ndescription: D\nlanguage: en\nbase_url: \"https://example.org/{x}/\"\n");
        assertEquals("content/site.yaml:4:32: error [invalid-value] \"https://example.org/{x}/\" is not a valid address:"
                + " \"{\" (character 21) must be percent-encoded, as %7B", failure(quoted).lines().findFirst().orElseThrow());
        FixtureSite given = FixtureSite.minimal(dir.resolve("given"));
        BuildFailure option = assertThrows(BuildFailure.class, () -> new org.dossier.build.Pipeline("test").build(
                new org.dossier.build.Pipeline.Options(given.inputs(), given.out(), "https://example.org/a b/")));
        assertEquals("""
                --base-url:1:1: error [invalid-value] "https://example.org/a b/" is not a valid address: a space (character 22) must be percent-encoded, as %20
                  hint: percent-encode it: https://example.org/a%20b/
                validate: 1 error; nothing was written
                """, option.report());
    }

    @Test
    void authorOrSpeakerIsRequired() {
        String report = failureWithDocument(FixtureSite.GOOD_DOC.replace("author: not stated\n", ""));
        assertEquals("""
                content/documents/statement.yaml:1:1: error [missing-field] missing field "author" (or "speaker")
                  1 | seed: a.txt
                    | ^
                  hint: add a line such as: author: not stated; a statement or speech may name its speaker instead
                validate: 1 error; nothing was written
                """, report);
    }

    @Test
    void documentFileNameMustBeAnId() {
        FixtureSite site = FixtureSite.minimal(dir).delete("content/documents/statement.yaml")
                .write("content/documents/My Statement.yaml", FixtureSite.GOOD_DOC);
        assertEquals("""
                content/documents/My Statement.yaml:1:1: error [invalid-id] the file name "My Statement.yaml" does not make a valid document id
                  hint: name the file with lower-case letters, digits and single hyphens, such as 2024-05-30-joint-letter.yaml
                validate: 1 error; nothing was written
                """, failure(site));
    }
}
