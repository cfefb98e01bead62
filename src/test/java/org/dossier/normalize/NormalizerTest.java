package org.dossier.normalize;

import org.dossier.model.Block;
import org.dossier.model.ReadingText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizerTest {
    private final Normalizer normalizer = new Normalizer();

    static Stream<Path> seeds() throws IOException {
        return Files.list(Path.of("seeds")).sorted();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySeedKeepsEveryWordInOrder(Path seed) throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        ReadingText reading = normalizer.normalize(text);
        assertEquals(Words.ofSource(text), Words.of(String.join(" ", reading.texts())));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noMarkupIsLeftInTheReadingText(Path seed) throws IOException {
        ReadingText reading = normalizer.normalize(Files.readString(seed, StandardCharsets.UTF_8));
        for (String t : reading.texts()) {
            assertTrue(!t.contains("<u>") && !t.contains("</u>") && !t.startsWith("#") && !t.startsWith("- "), t);
            assertEquals(t.strip(), t);
            assertTrue(!t.contains("  ") && !t.contains("\u00A0"), t);
        }
    }

    @Test
    void aTagThatPartsTwoNamesIsNoLongerTakenOutWithNothingInItsPlace() {
        // found by a contributor: a letter copied from an e-mail's HTML read "Human Rights NowHuman Rights Watch" and
        // "Peace Boat(Japan)": words the source does not print, which the word check, reading the seed the same way, passed
        String source = "We urge Japan to support the Court.\n\n<p>Signed:<br>Human Rights Now<br/>Human Rights Watch</p>\n"
                + "<table><tr><td>Peace Boat</td><td>(Japan)</td></tr></table>\n";
        ReadingText reading = normalizer.normalize(source);
        String shown = String.join(" ", reading.texts());
        assertTrue(shown.contains("Signed: Human Rights Now Human Rights Watch") && shown.contains("Peace Boat (Japan)"), shown);
        assertEquals(List.of("Signed", "Human", "Rights", "Now", "Human", "Rights", "Watch", "Peace", "Boat", "Japan"),
                Words.ofSource(source).subList(7, 17));
        assertEquals(Words.ofSource(source), Words.of(shown));
        assertTrue(reading.notes().stream().anyMatch(n -> n.contains(" In 3 places a tag that starts a line, a block or a table's"
                + " cell (<br>, <p>, <li>, <td>…) stood between two words with no space; a space parts them there")), reading.notes().toString());
    }

    @Test
    void aTagThatGoesOnOverALineBreakIsTakenOutWhole() {
        // found by review: an e-mail's HTML wraps its lines inside a tag ("<a" / "href=...>"); the word check kept it as
        // text ("<a" was a tag only before a space or ">") and the reading text, read line by line, kept its halves, so
        // the honest seed stopped the build with words-changed, "a bug in the generator"
        String source = "Statement by Ambassador Kamikawa to the Assembly.\n\n<p>Signed by:</p>\n<p><a\nhref=\"https://hrw.org\">"
                + "Human Rights Watch</a></p>\n<p>Peace Boat</p>\n";
        ReadingText reading = normalizer.normalize(source);
        String shown = String.join(" ", reading.texts());
        assertEquals(List.of("Statement", "by", "Ambassador", "Kamikawa", "to", "the", "Assembly", "Signed", "by", "Human", "Rights",
                "Watch", "Peace", "Boat"), Words.ofSource(source));
        assertEquals(Words.ofSource(source), Words.of(shown));
        assertTrue(shown.contains("Human Rights Watch") && !shown.contains("href"), shown);
    }

    @Test
    void aLetterCopiedFromHtmlAParagraphALineIsNotReflowedIntoOneParagraph() {
        // found by a contributor: a letter copied from an e-mail's HTML, each <p> and table row on a line of its own, was
        // read as hard-wrapped text (its lines long, ending in tags, not in punctuation) and shown as one paragraph, the
        // greeting, the requests and every signatory run together
        String source = """
                <p>21 November 2024</p>
                <p>Dear Minister Iwaya, we, the undersigned organizations, write to urge Japan to support the Court.</p>
                <p>Japan has been the largest financial contributor to the Court since it joined in 2007, and we ask it to</p>
                <ol><li>publicly condemn threats against the Court and its officials;</li><li>oppose any sanctions.</li></ol>
                <p>Sincerely,</p>
                <table>
                <tr><td>Human Rights Now</td><td>(Japan)</td></tr>
                <tr><td>Human Rights Watch</td><td>(International)</td></tr>
                </table>
                """;
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("21 November 2024",
                "Dear Minister Iwaya, we, the undersigned organizations, write to urge Japan to support the Court.",
                "Japan has been the largest financial contributor to the Court since it joined in 2007, and we ask it to"
                        + " publicly condemn threats against the Court and its officials; oppose any sanctions.",
                "Sincerely,", "Human Rights Now (Japan)", "Human Rights Watch (International)"), reading.texts());
        assertTrue(reading.notes().stream().noneMatch(n -> n.startsWith("Reflowed")), reading.notes().toString());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())));
    }

    @Test
    void rowsPrintedInColumnsAreShownOneCellPerLineInTheOrderOfEachRow() {
        // PDF text of names set in two columns: the gap that parts two names read as one space, running them together
        String source = "Joint letter\n\nDear Minister,\n\nWe call on you to support the Court.\n\nSignatories\n\n"
                + "Amnesty International Japan        Human Rights Now\n"
                + "Center for Prisoners' Rights\tPeace Boat\n"
                + "Japan Federation of Bar Associations\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(new Block.Paragraph(5, List.of("Amnesty International Japan", "Human Rights Now", "Center for Prisoners' Rights",
                "Peace Boat", "Japan Federation of Bar Associations")), reading.blocks().get(4));
        assertEquals("2 rows printed in columns (their cells parted by a tab or a run of spaces) are shown one cell per line,"
                + " in the order of each row.", reading.notes().get(0));
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())));
    }

    @Test
    void aNumberedListInThreeColumnsUnderALabelBecomesItemsInTheOrderOfEachRow() {
        String source = "Dear Minister,\n\n[Signatories]\n\n1. Amnesty International Japan\t2. Human Rights Now\t3. Peace Boat\n"
                + "4. Center for Prisoners' Rights\t5. Asia Justice and Rights\n";
        ReadingText reading = normalizer.normalize(source);
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, reading.blocks().get(2));
        assertEquals(List.of("1. Amnesty International Japan", "2. Human Rights Now", "3. Peace Boat", "4. Center for Prisoners' Rights",
                "5. Asia Justice and Rights"), list.items().stream().map(Block.Item::text).toList());
        assertEquals(List.of(3, 4, 5, 6, 7), list.items().stream().map(Block.Item::number).toList());
        assertTrue(reading.notes().contains("2 rows printed in columns (their cells parted by a tab or a run of spaces) are shown"
                + " one cell per line, in the order of each row."), reading.notes().toString());
    }

    @Test
    void inDoubleSpacedTextEachCellOfARowInColumnsIsALineOfItsOwnAndItsBreaksAreNotTheSources() {
        String source = "Title of the letter \n\n \n\nWe write to you today because the government of Japan has not yet \n\n"
                + "supported the Court as it should, and we ask it to do so now, in the \n\n"
                + "interest of all victims of the gravest crimes of concern to the world. \n\n \n\n"
                + "Amnesty International Japan        Human Rights Now \n\nCenter for Prisoners Rights        Peace Boat \n\n \n\n"
                + "End of the letter. \n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("Title of the letter",
                "We write to you today because the government of Japan has not yet supported the Court as it should, and we ask it"
                        + " to do so now, in the interest of all victims of the gravest crimes of concern to the world.",
                "Amnesty International Japan", "Human Rights Now", "Center for Prisoners Rights", "Peace Boat", "End of the letter."),
                reading.texts());
        assertEquals(List.of(
                "2 rows printed in columns (their cells parted by a tab or a run of spaces) are shown one cell per line, in the order of each row.",
                // the one break kept is the source's, between the two rows; those between the cells of a row are not counted
                "Reflowed hard-wrapped PDF text: the source has an empty line after every printed line; 2 line breaks inside"
                        + " paragraphs were joined, and 1 kept, after a line short of the width the text is wrapped at or around a"
                        + " Markdown heading or list mark.",
                "The first line, \"Title of the letter\", is shown as a heading: it opens the text and ends without punctuation,"
                        + " as a title does."), reading.notes());
    }

    @Test
    void namesInJapaneseScriptPrintedInColumnsAreShownOneCellPerLine() {
        // the test of a name asked for capitals, which Japanese has none of: two names ran together as one
        String source = "署名団体\n\nヒューマン・ライツ・ナウ        日本弁護士連合会\n認定NPO法人 ヒューマンライツ・ナウ    アムネスティ・インターナショナル日本\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("署名団体", "ヒューマン・ライツ・ナウ", "日本弁護士連合会", "認定NPO法人 ヒューマンライツ・ナウ", "アムネスティ・インターナショナル日本"),
                reading.texts());
        assertTrue(reading.notes().contains("2 rows printed in columns (their cells parted by a tab or a run of spaces) are shown"
                + " one cell per line, in the order of each row."), reading.notes().toString());
        // a row alone of two names too
        assertEquals(List.of("署名団体", "ヒューマン・ライツ・ナウ", "日本弁護士連合会", "以上"),
                normalizer.normalize("署名団体\n\nヒューマン・ライツ・ナウ        日本弁護士連合会\n\n以上\n").texts());
        // a place and a date, a place and a place, and sentences with wide spacing are no names
        String prose = "東京      2023年12月7日\n\n外務大臣 上川陽子 殿\n\n東京        大阪\n\n"
                + "日本政府は、ローマ規程を支持すべきです。    我々は要請します。\n日本政府は支持を表明した。    私たちは歓迎します。\n";
        ReadingText plain = normalizer.normalize(prose);
        assertEquals(List.of("東京 2023年12月7日", "外務大臣 上川陽子 殿", "東京 大阪",
                "日本政府は、ローマ規程を支持すべきです。 我々は要請します。", "日本政府は支持を表明した。 私たちは歓迎します。"), plain.texts());
        assertTrue(plain.notes().stream().noneMatch(n -> n.contains("columns")), plain.notes().toString());
    }

    @Test
    void columnsPartedByIdeographicSpacesAreShownOneCellPerLine() {
        // a run of U+3000, as Japanese text sets its columns, parted nothing: two names ran together as one
        String source = "署名団体\n\nヒューマン・ライツ・ナウ\u3000\u3000\u3000日本弁護士連合会\n認定NPO法人\u3000ヒューマンライツ・ナウ\u3000\u3000ピースボート\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("署名団体", "ヒューマン・ライツ・ナウ", "日本弁護士連合会", "認定NPO法人 ヒューマンライツ・ナウ", "ピースボート"), reading.texts());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())));
    }

    @Test
    void aRowOfATableCopiedWithTabsWhoseLeftCellIsBlankKeepsItsBlockInColumns() {
        // "\tAssociations" ended the block, so the row above it, alone, was not split: two names ran together as one
        String source = "Signed\n\nAmnesty International Japan\tJapan Federation of Bar\n\tAssociations\nHuman Rights Watch\tPeace Boat\n";
        assertEquals(List.of("Signed", "Amnesty International Japan", "Japan Federation of Bar", "Associations", "Human Rights Watch", "Peace Boat"),
                normalizer.normalize(source).texts());
    }

    @Test
    void theRestOfANameWrappedInItsColumnInLowerCaseDoesNotStopItsBlockBeingSplit() {
        // "abolition of torture" under "Japan Network for the", the left cell blank: it read as no name, so no row was
        // split and the names of each row ran together
        String source = "Signed\n\nAmnesty International Japan        Japan Network for the\n                                   abolition of torture\n"
                + "Human Rights Now                   Peace Boat\n";
        assertEquals(List.of("Signed", "Amnesty International Japan", "Japan Network for the", "abolition of torture", "Human Rights Now", "Peace Boat"),
                normalizer.normalize(source).texts());
        // a full row is no row of blank cells: a cell in lower case there is no name, and the row stays whole
        assertEquals(List.of("Signed", "Amnesty International Japan network for the", "Human Rights Now", "Peace Boat"),
                normalizer.normalize("Signed\n\nAmnesty International Japan        network for the\nHuman Rights Now        Peace Boat\n").texts());
    }

    @Test
    void aNameWrappedInTheLeftColumnInsideABlockDoesNotEndIt() {
        // "Associations" at the left margin ended the block, and the row above, left alone, ran its two names together
        assertEquals(List.of("Signed", "Japan Federation of Bar", "Human Rights Now", "Associations", "Peace Boat", "Amnesty International Japan"),
                normalizer.normalize("Signed\n\nJapan Federation of Bar        Human Rights Now\nAssociations\n"
                        + "Peace Boat                     Amnesty International Japan\n").texts());
    }

    @Test
    void aDateInsideAnOrganisationsNameLeavesItsRowShownOneCellPerLine() {
        // "1 March Movement Foundation" read as a date: its row was no row of columns, and two names ran together as one
        String source = "Signed:\n\nAmnesty International Japan        1 March Movement Foundation\n"
                + "18 May Memorial Foundation         Peace Boat\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(new Block.Paragraph(2, List.of("Amnesty International Japan", "1 March Movement Foundation", "18 May Memorial Foundation",
                "Peace Boat")), reading.blocks().get(1));
    }

    @Test
    void aPlaceAndADatePrintedApartOnOneLineAreNoColumns() {
        // "Tokyo        7 December 2023" heading a letter was shown as two lines, and the note counted it as a row of names
        String source = "Joint letter\n\nTokyo        7 December 2023\n\nDear Minister,\n\nWe call on you to support the Court.\n\n"
                + "Kenji Sato        Director\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("Joint letter", "Tokyo 7 December 2023", "Dear Minister,", "We call on you to support the Court.",
                "Kenji Sato Director"), reading.texts());
        assertTrue(reading.notes().stream().noneMatch(n -> n.contains("columns")), reading.notes().toString());
        // a date is no name in rows of columns either
        assertEquals(List.of("Signed", "Human Rights Now 7 December 2023", "Peace Boat 8 December 2023"),
                normalizer.normalize("Signed\n\nHuman Rights Now        7 December 2023\nPeace Boat        8 December 2023\n").texts());
        // a place and a date set under the columns of a list: the list is split, the place and the date are not
        ReadingText under = normalizer.normalize("Signed\n\nAmnesty International Japan        Human Rights Now\n"
                + "Peace Boat                         Human Rights Watch\nTokyo                              7 December 2023\n");
        assertEquals(List.of("Signed", "Amnesty International Japan", "Human Rights Now", "Peace Boat", "Human Rights Watch",
                "Tokyo 7 December 2023"), under.texts());
        assertEquals("2 rows printed in columns (their cells parted by a tab or a run of spaces) are shown one cell per line,"
                + " in the order of each row.", under.notes().get(0));
        // a row alone of two names, or of a name and an acronym, is a list's still
        assertEquals(List.of("Signed", "Human Rights Now", "JCLU", "End."), normalizer.normalize("Signed\n\nHuman Rights Now        JCLU\n\nEnd.\n").texts());
    }

    @Test
    void sentencesWithTwoSpacesAfterTheirFullStopAreNoColumns() {
        // short sentences parted by two spaces are cells to the signature check (ColumnRows); they read as no names
        ReadingText reading = normalizer.normalize("Dear Minister,\n\nThank you.  We look forward to your reply.\n\nYours sincerely,\n");
        assertEquals(List.of("Dear Minister,", "Thank you. We look forward to your reply.", "Yours sincerely,"), reading.texts());
        assertTrue(reading.notes().isEmpty(), reading.notes().toString());
    }

    @Test
    void doubleSpacedPdfTextIsReflowedIntoParagraphs() {
        String source = " Heading line \n\n \n\nFirst of all, let me thank \n\nthe chair for this \n\nsession. \n\n \n\nWe will continue \n\nthese activities. \n\n\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of(
                new Block.Heading(1, 1, "Heading line"),
                new Block.Paragraph(2, List.of("First of all, let me thank the chair for this session.")),
                new Block.Paragraph(3, List.of("We will continue these activities."))), reading.blocks());
        assertEquals(List.of(
                "Reflowed hard-wrapped PDF text: the source has an empty line after every printed line; 3 line breaks inside paragraphs were joined.",
                "The first line, \"Heading line\", is shown as a heading: it opens the text and ends without punctuation, as a title does."), reading.notes());
    }

    @Test
    void inDoubleSpacedTextShortLinesAndMarkdownMarksStartLinesOfTheirOwn() {
        // found by review: a heading and the signatory list under it were joined into one paragraph
        String source = "We, the undersigned organisations, write to urge the Government of Japan to \n\nratify the amendments"
                + " to the Rome Statute and to strengthen its cooperation \n\nwith the Court. \n\n \n\nWe call on Japan to: \n\n"
                + "- reaffirm its support for the ICC; and \n\n- cooperate with the court in the execution of arrest warrants. \n\n \n\n"
                + "### Coordinating organisations \n\nHuman Rigths Watch \n\nHuman Rights Now (HRN) \n\n \n\nSincerely, \n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("We, the undersigned organisations, write to urge the Government of Japan to ratify the amendments to the"
                        + " Rome Statute and to strengthen its cooperation with the Court.", "We call on Japan to:",
                "reaffirm its support for the ICC; and", "cooperate with the court in the execution of arrest warrants.",
                "Coordinating organisations", "Human Rigths Watch", "Human Rights Now (HRN)", "Sincerely,"), reading.texts());
        assertEquals("Reflowed hard-wrapped PDF text: the source has an empty line after every printed line; 2 line breaks inside"
                + " paragraphs were joined, and 4 kept, after a line short of the width the text is wrapped at or around a Markdown"
                + " heading or list mark.", reading.notes().get(0));
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())));
    }

    @Test
    void aLineThatFillsTheWrapWidthRunsOnWhateverTheNextLineStartsWith() {
        // found by review: "…the budget of the International" / "Criminal Court since 2007." were two paragraphs
        String source = String.join("\n\n", List.of(
                "Joint NGO Letter",
                "We, the undersigned organisations, write to urge the Government of Japan to",
                "ratify the Kampala amendments to the Rome Statute and to strengthen its",
                "cooperation with the ICC. This letter is signed by 25 organisations",
                "based in Japan and abroad.",
                "Japan has been the largest contributor to the budget of the International",
                "Criminal Court since 2007. We welcome this support, but support must",
                "also be political. The Japanese government should publicly condemn the",
                "US sanctions imposed on the court's prosecutor and on ICC judges.",
                "Sincerely,",
                "Human Rights Watch",
                "Peace Boat")) + "\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("Joint NGO Letter",
                "We, the undersigned organisations, write to urge the Government of Japan to ratify the Kampala amendments to the Rome"
                        + " Statute and to strengthen its cooperation with the ICC. This letter is signed by 25 organisations based in Japan and abroad.",
                "Japan has been the largest contributor to the budget of the International Criminal Court since 2007. We welcome this"
                        + " support, but support must also be political. The Japanese government should publicly condemn the US sanctions"
                        + " imposed on the court's prosecutor and on ICC judges.",
                "Sincerely,", "Human Rights Watch", "Peace Boat"), reading.texts());
        assertTrue(reading.notes().contains("Joined a paragraph that the source breaks mid-sentence, between \"…of the International\""
                + " and \"Criminal Court since…\": the line before fills the width the source's lines are wrapped at."), reading.notes().toString());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())));
    }

    @Test
    void aParagraphBrokenAfterACommaRunsOnAndALongNameInADoubleSpacedListStandsAlone() {
        // found by the second review: "…to protect the court," / "its officials…" stayed two paragraphs, and a name of
        // 80% of the wrap width was joined to the next name
        ReadingText wrapped = normalizer.normalize("We urge the Government of Japan to protect the court,\n\nits officials and those who help it.\n");
        assertEquals(List.of("We urge the Government of Japan to protect the court, its officials and those who help it."), wrapped.texts());
        String list = "We, the undersigned organisations, write together to urge the Government of Japan to \n\nratify the amendments to the"
                + " Rome Statute and to strengthen its cooperation with \n\nthe International Criminal Court. \n\n \n\n"
                + "ayus:Network of Buddhists Volunteers on International Cooperation \n\nAfrica Japan Forum \n";
        assertEquals(List.of("ayus:Network of Buddhists Volunteers on International Cooperation", "Africa Japan Forum"),
                normalizer.normalize(list).texts().subList(1, 3));
    }

    /** A letter wrapped line by line, each printed line a paragraph of its own; its names one per line, one of them long. */
    private static final List<String> WRAPPED_LETTER = List.of(
            "Joint NGO Letter",
            "We, the undersigned organisations, write to urge the Government of Japan to",
            "ratify the Kampala amendments to the Rome Statute and to strengthen its",
            "cooperation with the ICC. This letter is signed by 4 organisations",
            "based in Japan and abroad.",
            "Japan has been the largest contributor to the budget of the International",
            "Criminal Court since 2007. We welcome this support, but support must",
            "also be political. The Japanese government should publicly condemn the",
            "US sanctions imposed on the court's prosecutor and on ICC judges.",
            "Sincerely,",
            "Human Rights Watch",
            "Japan Federation of Bar Associations Committee on International Human Rights",
            "Peace Boat",
            "Amnesty International Japan");

    private static final List<String> WRAPPED_LETTER_READ = List.of("Joint NGO Letter",
            "We, the undersigned organisations, write to urge the Government of Japan to ratify the Kampala amendments to the Rome"
                    + " Statute and to strengthen its cooperation with the ICC. This letter is signed by 4 organisations based in Japan and abroad.",
            "Japan has been the largest contributor to the budget of the International Criminal Court since 2007. We welcome this"
                    + " support, but support must also be political. The Japanese government should publicly condemn the US sanctions"
                    + " imposed on the court's prosecutor and on ICC judges.",
            "Sincerely,", "Human Rights Watch", "Japan Federation of Bar Associations Committee on International Human Rights",
            "Peace Boat", "Amnesty International Japan");

    @Test
    void aLongNameInAListOfOnePerLineStandsAloneThoughItFillsTheWrapWidth() {
        // found by review: a name of 85% of the wrap width and more was taken for a line the wrap broke, and joined to
        // the next name: "…Committee on International Human Rights Peace Boat" on the letter's page
        String source = String.join("\n\n", WRAPPED_LETTER) + "\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(WRAPPED_LETTER_READ, reading.texts());
        // the line of running text that fills the width still runs on, whatever the next starts with
        assertTrue(reading.notes().contains("Joined a paragraph that the source breaks mid-sentence, between \"…of the International\""
                + " and \"Criminal Court since…\": the line before fills the width the source's lines are wrapped at."), reading.notes().toString());
        assertTrue(reading.notes().stream().noneMatch(n -> n.contains("Human Rights\" and")), reading.notes().toString());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())));
    }

    @Test
    void aLongNameInADoubleSpacedListStandsAloneThoughItFillsTheWrapWidth() {
        String source = String.join(" \n\n", WRAPPED_LETTER.subList(0, 5)) + " \n\n \n\n" + String.join(" \n\n", WRAPPED_LETTER.subList(5, 9))
                + " \n\n \n\n" + String.join(" \n\n", WRAPPED_LETTER.subList(9, WRAPPED_LETTER.size())) + " \n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(WRAPPED_LETTER_READ, reading.texts());
        assertEquals("Reflowed hard-wrapped PDF text: the source has an empty line after every printed line; 6 line breaks inside"
                + " paragraphs were joined, and 4 kept, after a line short of the width the text is wrapped at or around a Markdown"
                + " heading or list mark. 1 line break between the items of a list (lines that each read as a name, most of them short"
                + " of that width) was kept.", reading.notes().get(0));
        // names printed one under another, with no empty line between them, in double-spaced text (a longer one, so that
        // it is still read as such): kept apart too
        String prose = String.join(" \n\n", WRAPPED_LETTER.subList(5, 9)) + " \n\n \n\n";
        String packed = (prose + prose + prose + source).replace("Human Rights Watch \n\nJapan Federation", "Human Rights Watch \nJapan Federation")
                .replace("Human Rights \n\nPeace Boat", "Human Rights \nPeace Boat");
        ReadingText packedReading = normalizer.normalize(packed);
        List<String> packedTexts = packedReading.texts();
        assertEquals(WRAPPED_LETTER_READ.subList(2, WRAPPED_LETTER_READ.size()), packedTexts.subList(packedTexts.size() - 6, packedTexts.size()));
        assertTrue(packedReading.notes().get(0).endsWith(" 2 line breaks between the items of a list (lines that each read as a"
                + " name, most of them short of that width) were kept."), packedReading.notes().get(0));
        assertEquals(Words.ofSource(packed), Words.of(String.join(" ", packedReading.texts())));
    }

    @Test
    void aListPrintedRightUnderAHardWrappedParagraphKeepsItsLines() {
        // the same in single-spaced text: a list printed under the paragraph with no empty line was joined to it, names
        // and all, as one hard-wrapped paragraph
        String source = String.join("\n", WRAPPED_LETTER.subList(1, 9)) + "\n" + String.join("\n", WRAPPED_LETTER.subList(10, 14)) + "\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of(WRAPPED_LETTER_READ.get(1) + " " + WRAPPED_LETTER_READ.get(2), "Human Rights Watch",
                "Japan Federation of Bar Associations Committee on International Human Rights", "Peace Boat", "Amnesty International Japan"),
                reading.texts());
        assertEquals(List.of("Reflowed hard-wrapped text: 7 line breaks inside 1 paragraph joined. The lines of a list printed under a"
                + " paragraph with no empty line between them (lines that each read as a name, most of them short of the width the text"
                + " is wrapped at) keep their 3 line breaks."), reading.notes());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())));
    }

    @Test
    void runningTextWhoseLinesStartWithCapitalsIsNoList() {
        // the other side: two headings, then lines of a paragraph that start with a capital and hold no punctuation, are
        // no list: a line of running text has few capitalised words, so it is joined as before
        List<String> lines = new java.util.ArrayList<>(WRAPPED_LETTER.subList(0, 5));
        lines.addAll(List.of("Part One", "Background",
                "Japan has been the largest contributor to the budget of the International",
                "Criminal Court since 2007 and it continues to support the work of the Court",
                "in many ways and in every forum where the Court is discussed by its members."));
        lines.addAll(WRAPPED_LETTER.subList(6, 9));
        String source = String.join("\n\n", lines) + "\n";
        List<String> texts = normalizer.normalize(source).texts();
        assertEquals(List.of("Part One", "Background", "Japan has been the largest contributor to the budget of the International Criminal"
                + " Court since 2007 and it continues to support the work of the Court in many ways and in every forum where the Court"
                + " is discussed by its members."), texts.subList(2, 5));
        // and a title wrapped over two double-spaced lines, its date below, is one title still
        String title = "Joint Letter to the Japanese Government on Supporting the International \n\nCriminal Court \n\nApril 23, 2025 \n\n \n\n"
                + "The undersigned Japan-based organizations are writing to call on the Japanese \n\ngovernment to protect the Court. \n";
        assertEquals(List.of("Joint Letter to the Japanese Government on Supporting the International Criminal Court", "April 23, 2025",
                "The undersigned Japan-based organizations are writing to call on the Japanese government to protect the Court."),
                normalizer.normalize(title).texts());
    }

    @Test
    void markdownWithEveryLineSpacedIsNotMistakenForPdfText() {
        String source = "## Title\n\nA full paragraph that ends properly.\n\nAnother paragraph that ends too.\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(3, reading.blocks().size());
    }

    @Test
    void underlineTagsAreRemovedAndCounted() {
        ReadingText reading = normalizer.normalize("A sweeping <u>executive order</u> was issued.\n\nAnd a <u>statement</u>.\n");
        assertEquals(List.of("A sweeping executive order was issued.", "And a statement."), reading.texts());
        assertEquals(List.of("Removed 4 HTML tags that the source carries as text (<u> 4 times, counting opening and closing tags); "
                + "the words they enclosed are kept."), reading.notes());
    }

    @Test
    void wordsBetweenAngleBracketsThatAreNoTagAreKeptAsText() {
        // a source's own marks, not HTML: removed as tags, their words were lost, and the word check, reading the
        // source with the same idea of a tag, could not see it
        String source = "Available in two versions: <English version> and <Japanese original>. Contact <press@hrn.example>;"
                + " x<y and y>z hold; see <Annex 2>.\n\n<Summary> <B>Bold</B> <p class=\"x\" nowrap>para</p> <a and b>.\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("Available in two versions: <English version> and <Japanese original>. Contact <press@hrn.example>;"
                + " x<y and y>z hold; see <Annex 2>.", "<Summary> Bold para <a and b>."), reading.texts());
        assertEquals(List.of("Removed 4 HTML tags that the source carries as text (<b> 2 times, <p> 2 times, counting opening and"
                + " closing tags); the words they enclosed are kept."), reading.notes());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())));
    }

    @Test
    void scriptTagsNeverReachTheReadingText() {
        ReadingText reading = normalizer.normalize("Hello <script>alert(1)</script> world.\n");
        assertEquals(List.of("Hello alert(1) world."), reading.texts());
    }

    @Test
    void aTitleSplitOverTwoHeadingsBecomesOne() {
        ReadingText reading = normalizer.normalize("## Joint Letter:\n\n## Supporting the Court\n\nApril 23, 2025\n");
        assertEquals(new Block.Heading(1, 1, "Joint Letter: Supporting the Court"), reading.blocks().get(0));
        assertTrue(reading.notes().contains(
                "Joined one title that the source splits over two headings: \"## Joint Letter:\" and \"## Supporting the Court\"."));
    }

    @Test
    void strayHeadingsInsideASignatoryListBecomeItems() {
        String source = "#### 5 organizations\n\nAlpha Group\n\nBeta Forum\n\n# Gamma Network\n\n## DELTA COMMITTEE\n\nEpsilon Inc.\n";
        ReadingText reading = normalizer.normalize(source);
        assertEquals(2, reading.blocks().size());
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, reading.blocks().get(1));
        assertEquals(List.of(new Block.Item(2, "Alpha Group"), new Block.Item(3, "Beta Forum"), new Block.Item(4, "Gamma Network"),
                new Block.Item(5, "DELTA COMMITTEE"), new Block.Item(6, "Epsilon Inc.")), list.items());
        assertTrue(reading.notes().contains("Heading marks on 2 lines inside that list (\"# Gamma Network\", \"## DELTA COMMITTEE\") "
                + "are taken for stray markup: shown as list items, words unchanged."), reading.notes().toString());
    }

    @Test
    void linesUnderABracketedLabelBecomeAList() {
        ReadingText reading = normalizer.normalize("Closing words.\n\n[2 Coordinating organizations]\n\nHuman Rights Watch\nHuman Rights Now\n");
        assertEquals(new Block.Heading(2, 1, "[2 Coordinating organizations]"), reading.blocks().get(1));
        assertEquals(new Block.ListBlock(List.of(new Block.Item(3, "Human Rights Watch"), new Block.Item(4, "Human Rights Now"))),
                reading.blocks().get(2));
    }

    @Test
    void anAddressKeepsItsLineBreaks() {
        ReadingText reading = normalizer.normalize("May 30, 2024\n\nMs. Yoko Kamikawa\n2-2-1 Kasumigaseki, Chiyoda-ku\nTokyo 100-8919, Japan\n\nDear Minister,\n");
        assertEquals(new Block.Paragraph(2, List.of("Ms. Yoko Kamikawa", "2-2-1 Kasumigaseki, Chiyoda-ku", "Tokyo 100-8919, Japan")),
                reading.blocks().get(1));
    }

    @Test
    void aParagraphBrokenMidSentenceIsJoined() {
        ReadingText reading = normalizer.normalize("It is designed to intimidate court\n\nofficials and staff.\n\nNext paragraph.\n");
        assertEquals(List.of("It is designed to intimidate court officials and staff.", "Next paragraph."), reading.texts());
        assertTrue(reading.notes().contains(
                "Joined a paragraph that the source breaks mid-sentence, between \"…to intimidate court\" and \"officials and staff.…\"."));
    }

    @Test
    void aPageHeaderPrintedInsideASentenceIsNotJoinedIntoIt() {
        // found by review: PDF text's "Page 2 of 5" was joined into the sentence it interrupts ("the largest
        // contributor to the Page 2 of 5 budget of the Court"), and "- 3 -" was shown as a list item "3 -"
        String hardWrapped = """
                Japan and the Court

                Japan has consistently supported the fight against impunity for the most serious
                crimes of concern to the international community, and it will continue to do so as
                a matter of principle. The Government of Japan is the largest contributor to the
                Page 2 of 5
                budget of the Court, and it has been since it joined the Rome Statute in 2007. The
                Government will continue to cooperate with the Court in every way it can, and
                - 3 -
                it calls on all States to do the same.
                """;
        ReadingText reading = normalizer.normalize(hardWrapped);
        assertEquals(List.of("Japan and the Court",
                "Japan has consistently supported the fight against impunity for the most serious crimes of concern to the international"
                        + " community, and it will continue to do so as a matter of principle. The Government of Japan is the largest"
                        + " contributor to the",
                "Page 2 of 5",
                "budget of the Court, and it has been since it joined the Rome Statute in 2007. The Government will continue to"
                        + " cooperate with the Court in every way it can, and",
                "- 3 -",
                "it calls on all States to do the same."), reading.texts());
        assertEquals(List.of("Reflowed hard-wrapped text: 3 line breaks inside 2 paragraphs joined.",
                "The first line, \"Japan and the Court\", is shown as a heading: it opens the text and ends without punctuation, as a title does.",
                "Lines that may be a page's header or number (\"Page 2 of 5\", \"- 3 -\") are shown as a paragraph where the source"
                        + " prints them; the text around them is not joined across them, though a sentence may go on after them."),
                reading.notes());
        assertEquals(Words.ofSource(hardWrapped), Words.of(String.join(" ", reading.texts())));

        // paragraphs parted by empty lines: neither the lower-case rule nor the width rule joins across "Page 2 of 5"
        ReadingText parted = normalizer.normalize("Statement\n\nIt is designed to intimidate court\n\nPage 2 of 5\n\nofficials and staff.\n");
        assertEquals(List.of("Statement", "It is designed to intimidate court", "Page 2 of 5", "officials and staff."), parted.texts());
        assertEquals(List.of("The first line, \"Statement\", is shown as a heading: it opens the text and ends without punctuation, as a title does.",
                "A line that may be a page's header or number (\"Page 2 of 5\") is shown as a paragraph where the source"
                + " prints it; the text around it is not joined across it, though a sentence may go on after it."), parted.notes());
    }

    @Test
    void aByteOrderMarkStartingTheSeedIsNotShownInItsFirstHeading() {
        // found by a contributor: a seed saved with a BOM showed U+FEFF at the start of its first heading, and the note
        // quoted "\uFEFFStatement by Japan" as the source's first line
        ReadingText reading = normalizer.normalize("\uFEFFStatement by Japan\r\n\r\nJapan supports the Court.\r\n");
        assertEquals(List.of("Statement by Japan", "Japan supports the Court."), reading.texts());
        assertEquals(List.of("The byte order mark that starts the file (U+FEFF, which some editors write to mark UTF-8) is no"
                        + " text and is not shown; the verbatim file keeps it.",
                "The first line, \"Statement by Japan\", is shown as a heading: it opens the text and ends without punctuation, as a title does."),
                reading.notes());
    }

    @Test
    void aRunningHeaderBesideItsPageNumberIsNotJoinedIntoTheSentenceItInterrupts() {
        // found by a contributor: an Assembly document's header line, its symbol and page number in two columns, read
        // "…through the ICC-ASP/22/20 Page 2 of 3 budget process…" with no note: only a line of the number alone was known
        String hardWrapped = """
                Statement by Japan

                Japan has been the largest financial contributor to the International Criminal Court since it became
                a State Party in 2007, and continues to support the Court's efforts to strengthen its efficiency through the
                ICC-ASP/22/20                                                                          Page 2 of 3
                budget process and the review mechanism established by the Assembly at its eighteenth session in 2019,
                including the Independent Expert Review, whose recommendations Japan has consistently urged the Court to
                - 3 -          ICC-ASP/22/20
                implement without delay, as the Assembly asked it to do at its twenty-first session in December 2022.
                """;
        ReadingText reading = normalizer.normalize(hardWrapped);
        assertEquals(List.of("Statement by Japan",
                "Japan has been the largest financial contributor to the International Criminal Court since it became a State Party"
                        + " in 2007, and continues to support the Court's efforts to strengthen its efficiency through the",
                "ICC-ASP/22/20 Page 2 of 3",
                "budget process and the review mechanism established by the Assembly at its eighteenth session in 2019, including the"
                        + " Independent Expert Review, whose recommendations Japan has consistently urged the Court to",
                "- 3 - ICC-ASP/22/20",
                "implement without delay, as the Assembly asked it to do at its twenty-first session in December 2022."), reading.texts());
        assertTrue(reading.notes().contains("Lines that may be a page's header or number (\"ICC-ASP/22/20 Page 2 of 3\", \"- 3 -"
                + " ICC-ASP/22/20\") are shown as a paragraph where the source prints them; the text around them is not joined across"
                + " them, though a sentence may go on after them."), reading.notes().toString());
        assertEquals(Words.ofSource(hardWrapped), Words.of(String.join(" ", reading.texts())));
        // a sentence that speaks of a page is none
        assertEquals(List.of("Statement by Japan", "The figures are set out in the annex, on page 2 of 3."),
                normalizer.normalize("Statement by Japan\n\nThe figures are set out in the annex, on page 2 of 3.\n").texts());
    }

    @Test
    void aWordHyphenatedAtALineEndIsShownAsPrintedAndTheNoteSaysWhy() {
        // found by review: "crimi-" / "nal" was shown as "crimi- nal" with no word of it in the notes, so the reader
        // could take the space for the source's; neither it nor "co-" / "operation", whose hyphen is the word's, is joined
        String source = """
                Statement

                Japan reaffirms its support for the Inter-
                national Criminal Court and the fight against impunity for the most serious crimes of concern to the
                international community. The Rome Statute remains the foundation of international crimi-
                nal justice, and co-
                operation with the Court is essential, as Japan has said since 2007 in pre- and post-
                Trial work.
                """;
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("Statement", "Japan reaffirms its support for the Inter- national Criminal Court and the fight against impunity"
                + " for the most serious crimes of concern to the international community. The Rome Statute remains the foundation of"
                + " international crimi- nal justice, and co- operation with the Court is essential, as Japan has said since 2007 in pre-"
                + " and post- Trial work."), reading.texts());
        assertEquals(List.of("Reflowed hard-wrapped text: 5 line breaks inside 1 paragraph joined.",
                "The first line, \"Statement\", is shown as a heading: it opens the text and ends without punctuation, as a title does.",
                "4 words hyphenated at the end of a printed line are shown as printed, the hyphen kept and the line break made a"
                + " space: \"Inter- national\", \"crimi- nal\", \"co- operation\", \"post- Trial\". The source does not say whether a"
                + " hyphen is the word's own (\"co-operation\") or only the line's, so none is removed."), reading.notes());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())));
        // kept on their lines, nothing is joined, and the note says nothing
        assertEquals(List.of("The first line, \"Statement\", is shown as a heading: it opens the text and ends without punctuation, as a title does."),
                normalizer.normalize("Statement\n\nSigned by the co-\nordinators\n").notes());
    }

    @Test
    void aHyphenatedWordAfterABracketOrWithItsOwnHyphenOrDigitIsInTheHyphenNote() {
        // "(Hamas-" / "led)", "anti-co-" / "operation" and "G7-" / "led" were shown with the layout's space ("(Hamas- led)")
        // and the note left them out: the word before the hyphen was read as letters alone, after a space
        String source = """
                The Government of Japan condemns the attack on Israel by Hamas and others, and the (Hamas-
                led) taking of hostages, and calls for the anti-co-
                operation of no State with the Court, as the G7-
                led statement of the leaders said in Hiroshima, and as Japan has said since 2007.
                """;
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("The Government of Japan condemns the attack on Israel by Hamas and others, and the (Hamas- led) taking"
                + " of hostages, and calls for the anti-co- operation of no State with the Court, as the G7- led statement of the"
                + " leaders said in Hiroshima, and as Japan has said since 2007."), reading.texts());
        assertEquals(List.of("Reflowed hard-wrapped text: 3 line breaks inside 1 paragraph joined.",
                "3 words hyphenated at the end of a printed line are shown as printed, the hyphen kept and the line break made a"
                + " space: \"Hamas- led\", \"anti-co- operation\", \"G7- led\". The source does not say whether a"
                + " hyphen is the word's own (\"co-operation\") or only the line's, so none is removed."), reading.notes());
    }

    @Test
    void aWordHyphenatedWithUnicodesHyphenAtALineEndIsInTheHyphenNote() {
        // "crimi\u2010" / "nal", as Word and PDF text print the hyphen (U+2010, or U+2011 that does not break), was shown
        // "crimi\u2010 nal" with the layout's space and no note: only "-" was read as a hyphen
        String source = """
                Japan reaffirms its support for the International Criminal Court and the fight against the most serious crimi\u2010
                nal acts of concern to the international community as a whole, and for its co\u2011
                operation with the Court.
                """;
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("Japan reaffirms its support for the International Criminal Court and the fight against the most serious"
                + " crimi\u2010 nal acts of concern to the international community as a whole, and for its co\u2011 operation with the"
                + " Court."), reading.texts());
        assertEquals(List.of("Reflowed hard-wrapped text: 2 line breaks inside 1 paragraph joined.",
                "2 words hyphenated at the end of a printed line are shown as printed, the hyphen kept and the line break made a"
                + " space: \"crimi\u2010 nal\", \"co\u2011 operation\". The source does not say whether a hyphen is the word's own"
                + " (\"co-operation\") or only the line's, so none is removed."), reading.notes());
    }

    @Test
    void aWordSplitByASoftHyphenAtALineEndIsInANoteOfItsOwn() {
        // "crimi\u00AD" / "nal": PDF text breaks a word with a soft hyphen, which a browser shows only where it breaks
        // a line, so the page read "crimi nal" with the layout's space, and no note said why
        String source = """
                Japan reaffirms its support for the International Criminal Court and the fight against the most serious crimi\u00AD
                nal acts of concern to the international community as a whole, and for its co-
                operation with the Court.
                """;
        ReadingText reading = normalizer.normalize(source);
        // later: the space made it "crimi nal", two words for a reader and for search; it is now one, soft hyphen kept
        assertEquals(List.of("Japan reaffirms its support for the International Criminal Court and the fight against the most serious"
                + " crimi\u00ADnal acts of concern to the international community as a whole, and for its co- operation with the"
                + " Court."), reading.texts());
        assertEquals(List.of("Reflowed hard-wrapped text: 2 line breaks inside 1 paragraph joined.",
                "1 word hyphenated at the end of a printed line is shown as printed, the hyphen kept and the line break made a"
                + " space: \"co- operation\". The source does not say whether a hyphen is the word's own (\"co-operation\") or"
                + " only the line's, so none is removed.",
                "1 word split at the end of a printed line by a soft hyphen (U+00AD), which a browser shows only where it breaks a"
                + " line, is shown whole, the line break taken out: \"criminal\". The soft hyphen is kept in the text, where it is"
                + " not seen, and a browser may still break the word there."),
                reading.notes());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())), "no word lost or added");
    }

    @Test
    void aWordSplitByASoftHyphenInDoubleSpacedTextIsJoinedWhole() {
        String source = """
                Japan reaffirms its support for the International Criminal Court and the fight against the most serious crimi\u00AD

                nal acts of concern to the international community as a whole, and for its cooperation with the Court, which

                it hosts.

                \u0020

                Thank you.
                """;
        ReadingText reading = normalizer.normalize(source);
        assertEquals("Japan reaffirms its support for the International Criminal Court and the fight against the most serious"
                + " crimi\u00ADnal acts of concern to the international community as a whole, and for its cooperation with the"
                + " Court, which it hosts.", reading.texts().get(0));
        assertTrue(reading.notes().stream().anyMatch(n -> n.contains("shown whole, the line break taken out: \"criminal\"")),
                reading.notes().toString());
    }

    @Test
    void aWordSplitBySoftHyphenWrittenAsAnEntityAtALineEndIsJoinedWhole() {
        // "crimi&shy;" / "nal": the entity is read once the layout is, so the reflow made it "crimi\u00AD nal", two words
        String source = """
                Japan reaffirms its support for the International Criminal Court and the fight against the most serious crimi&shy;
                nal acts of concern to the international community as a whole, and against impu&#173;
                nity, with the Court.
                """;
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("Japan reaffirms its support for the International Criminal Court and the fight against the most serious"
                + " crimi\u00ADnal acts of concern to the international community as a whole, and against impu\u00ADnity, with the"
                + " Court."), reading.texts());
        assertTrue(reading.notes().contains("2 words split at the end of a printed line by a soft hyphen (U+00AD), which a browser"
                + " shows only where it breaks a line, are shown whole, the line break taken out: \"criminal\", \"impunity\". The"
                + " soft hyphen is kept in the text, where it is not seen, and a browser may still break the word there."),
                reading.notes().toString());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())), "no word lost or added");
    }

    @Test
    void anEntitysSemicolonIsNoPunctuationWhenTheLayoutIsRead() {
        // "Lawyers &amp; Citizens" read as holding a sentence ("; C"), and "Caf&eacute;" as ending a clause, so the
        // names under the heading were not a list
        String source = """
                We call on the government to support the Court.

                [3 organizations]

                Lawyers &amp; Citizens
                Caf&eacute;
                Human Rights Now
                """;
        ReadingText reading = normalizer.normalize(source);
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, reading.blocks().get(2));
        assertEquals(List.of("Lawyers & Citizens", "Café", "Human Rights Now"), list.items().stream().map(Block.Item::text).toList());
    }

    @Test
    void aSentenceEndingInAClosingQuoteWrittenAsAnEntityEndsItsLineAsThePrintedQuoteDoes() {
        // "world.&rdquo;": once an entity's semicolon was no punctuation, the quote that closes the sentence hid its full
        // stop, so the two sentences were taken for one hard-wrapped line and joined, where "world.”" keeps its line
        String source = """
                Japan said: &ldquo;We support the Court and its work in all regions of the world.&rdquo;
                The ministry added that it would continue its contributions to the Court.
                """;
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("Japan said: “We support the Court and its work in all regions of the world.”",
                "The ministry added that it would continue its contributions to the Court."), reading.texts());
        for (String closing : List.of("&quot;", "&#39;", "&#8221;", "&#x201D;", "&rsquo;", "&rpar;")) {
            String printed = source.replace("&rdquo;", closing);
            assertEquals(normalizer.normalize(Entities.decode(printed)).texts(), normalizer.normalize(printed).texts(), closing);
        }
        String ellipsis = source.replace("world.&rdquo;", "world&hellip;&rdquo;");
        assertEquals(normalizer.normalize(Entities.decode(ellipsis)).texts(), normalizer.normalize(ellipsis).texts(), "&hellip;");
    }

    @Test
    void aSemicolonAfterAnAmpersandAndLettersThatAreNoEntityIsPunctuation() {
        // "R&D;" and "AT&T;" end no entity HTML defines, and the page shows them as printed, semicolon and all; the
        // layout read their semicolon as an entity's end, so a first line ending "R&D;" was made a title "ending without
        // punctuation", and a paragraph ending "AT&T;" was joined to the next as if broken mid-sentence
        String source = """
                Japan will continue to fund training and R&D;

                the Government also supports the Court's outreach.

                Japan thanks its partners, among them AT&T;

                their support is welcome.
                """;
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("Japan will continue to fund training and R&D;", "the Government also supports the Court's outreach.",
                "Japan thanks its partners, among them AT&T;", "their support is welcome."), reading.texts());
        assertTrue(reading.blocks().stream().allMatch(b -> b instanceof Block.Paragraph), reading.blocks().toString());
        assertEquals(List.of(), reading.notes());
        // as a semicolon after a plain word does, and as a real entity's semicolon does not ("&amp;" is read, "R&D" is not)
        assertEquals(normalizer.normalize(source.replace("R&D;", "research;").replace("AT&T;", "industry;")).blocks().size(),
                reading.blocks().size());
        assertEquals(List.of("Lists of R&D and AT&T with Smith & Co"), normalizer.normalize("Lists of R&amp;D and AT&amp;T with Smith &amp; Co\n").texts());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())), "no word lost or added");
    }

    @Test
    void aJapaneseSentenceEndsAtItsFullStopSoTheNextParagraphIsNotJoinedToIt() {
        // "。" was no sentence's end for the layout: a Japanese paragraph as long as the source's widest line was joined
        // to the next, with a note that the source breaks it mid-sentence, and a one-line sentence was made a title
        String source = """
                国際刑事裁判所に関する声明

                日本は、国際刑事裁判所の独立性を支持する。「日本弁護士連合会」もこれを支持した。

                2023年12月、東京で研修を行った。

                刑事事件について、理事裁量で、裁判所は判断する。

                刑事裁判の記録を公開する。

                ｶﾞｲﾄﾞﾗｲﾝを公表した。

                カイトラインという語はない。

                ICC（国際刑事裁判所）とJapanの協力。Ｒｏｍｅ Ｓｔａｔｕｔｅ を批准した。

                「ローマ規程」について、彼は\"independence of the Court\"と述べた。

                The court's work, and the Court. Secretary-General said so.
                """;
        ReadingText reading = normalizer.normalize(source);
        assertEquals("日本は、国際刑事裁判所の独立性を支持する。「日本弁護士連合会」もこれを支持した。", reading.texts().get(1));
        assertEquals("2023年12月、東京で研修を行った。", reading.texts().get(2));
        assertEquals("The court's work, and the Court. Secretary-General said so.", reading.texts().get(reading.texts().size() - 1));
        assertTrue(reading.notes().stream().noneMatch(n -> n.contains("mid-sentence")), reading.notes().toString());
        assertInstanceOf(Block.Paragraph.class, normalizer.normalize("日本は国際刑事裁判所を支持する。\n").blocks().get(0));
    }

    @Test
    void htmlEntitiesAreShownAsTheCharactersTheyStandForAndNamedInANote() {
        // a seed copied from a web page showed "C&ocirc;te d&#39;Ivoire" as printed: a reader saw the entities, and the
        // name was neither linked nor found by search
        String source = """
                Statement on C&ocirc;te d&#39;Ivoire

                Japan supports the Court in C&ocirc;te d&#39;Ivoire &amp; Ghana, with 1&nbsp;500 officials trained in 2023&#x2013;2024.

                Smith & Co, AT&T and &foo; are no entities, nor is &lt;u&gt; a tag.
                """;
        ReadingText reading = normalizer.normalize(source);
        assertEquals(List.of("Statement on Côte d'Ivoire",
                "Japan supports the Court in Côte d'Ivoire & Ghana, with 1\u00A0500 officials trained in 2023\u20132024.",
                "Smith & Co, AT&T and &foo; are no entities, nor is <u> a tag."), reading.texts());
        assertEquals(List.of("The first line, \"Statement on Côte d'Ivoire\", is shown as a heading: it opens the text and ends"
                        + " without punctuation, as a title does.",
                "9 HTML entities that the source prints as text are shown as the characters they stand for, as a browser shows"
                        + " them: \"&ocirc;\" as \"ô\" 2 times (paragraphs 1 and 2); \"&#39;\" as \"'\" 2 times (paragraphs 1 and 2);"
                        + " \"&amp;\" as \"&\" once (paragraph 2); \"&nbsp;\" as a no-break space (U+00A0) once (paragraph 2);"
                        + " \"&#x2013;\" as \"\u2013\" once (paragraph 2); \"&lt;\" as \"<\" once (paragraph 3); \"&gt;\" as \">\" once"
                        + " (paragraph 3). The verbatim file keeps them as printed."),
                reading.notes());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())), "no word lost or added");
        assertEquals(List.of("Statement", "on", "Côte", "d", "Ivoire"), Words.ofSource(source).subList(0, 5));
    }

    @Test
    void theNoteOnEntitiesGroupsThemByEntityWithTheirParagraphsAsRanges() {
        // a web page's text full of entities got a note naming every paragraph ("in paragraphs 1, 2, 3, …, 40"), longer
        // than the text it was about: each entity now gives its count and its paragraphs, runs of them as a range
        StringBuilder source = new StringBuilder("Statement on the Court\n\n");
        for (int i = 2; i <= 40; i++) {
            source.append(i == 30 ? "The Court&rsquo;s budget is paragraph " + i + ".\n\n"
                    : "Japan&rsquo;s support is paragraph " + i + (i % 10 == 0 ? ", as Smith &amp; Co said.\n\n" : ".\n\n"));
        }
        ReadingText reading = normalizer.normalize(source.toString());
        assertEquals("42 HTML entities that the source prints as text are shown as the characters they stand for, as a browser"
                + " shows them: \"&rsquo;\" as \"\u2019\" 39 times (paragraphs 2\u201340); \"&amp;\" as \"&\" 3 times (paragraphs"
                + " 10, 20 and 40). The verbatim file keeps them as printed.", reading.notes().get(reading.notes().size() - 1));
        ReadingText gaps = normalizer.normalize("Japan&rsquo;s view.\n\nB.\n\nThe Court&rsquo;s view.\n\nThe Court&rsquo;s aim."
                + "\n\nThe Court&rsquo;s work.\n\nC.\n\nD.\n\nThe Court&rsquo;s end.\n\nThe Court&rsquo;s staff.\n");
        assertEquals("6 HTML entities that the source prints as text are shown as the characters they stand for, as a browser"
                + " shows them: \"&rsquo;\" as \"\u2019\" 6 times (paragraphs 1, 3\u20135, 8 and 9). The verbatim file keeps them"
                + " as printed.", gaps.notes().get(gaps.notes().size() - 1));
        assertEquals(Words.ofSource(source.toString()), Words.of(String.join(" ", reading.texts())), "no word lost or added");
    }

    @Test
    void aMarkdownTableInATextSeedKeepsItsRowsWithANote() {
        // rows as long as a wrapped paragraph's lines, ending no sentence, were taken for a hard-wrapped paragraph and
        // joined into one line, pipes and dashes run together
        String source = """
                Statement on Cooperation

                Japan supports the Court. The contributions were as follows:

                | Year of the contribution to the Court | Contribution in yen | Share of the budget |
                |---------------------------------------|---------------------|---------------------|
                | 2022 (assessed by the Assembly)       | 3.2 billion yen     | 16 per cent         |
                | 2023 (assessed by the Assembly)       | 3.4 billion yen     | 15 per cent         |

                Thank you.
                """;
        ReadingText reading = normalizer.normalize(source);
        Block.Paragraph table = assertInstanceOf(Block.Paragraph.class, reading.blocks().get(2));
        assertEquals(List.of("| Year of the contribution to the Court | Contribution in yen | Share of the budget |",
                "|---------------------------------------|---------------------|---------------------|",
                "| 2022 (assessed by the Assembly) | 3.2 billion yen | 16 per cent |",
                "| 2023 (assessed by the Assembly) | 3.4 billion yen | 15 per cent |"), table.lines());
        assertEquals(List.of("The first line, \"Statement on Cooperation\", is shown as a heading: it opens the text and ends without"
                        + " punctuation, as a title does.",
                "A table written in Markdown (cells between pipes, |) is shown as the source prints it, one row per line, in paragraph 3:"
                        + " not laid out as a table, so that no cell is read apart from its row."), reading.notes());
        assertEquals(Words.ofSource(source), Words.of(String.join(" ", reading.texts())), "no word lost or added");
    }

    @Test
    void markdownBulletsBecomeAList() {
        ReadingText reading = normalizer.normalize("We call on Japan to:\n\n- Express support;\n- Condemn efforts; and\n- Take measures.\n");
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, reading.blocks().get(1));
        assertEquals(3, list.items().size());
        assertEquals("Express support;", list.items().get(0).text());
    }

    @Test
    void typographicQuotesAndNonBreakingSpacesAreKeptAsWords() {
        ReadingText reading = normalizer.normalize("Mr. President,\n\u00A0\nthe \u201Crule of law\u201D matters.\u00A0\n");
        // a line ending in a comma runs on into one that goes on in lower case: one sentence
        assertEquals(List.of("Mr. President, the \u201Crule of law\u201D matters."), reading.texts());
    }

    @Test
    void emptyInputGivesNoBlocks() {
        assertEquals(List.of(), normalizer.normalize("").blocks());
        assertEquals(List.of(), normalizer.normalize("\n \n\u00A0\n").blocks());
    }
}
