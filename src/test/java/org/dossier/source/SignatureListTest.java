package org.dossier.source;

import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.diag.SourceText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A letter's list of names against the signatures: where each name stands, in which order, and who is left out. */
class SignatureListTest {
    /** The messages the check reports for the metadata's lists, given as YAML: coordinators and signatories. */
    private static List<String> check(String seed, String yaml) {
        return diagnostics(seed, yaml).stream().map(Diagnostic::headline).toList();
    }

    private static List<Diagnostic> diagnostics(String seed, String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        SourceText source = SourceText.of("letter.yaml", yaml);
        YamlNode.Mapping mapping = (YamlNode.Mapping) new YamlReader().read(source, diagnostics).orElseThrow();
        Fields f = new Fields(source, mapping, diagnostics, Fields.spec("coordinators", "[A]", "signatories", "[B]"));
        List<List<SignatureList.Named>> lists = new ArrayList<>();
        for (String field : List.of("coordinators", "signatories")) {
            if (f.has(field)) {
                List<SignatureList.Named> names = new ArrayList<>();
                // a plain list's names are signatories; a letter's coordinators and signatories, as-signed names
                String called = f.has("coordinators") ? "as-signed name" : "signatory";
                f.optionalTextList(field).orElseThrow().forEach(item -> names.add(new SignatureList.Named(item.text(), item, called)));
                lists.add(names);
            }
        }
        new SignatureList(seed).check(lists, f, "seed letter.txt");
        return diagnostics.sorted();
    }

    /** Seven names in two columns, the last row short: down each column, A B C D, then E F G. */
    private static final String TWO_COLUMNS = """
            We call on the government to support the Court.

            Signed:

            Amnesty International Japan        Human Rights Now
            Peace Boat                         Japan Civil Liberties Union
            Human Rights Watch                 Center for Prisoners' Rights
            Asia Pacific Forum
            """;

    private static final String DOWN = "signatories:\n"
            + "  - Amnesty International Japan\n  - Peace Boat\n  - Human Rights Watch\n  - Asia Pacific Forum\n"
            + "  - Human Rights Now\n  - Japan Civil Liberties Union\n  - Center for Prisoners' Rights\n";

    private static final String ACROSS = "signatories:\n"
            + "  - Amnesty International Japan\n  - Human Rights Now\n  - Peace Boat\n  - Japan Civil Liberties Union\n"
            + "  - Human Rights Watch\n  - Center for Prisoners' Rights\n  - Asia Pacific Forum\n";

    @Test
    void namesPartedByTagsOfALetterCopiedFromHtmlAreItemsOfItsList() {
        // found by a contributor: names in a table's cells or parted by <br> ran together ("Human Rights Watch(International)",
        // "Endorsed by:Africa Japan ForumBDS Tokyo"), so each honest name was not-in-list and the hint said to copy the run
        String seed = """
                <p>We urge Japan to support the Court.</p>
                <table>
                <tr><td>Human Rights Now</td><td>(Japan)</td></tr>
                <tr><td>Human Rights Watch</td><td>(International)</td></tr>
                </table>
                <p>Endorsed by:<br>Africa Japan Forum<br>BDS Tokyo</p>
                """;
        assertEquals(List.of(), check(seed, "signatories:\n  - Human Rights Now\n  - Human Rights Watch\n  - Africa Japan Forum\n  - BDS Tokyo\n"));
        // a name is still no item of a sentence the tags do not part
        assertEquals(List.of("letter.yaml:2:5: error [not-in-list] signatory \"Japan\" does not stand in seed letter.txt as a name of a list"
                        + " (a line of its own, or an item set off by commas, tabs or a bullet)"),
                check(seed, "signatories:\n  - Japan\n"));
    }

    @Test
    void aNameAfterATagWrappedOverALineBreakIsAnItemOfItsList() {
        // found by review: an e-mail's HTML wraps a line inside a tag ("<p><a" / "href=...>Human Rights Watch</a></p>");
        // the list was read a line at a time, the tag's halves stayed as text, and each honest name after one was not-in-list
        String seed = "<p>We urge Japan to support the Court.</p>\n<p>Endorsed by:</p>\n<p><a\nhref=\"https://hrw.org\">Human Rights Watch</a></p>\n"
                + "<p>BDS Tokyo</p>\n<p><span\nstyle=\"color: red\">Peace Boat</span><br>Human Rights Now</p>\n";
        assertEquals(List.of(), check(seed, "signatories:\n  - Human Rights Watch\n  - BDS Tokyo\n  - Peace Boat\n  - Human Rights Now\n"));
    }

    @Test
    void aNameHoldingACommaMayStandInAColumn() {
        // "Alter Trade Japan, Inc." beside another name was cut at its comma: not-in-list
        String seed = """
                Signed:

                YWCA of Osaka          Alter Trade Japan, Inc.
                Kyoto YWCA             Peace Boat
                """;
        assertEquals(List.of(), check(seed, "signatories:\n  - YWCA of Osaka\n  - Alter Trade Japan, Inc.\n  - Kyoto YWCA\n  - Peace Boat\n"));
        assertEquals(List.of(), check(seed.replace("          Alter", "\tAlter"),
                "signatories:\n  - YWCA of Osaka\n  - Alter Trade Japan, Inc.\n  - Kyoto YWCA\n  - Peace Boat\n"));
    }

    @Test
    void namesInTwoColumnsMayBeListedDownEachColumnOrAcrossEachRow() {
        // found by review: a two-column list was read row by row only, so names listed column by column, as a reader
        // reads them, were out of order and stopped the build
        assertEquals(List.of(), check(TWO_COLUMNS, DOWN));
        assertEquals(List.of(), check(TWO_COLUMNS, ACROSS));
        // tabs part columns too, and three columns are read the same way
        String tabs = "Signed:\n\nAmnesty International Japan\tHuman Rights Now\tPeace Boat\n"
                + "Human Rights Watch\tJapan Civil Liberties Union\tAsia Pacific Forum\n";
        assertEquals(List.of(), check(tabs, "signatories: [Amnesty International Japan, Human Rights Watch, Human Rights Now,"
                + " Japan Civil Liberties Union, Peace Boat, Asia Pacific Forum]\n"));
        // a numbered list in columns: the number goes with its name, not in a column of its own
        String numbered = "Signed:\n\n1.  Amnesty International Japan      3.  Human Rights Now\n2.  Peace Boat      4.  Human Rights Watch\n";
        assertEquals(List.of(), check(numbered, "signatories: [Amnesty International Japan, Peace Boat, Human Rights Now, Human Rights Watch]\n"));
    }

    @Test
    void namesInColumnsPartedByIdeographicSpacesAreItems() {
        // Japanese text sets its columns with runs of U+3000: the names ran together as one, and each was not-in-list
        String seed = "署名団体：\n\nヒューマン・ライツ・ナウ\u3000\u3000\u3000日本弁護士連合会\n"
                + "認定NPO法人\u3000ヒューマンライツ・ナウ\u3000\u3000ピースボート\n";
        assertEquals(List.of(), check(seed, "signatories: [ヒューマン・ライツ・ナウ, 認定NPO法人 ヒューマンライツ・ナウ, 日本弁護士連合会, ピースボート]\n"));
        // one ideographic space is a space inside a name, not a gap between two
        assertEquals(List.of("letter.yaml:1:15: error [not-in-list] signatory \"認定NPO法人\" does not stand in seed letter.txt as a name of a"
                + " list (a line of its own, or an item set off by commas, tabs or a bullet)"),
                check(seed, "signatories: [認定NPO法人, ピースボート]\n"));
    }

    @Test
    void aRowWithABlankCellStaysInItsBlockAndItsNameInItsColumn() {
        // a row with its left cell blank ended the block, and its name was read in the left column: names listed down
        // each column were out of order
        String blankLeft = """
                Signed:

                Amnesty International Japan        Human Rights Now
                                                   Peace Boat
                Human Rights Watch                 Japan Civil Liberties Union
                """;
        assertEquals(List.of(), check(blankLeft, "signatories: [Amnesty International Japan, Human Rights Watch, Human Rights Now, Peace Boat,"
                + " Japan Civil Liberties Union]\n"));
        assertEquals(List.of(), check(blankLeft, "signatories: [Amnesty International Japan, Human Rights Now, Peace Boat, Human Rights Watch,"
                + " Japan Civil Liberties Union]\n"));
        assertEquals(List.of("letter.yaml:1:76: error [not-in-order] signatory \"Human Rights Now\" is printed before \"Peace Boat\" in seed"
                        + " letter.txt (line 3, right column, against line 4, right column, reading the columns of lines 3 to 5 down each column),"
                        + " but listed after it here"),
                check(blankLeft, "signatories: [Amnesty International Japan, Human Rights Watch, Peace Boat, Human Rights Now,"
                        + " Japan Civil Liberties Union]\n"));
        // three columns, the middle cell of a row blank
        String blankMiddle = """
                Signed:

                Amnesty International Japan        Human Rights Now        Peace Boat
                Human Rights Watch                                         Asia Pacific Forum
                Center for Prisoners' Rights       Kyoto YWCA              Osaka YWCA
                """;
        assertEquals(List.of(), check(blankMiddle, "signatories: [Amnesty International Japan, Human Rights Watch, Center for Prisoners' Rights,"
                + " Human Rights Now, Kyoto YWCA, Peace Boat, Asia Pacific Forum, Osaka YWCA]\n"));
        // the last row, its left cell blank: its name is the foot of the right column
        String blankLast = """
                Signed:

                Amnesty International Japan        Human Rights Now
                Peace Boat                         Human Rights Watch
                                                   Japan Civil Liberties Union
                """;
        assertEquals(List.of(), check(blankLast, "signatories: [Amnesty International Japan, Peace Boat, Human Rights Now, Human Rights Watch,"
                + " Japan Civil Liberties Union]\n"));
    }

    @Test
    void aNameWrappedOntoTheNextLineInsideItsColumnIsOneName() {
        // "Japan Federation of Bar" over "Associations" in the same column: the name as printed was not-in-list
        String right = """
                Signed:

                Amnesty International Japan        Japan Federation of Bar
                                                   Associations
                Human Rights Now                   Peace Boat
                """;
        assertEquals(List.of(), check(right, "signatories: [Amnesty International Japan, Human Rights Now, Japan Federation of Bar Associations,"
                + " Peace Boat]\n"));
        assertEquals(List.of(), check(right, "signatories: [Amnesty International Japan, Japan Federation of Bar Associations, Human Rights Now,"
                + " Peace Boat]\n"));
        String left = """
                Signed:

                Amnesty International Japan        Human Rights Now
                Japan Federation of Bar            Peace Boat
                Associations
                """;
        assertEquals(List.of(), check(left, "signatories: [Amnesty International Japan, Japan Federation of Bar Associations, Human Rights Now,"
                + " Peace Boat]\n"));
        // read as two names, they are two names still: the cell left out is unlisted
        assertEquals(List.of("letter.yaml:2:3: warning [unlisted-name] the letter prints \"Associations\" (seed letter.txt, line 5, left"
                + " column) among the names it lists, and the signatures leave it out"),
                check(left, "signatories:\n  - Amnesty International Japan\n  - Japan Federation of Bar\n  - Human Rights Now\n  - Peace Boat\n"));
    }

    @Test
    void aBlankCellOfATableCopiedWithTabsIsOneMoreTab() {
        // a row parted by tabs, its left cell blank ("\tPeace Boat"): its name was read in the left column, and a name
        // wrapped in the right column was not-in-list
        String blank = "Signed:\n\nAmnesty International Japan\tHuman Rights Now\n\tPeace Boat\nHuman Rights Watch\tJapan Civil Liberties Union\n";
        assertEquals(List.of(), check(blank, "signatories: [Amnesty International Japan, Human Rights Watch, Human Rights Now, Peace Boat,"
                + " Japan Civil Liberties Union]\n"));
        String wrapped = "Signed:\n\nAmnesty International Japan\tJapan Federation of Bar\n\tAssociations\nHuman Rights Watch\tPeace Boat\n";
        assertEquals(List.of(), check(wrapped, "signatories: [Amnesty International Japan, Human Rights Watch, Japan Federation of Bar Associations,"
                + " Peace Boat]\n"));
        // three columns, the middle one blank: two tabs
        String middle = "Signed:\n\nAmnesty International Japan\tHuman Rights Now\tPeace Boat\nHuman Rights Watch\t\tAsia Pacific Forum\n"
                + "Kyoto YWCA\tOsaka YWCA\tTokyo YWCA\n";
        assertEquals(List.of(), check(middle, "signatories: [Amnesty International Japan, Human Rights Watch, Kyoto YWCA, Human Rights Now,"
                + " Osaka YWCA, Peace Boat, Asia Pacific Forum, Tokyo YWCA]\n"));
    }

    @Test
    void japaneseNamesInColumnsAreSetInWideCharacters() {
        // a column laid out under Japanese names, each character two wide: a row with its left cell blank was read in
        // the left column, as its characters were counted one wide
        String seed = "署名団体\n\n"
                + "ヒューマン・ライツ・ナウ        日本弁護士連合会\n" // 24 wide, then 8 spaces: the right column at 32
                + "                                ピースボート\n"
                + "アムネスティ日本                アジア女性資料センター\n"; // 16 wide, then 16 spaces
        assertEquals(List.of(), check(seed, "signatories: [ヒューマン・ライツ・ナウ, アムネスティ日本, 日本弁護士連合会, ピースボート, アジア女性資料センター]\n"));
    }

    @Test
    void aPlaceAndADateSetUnderTheColumnsAreNoNamesOfTheList() {
        // "Tokyo        7 December 2023" under the list was read as a row of its columns: down each column, "Tokyo"
        // stood between two names and was reported as a name the signatures leave out
        String seed = """
                Signed:

                Amnesty International Japan        Human Rights Now
                Peace Boat                         Human Rights Watch
                Tokyo                              7 December 2023
                """;
        assertEquals(List.of(), check(seed, "signatories: [Amnesty International Japan, Peace Boat, Human Rights Now, Human Rights Watch]\n"));
    }

    @Test
    void aNameWrappedInTheLeftColumnInsideABlockKeepsTheBlockWhole() {
        // "Associations" at the left margin between two rows ended the block, so names listed down each column were
        // not-in-order: "Human Rights Now" (line 3) stood in one block, "Peace Boat" (line 5) in the next
        String seed = """
                Signed:

                Japan Federation of Bar        Human Rights Now
                Associations
                Peace Boat                     Amnesty International Japan
                """;
        assertEquals(List.of(), check(seed, "signatories: [Japan Federation of Bar Associations, Peace Boat, Human Rights Now,"
                + " Amnesty International Japan]\n"));
        assertEquals(List.of(), check(seed, "signatories: [Japan Federation of Bar Associations, Human Rights Now, Peace Boat,"
                + " Amnesty International Japan]\n"));
        // a label at the left margin still ends the block: each block is read its own way
        String labelled = """
                Signed:

                Amnesty International Japan        Human Rights Now
                Peace Boat                         Human Rights Watch
                Individuals:
                Kazuko Ito                         Teruki Tsunemoto
                Kenji Sato                         Yuko Tanaka
                """;
        assertEquals(List.of(), check(labelled, "signatories: [Amnesty International Japan, Peace Boat, Human Rights Now, Human Rights Watch,"
                + " Kazuko Ito, Kenji Sato, Teruki Tsunemoto, Yuko Tanaka]\n"));
        // "Individuals" heads a list and names no signatory: no unlisted-name
        assertEquals(List.of(), check(labelled.replace("Individuals:", "Individuals"), "signatories: [Amnesty International Japan, Peace Boat, Human Rights Now,"
                        + " Human Rights Watch, Kazuko Ito, Kenji Sato, Teruki Tsunemoto, Yuko Tanaka]\n"));
    }

    @Test
    void eachBlockOfColumnsIsReadItsOwnWay() {
        // the coordinators across their row, the signatories down their columns; a line of another number of columns
        // starts another block
        String seed = """
                Coordinated by:
                Amnesty International Japan        Human Rights Now
                Signed by:
                Peace Boat                         Japan Civil Liberties Union
                Human Rights Watch                 Center for Prisoners' Rights
                Asia Pacific Forum    Kyoto YWCA    Osaka YWCA
                Nagoya YWCA           Tokyo YWCA    Sendai YWCA
                """;
        assertEquals(List.of(), check(seed, "coordinators: [Amnesty International Japan, Human Rights Now]\n"
                + "signatories: [Peace Boat, Human Rights Watch, Japan Civil Liberties Union, Center for Prisoners' Rights,"
                + " Asia Pacific Forum, Kyoto YWCA, Osaka YWCA, Nagoya YWCA, Tokyo YWCA, Sendai YWCA]\n"));
        // one block is read one way throughout: down its first column, then across its rows, is out of order either way
        assertEquals(List.of("letter.yaml:2:126: error [not-in-order] as-signed name \"Nagoya YWCA\" is printed after \"Kyoto YWCA\" in"
                + " seed letter.txt (line 7, left column, against line 6, middle column, reading the columns of lines 6 to 7 across each"
                + " row), but listed before it here"), check(seed, "coordinators: [Amnesty International Japan, Human Rights Now]\n"
                + "signatories: [Peace Boat, Human Rights Watch, Japan Civil Liberties Union, Center for Prisoners' Rights,"
                + " Asia Pacific Forum, Nagoya YWCA, Kyoto YWCA, Osaka YWCA, Tokyo YWCA, Sendai YWCA]\n"));
    }

    @Test
    void sentencesWithTwoSpacesAfterTheirFullStopsAreNoColumns() {
        String prose = "It was signed.  We thank Amnesty International Japan, Peace Boat and Human Rights Watch.\n"
                + "It is valued.  We thank the Court and its staff for their work over many years.\n";
        assertEquals(List.of("letter.yaml:1:35: error [not-in-order] signatory \"Peace Boat\" is printed before \"Human Rights Watch\""
                + " in seed letter.txt (line 1 against 1), but listed after it here"), check(prose, "signatories: [Human Rights Watch, Peace Boat]\n"));
    }

    @Test
    void rowsOfColumnsPartedByOneEmptyLineAreOneBlock() {
        // double-spaced PDF text: an empty line after every printed row
        String doubleSpaced = "Signed: \n\nAmnesty International Japan        Human Rights Now \n\nPeace Boat        Human Rights Watch \n";
        assertEquals(List.of(), check(doubleSpaced, "signatories: [Amnesty International Japan, Peace Boat, Human Rights Now, Human Rights Watch]\n"));
    }

    @Test
    void aNameOutOfOrderInColumnsSaysWhichColumnAndHowTheBlockWasRead() {
        String swapped = DOWN.replace("  - Peace Boat\n  - Human Rights Watch\n", "  - Human Rights Watch\n  - Peace Boat\n");
        assertEquals(List.of("letter.yaml:4:5: error [not-in-order] signatory \"Peace Boat\" is printed before \"Human Rights Watch\" in seed"
                + " letter.txt (line 6, left column, against line 7, left column, reading the columns of lines 5 to 8 down each column),"
                + " but listed after it here"), check(TWO_COLUMNS, swapped));
        // two names of one row swapped: the same line, told apart by their columns
        String sameRow = ACROSS.replace("  - Amnesty International Japan\n  - Human Rights Now\n", "  - Human Rights Now\n  - Amnesty International Japan\n");
        assertEquals(List.of("letter.yaml:3:5: error [not-in-order] signatory \"Amnesty International Japan\" is printed before"
                + " \"Human Rights Now\" in seed letter.txt (line 5, left column, against line 5, right column, reading the columns of"
                + " lines 5 to 8 across each row), but listed after it here"), check(TWO_COLUMNS, sameRow));
    }

    @Test
    void aNameInAColumnThatTheSignaturesLeaveOutIsTheCellNotTheRow() {
        // found by review: a row whose other name was listed counted as listed, so a name left out beside it went
        // unnoticed; and a row left out was quoted whole, two names as one
        assertEquals(List.of("letter.yaml:2:3: warning [unlisted-name] the letter prints \"Human Rights Now\" (seed letter.txt,"
                + " line 5, right column) among the names it lists, and the signatures leave it out"),
                check(TWO_COLUMNS, ACROSS.replace("  - Human Rights Now\n", "")));
        assertEquals(List.of("letter.yaml:2:3: warning [unlisted-name] the letter prints \"Japan Civil Liberties Union\" (seed letter.txt,"
                + " line 6, right column) among the names it lists, and the signatures leave it out"),
                check(TWO_COLUMNS, DOWN.replace("  - Japan Civil Liberties Union\n", "")));
        assertEquals(List.of(
                "letter.yaml:2:3: warning [unlisted-name] the letter prints \"Japan Civil Liberties Union\" (seed letter.txt, line 6,"
                        + " right column) among the names it lists, and the signatures leave it out",
                "letter.yaml:2:3: warning [unlisted-name] the letter prints \"Peace Boat\" (seed letter.txt, line 6, left column) among"
                        + " the names it lists, and the signatures leave it out"),
                check(TWO_COLUMNS, DOWN.replace("  - Peace Boat\n", "").replace("  - Japan Civil Liberties Union\n", "")));
    }

    /** The coordinators printed on their own, then again among the signatories, as the dossier's two letters print them. */
    private static final String COORDINATORS_TWICE = """
            We call on the government to support the Court.

            Coordinating organizations

            Human Rights Watch
            Human Rights Now

            Signatories:

            Peace Boat
            Human Rights Watch
            Human Rights Now
            Kyoto YWCA
            """;

    private static final String SIGNATORIES = "signatories: [Peace Boat, Human Rights Watch, Human Rights Now, Kyoto YWCA]\n";

    @Test
    void coordinatorsListedInReverseAreOutOfOrderThoughTheListPrintsTheirNamesAgain() {
        // found by review: each coordinator could take the place its name has in the list, so Human Rights Now (line 6)
        // then Human Rights Watch (line 12) passed for the letter's Human Rights Watch, Human Rights Now
        assertEquals(List.of(), check(COORDINATORS_TWICE, "coordinators: [Human Rights Watch, Human Rights Now]\n" + SIGNATORIES));
        assertEquals(List.of("letter.yaml:1:34: error [not-in-order] as-signed name \"Human Rights Watch\" is printed before"
                        + " \"Human Rights Now\" in seed letter.txt (line 5 against 6), but listed after it here"),
                check(COORDINATORS_TWICE, "coordinators: [Human Rights Now, Human Rights Watch]\n" + SIGNATORIES));
    }

    @Test
    void signatoriesCannotTakeTheCoordinatorsOwnPlaces() {
        // the same mistake the other way: the coordinators' names put first among the signatories took the places the
        // coordinators are printed at, and the coordinators those of the list
        assertEquals(List.of("letter.yaml:2:53: error [not-in-order] as-signed name \"Peace Boat\" is printed before"
                        + " \"Human Rights Now\" in seed letter.txt (line 10 against 12), but listed after it here"),
                check(COORDINATORS_TWICE, "coordinators: [Human Rights Watch, Human Rights Now]\n"
                        + "signatories: [Human Rights Watch, Human Rights Now, Peace Boat, Kyoto YWCA]\n"));
    }

    @Test
    void coordinatorsPrintedAfterTheListAreInOrderThere() {
        String after = """
                Signed by

                Peace Boat
                Human Rights Watch
                Human Rights Now
                Kyoto YWCA

                Coordinated by:

                Human Rights Watch
                Human Rights Now
                """;
        assertEquals(List.of(), check(after, "coordinators: [Human Rights Watch, Human Rights Now]\n" + SIGNATORIES));
        assertEquals(List.of("letter.yaml:1:34: error [not-in-order] as-signed name \"Human Rights Watch\" is printed before"
                        + " \"Human Rights Now\" in seed letter.txt (line 10 against 11), but listed after it here"),
                check(after, "coordinators: [Human Rights Now, Human Rights Watch]\n" + SIGNATORIES));
    }

    @Test
    void aCoordinatorPrintedInTheMiddleOfTheListIsToldWhereTheCoordinatorsAreListed() {
        // no other coordinator to set it beside: its neighbour is a signatory, and the message says how the two lists
        // were read together
        String middle = "Signed by:\n\nPeace Boat\nKyoto YWCA\nCoordinated by:\nHuman Rights Watch\nOsaka YWCA\n";
        assertEquals(List.of("letter.yaml:1:16: error [not-in-order] as-signed name \"Human Rights Watch\" is printed after \"Peace Boat\""
                        + " in seed letter.txt (line 6 against 3), but listed before it here (the coordinators, then the signatories)"),
                check(middle, "coordinators: [Human Rights Watch]\nsignatories: [Peace Boat, Kyoto YWCA, Osaka YWCA]\n"));
    }

    @Test
    void coordinatorsMarkedOnlyInTheListAreJudgedThereInTheirOwnOrder() {
        // a coordinator printed only in the list, marked with a star, shares its place with its signature
        String starred = """
                Signed by (* coordinating organizations)

                Peace Boat
                Human Rights Watch*
                Human Rights Now*
                Kyoto YWCA
                """;
        assertEquals(List.of(), check(starred, "coordinators: [Human Rights Watch, Human Rights Now]\n" + SIGNATORIES));
        assertEquals(List.of("letter.yaml:1:34: error [not-in-order] as-signed name \"Human Rights Watch\" is printed before"
                        + " \"Human Rights Now\" in seed letter.txt (line 4 against 5), but listed after it here"),
                check(starred, "coordinators: [Human Rights Now, Human Rights Watch]\n" + SIGNATORIES));
    }

    @Test
    void aNameListedMoreOftenThanTheLetterPrintsItIsToldSo() {
        // found while mending the order check: a name listed twice but printed once failed the build with an internal
        // error when it came last, and was "printed after" a name printed below it otherwise
        String list = "Signed by\n\nPeace Boat\nHuman Rights Watch\nKyoto YWCA\n";
        assertEquals(List.of("letter.yaml:1:59: error [not-in-order] signatory \"Kyoto YWCA\" is listed here more often than seed"
                + " letter.txt prints it in its list: once, at line 5"), check(list, "signatories: [Peace Boat, Human Rights Watch, Kyoto YWCA, Kyoto YWCA]\n"));
        assertEquals(List.of("letter.yaml:1:27: error [not-in-order] signatory \"Peace Boat\" is listed here more often than seed"
                + " letter.txt prints it in its list: once, at line 3"), check(list, "signatories: [Peace Boat, Peace Boat, Human Rights Watch, Kyoto YWCA]\n"));
    }

    @Test
    void aFootnotesNumberPrintedAgainstANameIsNoPartOfIt() {
        // PDF text prints the mark as plain digits: "Iraq War Inquiry Network1" was not-in-list for "Iraq War Inquiry Network"
        String list = "Signed by\n\nPeace Boat\nIraq War Inquiry Network1\nGaza Action12, Human Rights Watch\nAsia Forum*\n\n"
                + "1 The network was founded in 2004.\n";
        assertEquals(List.of(), check(list, "signatories: [Peace Boat, Iraq War Inquiry Network, Gaza Action, Human Rights Watch, Asia Forum]\n"));
        // quoted with its mark, the name is the letter's item still
        assertEquals(List.of(), check(list, "signatories: [Peace Boat, Iraq War Inquiry Network1, Gaza Action12, Human Rights Watch, Asia Forum]\n"));
        // still in the letter's order
        assertEquals(List.of("letter.yaml:1:41: error [not-in-order] signatory \"Peace Boat\" is printed before \"Iraq War Inquiry Network\""
                + " in seed letter.txt (line 3 against 4), but listed after it here"), check(list, "signatories: [Iraq War Inquiry Network, Peace Boat]\n"));
    }

    @Test
    void aFootnotesNumberPrintedAgainstACapitalIsNoPartOfTheNameWhenTheLetterPrintsTheFootnote() {
        // "ACAT2", "JCLU3", "NGO1": the as-signed name had to keep the footnote's number, which a capital made the name's
        String list = "Signed by\n\nAmnesty International JAPAN2\nACAT2\nJCLU3, NGO1\nNetwork1\n\n1 The network was founded in 2004.\n"
                + "2 Action des chrétiens pour l'abolition de la torture.\n³ Japan Civil Liberties Union.\n";
        assertEquals(List.of(), check(list, "signatories: [Amnesty International JAPAN, ACAT, JCLU, NGO, Network]\n"));
        // the item whole is the letter's still
        assertEquals(List.of(), check(list, "signatories: [Amnesty International JAPAN2, ACAT2, JCLU3, NGO1, Network1]\n"));
        // a superscript set as a tag on the item's line
        assertEquals(List.of(), check("Signed by\n\nACAT<sup>2</sup>\nHuman Rights Now\n", "signatories: [ACAT, Human Rights Now]\n"));
        // no footnote printed, or printed before the list (a numbered line above it): the digits are the name's
        List<String> none = check("Signed by\n\nACAT2\nHuman Rights Now\n", "signatories: [ACAT, Human Rights Now]\n");
        assertEquals(List.of("letter.yaml:1:15: error [not-in-list] signatory \"ACAT\" does not stand in seed letter.txt as a name of a"
                + " list (a line of its own, or an item set off by commas, tabs or a bullet)"), none);
        assertEquals(none, check("2 Signed by\n\nACAT2\nHuman Rights Now\n", "signatories: [ACAT, Human Rights Now]\n"));
        // a number after a capital standing alone is the name's, footnote or not: "G7" is never "G"; nor are digits
        // inside a name ("C4ADS", "H2O") or apart from it ("Charter 77", "Forum 21", "Article 19")
        String names = "Signed by\n\nG7\nC4ADS\nH2O\nCharter 77\nForum 21\nArticle 19\n\n7 A note.\n4 A note.\n2 A note.\n"
                + "77 A note.\n21 A note.\n19 A note.\n";
        assertEquals(List.of(), check(names, "signatories: [G7, C4ADS, H2O, Charter 77, Forum 21, Article 19]\n"));
        assertEquals(List.of("G", "C4", "H2", "Charter", "Forum", "Article"),
                check(names, "signatories: [G, C4, H2, Charter, Forum, Article]\n").stream()
                        .filter(m -> m.contains("[not-in-list]")).map(m -> m.replaceAll(".*signatory \"([^\"]*)\".*", "$1")).toList());
        assertEquals(List.of("letter.yaml:1:15: error [not-in-list] signatory \"G\" does not stand in seed letter.txt as a name of a list"
                + " (a line of its own, or an item set off by commas, tabs or a bullet)"), check(names, "signatories: [G, C4ADS]\n"));
    }

    @Test
    void aFootnotePrintedAsANumberedNoteLeavesItsNumberAsideToo() {
        // notes numbered "2.", "2)", "(2)" or "[2]" were no footnote: the honest as-signed "ACAT" of "ACAT2" was not-in-list
        for (String note : List.of("2. Action des chrétiens pour l'abolition de la torture.", "2) ACAT France.", "(2) ACAT France.",
                "[2] ACAT France.")) {
            assertEquals(List.of(), check("Signed by\n\nACAT2\nHuman Rights Now\n\nNotes\n" + note + "\n",
                    "signatories: [ACAT, Human Rights Now]\n"), note);
        }
        // a number with its decimals starts no note
        assertEquals(List.of("letter.yaml:1:15: error [not-in-list] signatory \"ACAT\" does not stand in seed letter.txt as a name of a"
                + " list (a line of its own, or an item set off by commas, tabs or a bullet)"),
                check("Signed by\n\nACAT2\nHuman Rights Now\n\n2.5 million people signed.\n", "signatories: [ACAT, Human Rights Now]\n"));
    }

    @Test
    void digitsThatMayBeANamesOwnAreNoFootnote() {
        // "G7", "Article 19", "Charter 77", "Group of 20": the digits are part of the name, which left without them is no item
        String list = "Signed by\n\nG7\nArticle 19\nCharter 77\nGroup of 20\nIRAQ WAR INQUIRY NETWORK1\nPeace Boat100\nForum Asia01\n";
        List<Diagnostic> found = diagnostics(list, "signatories: [G, Article, Charter, Group of, IRAQ WAR INQUIRY NETWORK, Peace Boat, Forum Asia]\n");
        assertEquals(List.of(
                "letter.yaml:1:15: error [not-in-list] signatory \"G\" does not stand in seed letter.txt as a name of a list (a line of its own,"
                        + " or an item set off by commas, tabs or a bullet)\n  hint: the letter lists \"G7\": its \"7\" is taken as part of the name, not as"
                        + " a footnote's number, which after a capital is read as one only when the letter prints that footnote (a later line"
                        + " starting \"7 \", or a superscript) and the word before it has two letters or more (the \"7\" of \"G7\" is the name's); copy the item"
                        + " whole, as printed, and add it to the organisation's aliases if it is a spelling of its name; an organisation the letter only"
                        + " mentions did not sign it",
                "letter.yaml:1:18: error [not-in-list] signatory \"Article\" does not stand in seed letter.txt as a name of a list (a line of its own,"
                        + " or an item set off by commas, tabs or a bullet)\n  hint: the letter lists \"Article 19\": copy the item whole, as printed, and"
                        + " add it to the organisation's aliases if it is a spelling of its name; an organisation the letter only mentions did not sign it",
                "letter.yaml:1:27: error [not-in-list] signatory \"Charter\" does not stand in seed letter.txt as a name of a list (a line of its own,"
                        + " or an item set off by commas, tabs or a bullet)\n  hint: the letter lists \"Charter 77\": copy the item whole, as printed, and"
                        + " add it to the organisation's aliases if it is a spelling of its name; an organisation the letter only mentions did not sign it",
                "letter.yaml:1:36: error [not-in-list] signatory \"Group of\" does not stand in seed letter.txt as a name of a list (a line of its own,"
                        + " or an item set off by commas, tabs or a bullet)\n  hint: the letter lists \"Group of 20\": copy the item whole, as printed, and"
                        + " add it to the organisation's aliases if it is a spelling of its name; an organisation the letter only mentions did not sign it",
                "letter.yaml:1:46: error [not-in-list] signatory \"IRAQ WAR INQUIRY NETWORK\" does not stand in seed letter.txt as a name of a list"
                        + " (a line of its own, or an item set off by commas, tabs or a bullet)\n  hint: the letter lists \"IRAQ WAR INQUIRY NETWORK1\":"
                        + " its \"1\" is taken as part of the name, not as a footnote's number, which after a capital is read as one only when the"
                        + " letter prints that footnote (a later line starting \"1 \", or a superscript) and the word before it has two letters or more"
                        + " (the \"7\" of \"G7\" is the name's); copy the item whole, as printed, and add it to the organisation's aliases if it is a"
                        + " spelling of its name; an organisation the letter only mentions did not sign it",
                "letter.yaml:1:72: error [not-in-list] signatory \"Peace Boat\" does not stand in seed letter.txt as a name of a list (a line of its own,"
                        + " or an item set off by commas, tabs or a bullet)\n  hint: the letter lists \"Peace Boat100\": copy the item whole, as printed, and"
                        + " add it to the organisation's aliases if it is a spelling of its name; an organisation the letter only mentions did not sign it",
                "letter.yaml:1:84: error [not-in-list] signatory \"Forum Asia\" does not stand in seed letter.txt as a name of a list (a line of its own,"
                        + " or an item set off by commas, tabs or a bullet)\n  hint: the letter lists \"Forum Asia01\": copy the item whole, as printed, and"
                        + " add it to the organisation's aliases if it is a spelling of its name; an organisation the letter only mentions did not sign it"),
                found.stream().map(d -> d.headline() + "\n  hint: " + d.hint()).toList());
    }

    @Test
    void aListNumberedWithoutAFullStopHasItsNamesAsItems() {
        // "1 Amnesty International Japan": the number was read as part of each name, and every name was not-in-list
        String yaml = "signatories: [Amnesty International Japan, Human Rights Now, Peace Boat]\n";
        for (String format : List.of("%d %s", "%d. %s", "%d) %s", "(%d) %s", "%d\u3000%s", "%d.\u3000%s", "%d   %s")) {
            String seed = "We call on the government to support the Court.\n\nSigned:\n\n" + String.format(format, 1, "Amnesty International Japan")
                    + "\n" + String.format(format, 2, "Human Rights Now") + "\n" + String.format(format, 3, "Peace Boat") + "\n";
            assertEquals(List.of(), check(seed, yaml), format);
        }
        assertEquals(List.of(), check("Signed:\n\n\u2460 Amnesty International Japan\n\u2461 Human Rights Now\n\u2462 Peace Boat\n", yaml));
        assertEquals(List.of(), check("賛同団体：\n\n1\u3000ヒューマンライツ・ナウ\n2\u3000ピースボート\n", "signatories: [ヒューマンライツ・ナウ, ピースボート]\n"));
        // in columns, the number apart from its name by a run of spaces goes with it
        String columns = "Signed:\n\n1   Amnesty International Japan      3   Human Rights Now\n2   Peace Boat                       4   Human Rights Watch\n";
        assertEquals(List.of(), check(columns, "signatories: [Amnesty International Japan, Peace Boat, Human Rights Now, Human Rights Watch]\n"));
        // a name's own number stays its own: "18 May Memorial Foundation" as printed, and without the number it is no name
        String own = "Signed:\n\n18 May Memorial Foundation\nPeace Boat\n";
        assertEquals(List.of(), check(own, "signatories: [18 May Memorial Foundation, Peace Boat]\n"));
    }

    @Test
    void aNameWrappedOverThreeLinesIsOneName() {
        // a long name wrapped over three lines, of a list of one name a line or inside a column, was not-in-list
        String network = "Japanese Network for the Promotion of International Criminal Justice";
        String lines = "Signed:\n\nAmnesty International Japan\nJapanese Network for the\nPromotion of International\nCriminal Justice\nPeace Boat\n";
        assertEquals(List.of(), check(lines, "signatories: [Amnesty International Japan, " + network + ", Peace Boat]\n"));
        // over two lines too; and a line left out is still told
        assertEquals(List.of(), check("Signed:\n\nAmnesty International Japan\nJapanese Network for the Promotion\nof International Criminal Justice\n"
                + "Peace Boat\n", "signatories: [Amnesty International Japan, " + network + ", Peace Boat]\n"));
        assertEquals(List.of("letter.yaml:1:14: warning [unlisted-name] the letter prints \"Criminal Justice\" (seed letter.txt, line 6) among the"
                + " names it lists, and the signatures leave it out"),
                check(lines, "signatories: [Amnesty International Japan, Japanese Network for the Promotion of International, Peace Boat]\n"));
        String right = """
                Signed:

                Amnesty International Japan        Japanese Network for the
                                                   Promotion of International
                                                   Criminal Justice
                Human Rights Watch                 Japan Civil Liberties Union
                """;
        assertEquals(List.of(), check(right, "signatories: [Amnesty International Japan, Human Rights Watch, " + network
                + ", Japan Civil Liberties Union]\n"));
        String left = """
                Signed:

                Amnesty International Japan        Human Rights Now
                Japanese Network for the           Peace Boat
                Promotion of International
                Criminal Justice
                Human Rights Watch                 Japan Civil Liberties Union
                """;
        assertEquals(List.of(), check(left, "signatories: [Amnesty International Japan, " + network + ", Human Rights Watch, Human Rights Now,"
                + " Peace Boat, Japan Civil Liberties Union]\n"));
    }

    @Test
    void aDateInsideAnOrganisationsNameLeavesItsRowInColumns() {
        // "1 March Movement Foundation" read as a date, so its row was no row of columns, and names listed down each
        // column were not-in-order
        String seed = """
                Signed:

                Amnesty International Japan        1 March Movement Foundation
                18 May Memorial Foundation         Peace Boat
                Human Rights Watch                 Japan Civil Liberties Union
                """;
        assertEquals(List.of(), check(seed, "signatories: [Amnesty International Japan, 18 May Memorial Foundation, Human Rights Watch,"
                + " 1 March Movement Foundation, Peace Boat, Japan Civil Liberties Union]\n"));
        assertEquals(List.of(), check(seed, "signatories: [Amnesty International Japan, 1 March Movement Foundation, 18 May Memorial Foundation,"
                + " Peace Boat, Human Rights Watch, Japan Civil Liberties Union]\n"));
        // a place and a date under the list are still no row of it
        assertEquals(true, org.dossier.normalize.ColumnRows.cellsOf("Tokyo        7 December 2023") == null);
        assertEquals(true, org.dossier.normalize.ColumnRows.cellsOf("Tokyo        7 December, 2023") == null);
        assertEquals(true, org.dossier.normalize.ColumnRows.cellsOf("Human Rights Now        7 December") == null);
    }

    @Test
    void titlesPlacesClosingsAndDatesInASignatureBlockAreNoUnlistedNames() {
        // a title, a place, a closing, a heading or a date printed between two names was warned of as a name the
        // signatures leave out: noise that teaches contributors to ignore the warning
        String yaml = "signatories: [Amnesty International Japan, Peace Boat]\n";
        for (String noise : List.of("Chair", "Tokyo, Japan", "Individuals", "Secretary General", "Secretary-General", "Executive Director",
                "Executive Director, Human Rights Now", "Director of Human Rights Watch Japan", "Co-Chair", "Signed,", "Sincerely,", "Sincerely",
                "Yours faithfully", "With best regards", "Endorsed by:", "Endorsed by", "Additional signatories", "Individuals (in personal capacity)",
                "7 December 2023", "December 7, 2023", "2023年12月7日", "Chiyoda-ku, Tokyo 100-0013, Japan", "Geneva", "New York, USA",
                "(Human Rights Now)", "代表理事", "事務局長", "敬具")) {
            assertEquals(List.of(), check("Dear Minister,\n\nWe ask you.\n\nAmnesty International Japan\n" + noise + "\nPeace Boat\n", yaml), noise);
        }
        // a line that may name a signatory left out is still told
        for (String name : List.of("Human Rights Watch", "Peace Boat Japan", "Amnesty International, Japan", "Japan Lawyers for Human Rights",
                "Kenji Sato", "Kenji Sato (Executive Director, Human Rights Now)", "Tokyo Bar Association", "（特活）ヒューマンライツ・ナウ",
                "NPO法人 アジア太平洋資料センター", "Chair Foundation", "18 May Memorial Foundation")) {
            assertEquals(List.of("letter.yaml:1:14: warning [unlisted-name] the letter prints \"" + name + "\" (seed letter.txt, line 6) among"
                            + " the names it lists, and the signatures leave it out"),
                    check("Dear Minister,\n\nWe ask you.\n\nAmnesty International Japan\n" + name + "\nPeace Boat\n", yaml), name);
        }
    }

    @Test
    void aNameLeftOutBeforeTheFirstListedOrAfterTheLastIsUnlistedToo() {
        // found by review: only a gap between two listed names was looked at, so a plain signatories list that left out
        // the letter's first or last names gave no warning
        String letter = "Dear Minister,\n\nWe ask you to support the Court.\n\nSincerely,\n\nAmnesty International Japan\nPeace Boat\n"
                + "Human Rights Watch\nKyoto YWCA\nHuman Rights Now\n";
        assertEquals(List.of(
                "letter.yaml:1:14: warning [unlisted-name] the letter prints \"Amnesty International Japan\" (seed letter.txt, line 7) among"
                        + " the names it lists, and the signatures leave it out",
                "letter.yaml:1:14: warning [unlisted-name] the letter prints \"Human Rights Now\" (seed letter.txt, line 11) among"
                        + " the names it lists, and the signatures leave it out",
                "letter.yaml:1:14: warning [unlisted-name] the letter prints \"Kyoto YWCA\" (seed letter.txt, line 10) among"
                        + " the names it lists, and the signatures leave it out"),
                check(letter, "signatories: [Peace Boat, Human Rights Watch]\n"));
        assertEquals(List.of(), check(letter, "signatories: [Amnesty International Japan, Peace Boat, Human Rights Watch, Kyoto YWCA,"
                + " Human Rights Now]\n"));
        // the list ends at a sentence, a heading, a count or a closing line: what stands beyond it is no name of the list
        for (String around : List.of("We ask you.\n\n%s\nThank you for your attention.\n", "Coordinating organizations\n\n%s\n\nNotes\nA note\n",
                "[Signatories]\n%s\n2 other organizations\nTokyo, Japan\n", "### Signed\n%s\n\nContact: Human Rights Now\n")) {
            assertEquals(List.of(), check(String.format(around, "Peace Boat\nHuman Rights Watch"), "signatories: [Peace Boat, Human Rights Watch]\n"),
                    around);
        }
        // in columns, the cells before the first listed name and after the last are told
        assertEquals(List.of("letter.yaml:2:3: warning [unlisted-name] the letter prints \"Amnesty International Japan\" (seed letter.txt,"
                        + " line 5, left column) among the names it lists, and the signatures leave it out",
                "letter.yaml:2:3: warning [unlisted-name] the letter prints \"Center for Prisoners' Rights\" (seed letter.txt,"
                        + " line 7, right column) among the names it lists, and the signatures leave it out"),
                check(TWO_COLUMNS, DOWN.replace("  - Amnesty International Japan\n", "").replace("  - Center for Prisoners' Rights\n", "")));
    }

    @Test
    void theDossiersTwoLettersListedAsPlainListsGiveNoWarningUntilANameIsLeftOut() throws Exception {
        // the names each letter prints, coordinators then signatories, as one plain list: no false unlisted-name at the
        // list's ends ("[32 organizations, …]", "2 other organizations", the letter's last name); its last name left out is told
        for (String[] letter : List.of(new String[] {"2024-05-30-joint-letter-kamikawa-icc-independence", "004_fd3d1549c0b4095f.txt", "Space Allies", "79"},
                new String[] {"2025-04-23-joint-letter-iwaya-supporting-icc", "003_8eb254313b0361f9.txt", "BDS Tokyo", "95"})) {
            String seed = java.nio.file.Files.readString(java.nio.file.Path.of("seeds", letter[1]));
            List<String> names = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("as_signed: \"([^\"]*)\"")
                    .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("content/documents", letter[0] + ".yaml")));
            while (m.find()) {
                names.add(m.group(1));
            }
            String yaml = "signatories:\n" + names.stream().map(n -> "  - \"" + n + "\"\n").collect(java.util.stream.Collectors.joining());
            assertEquals(List.of(), check(seed, yaml), letter[0]);
            assertEquals(List.of("letter.yaml:2:3: warning [unlisted-name] the letter prints \"" + letter[2] + "\" (seed letter.txt, line "
                    + letter[3] + ") among the names it lists, and the signatures leave it out"),
                    check(seed, yaml.replace("  - \"" + letter[2] + "\"\n", "")), letter[0]);
        }
    }

    @Test
    void anOrganisationSignedForOnItsBehalfIsAnItem() {
        // "Kazuko Ito, Secretary General, on behalf of Human Rights Now": the honest as-signed "Human Rights Now" was not-in-list
        String yaml = "signatories: [Human Rights Now, Amnesty International Japan]\n";
        assertEquals(List.of(), check("We ask you.\n\nSincerely,\n\nKazuko Ito, Secretary General, on behalf of Human Rights Now\n"
                + "Teruki Tsunemoto, for and on behalf of Amnesty International Japan\n", yaml));
        assertEquals(List.of(), check("We ask you.\n\nSincerely,\n\nOn behalf of Human Rights Now\n\nSigned on behalf of Amnesty International Japan\n", yaml));
        // the words as printed stand too, and "on behalf of" alone names no one
        assertEquals(List.of(), check("We ask you.\n\nOn behalf of Human Rights Now\nAmnesty International Japan\n",
                "signatories: [On behalf of Human Rights Now, Amnesty International Japan]\n"));
        assertEquals(List.of("letter.yaml:1:15: error [not-in-list] signatory \"Human Rights Now\" does not stand in seed letter.txt as a name of"
                + " a list (a line of its own, or an item set off by commas, tabs or a bullet)"),
                check("We ask you.\n\nWe write on behalf of Human Rights Now.\n\nAmnesty International Japan\n", yaml));
    }

    @Test
    void namesPartedByABulletOnOneLineAreItems() {
        // "Amnesty International Japan • Human Rights Now • Peace Boat" was one item, and each name not-in-list
        String yaml = "signatories: [Amnesty International Japan, Human Rights Now, Peace Boat]\n";
        for (String bullet : List.of("\u2022", "\u00B7", "\u25CF", "\u30FB")) {
            assertEquals(List.of(), check("We ask you.\n\nSigned:\n\nAmnesty International Japan " + bullet + " Human Rights Now " + bullet
                    + " Peace Boat\n", yaml), bullet);
        }
        // a dot inside a Japanese name parts nothing
        assertEquals(List.of("letter.yaml:1:15: error [not-in-list] signatory \"ヒューマンライツ\" does not stand in seed letter.txt as a name of"
                + " a list (a line of its own, or an item set off by commas, tabs or a bullet)"),
                check("賛同団体\n\nヒューマンライツ・ナウ\nピースボート\n", "signatories: [ヒューマンライツ, ピースボート]\n"));
    }

    @Test
    void aJapaneseListsLastNameBeforeHokaIsAnItem() {
        // "ピースボートほか30団体" (Peace Boat and 30 other groups): the honest as-signed "ピースボート" was not-in-list
        String yaml = "signatories: [ヒューマンライツ・ナウ, ピースボート]\n";
        for (String others : List.of("ほか30団体", "ほか", "など", "他30団体", "ほか三十団体", "など２０名")) {
            assertEquals(List.of(), check("呼びかけ団体：ヒューマンライツ・ナウ、ピースボート" + others + "\n", yaml), others);
        }
        // 他 alone may end a name; a count is not the name's, and the name as printed with it stands still
        assertEquals(List.of("letter.yaml:1:28: error [not-in-list] signatory \"ピースボート\" does not stand in seed letter.txt as a name of a"
                + " list (a line of its own, or an item set off by commas, tabs or a bullet)"),
                check("呼びかけ団体：ヒューマンライツ・ナウ、ピースボート他\n", yaml));
    }

    @Test
    void aHeadingOfALaterListBetweenTwoBlocksOfColumnsEndsTheFirst() {
        // "Additional signatories" or "Individuals (in personal capacity)" at the left margin was read as the rest of a
        // name wrapped in the left column: the two blocks were one, and names listed down each column were not-in-order
        String yaml = "signatories: [Amnesty International Japan, Peace Boat, Human Rights Now, Human Rights Watch, Kazuko Ito, Kenji Sato,"
                + " Teruki Tsunemoto, Yuko Tanaka]\n";
        for (String label : List.of("Additional signatories", "Individuals (in personal capacity)", "Organizations (alphabetical)",
                "Individual signatories", "Co-signers added later", "Additional signatures")) {
            String seed = "Signed:\n\nAmnesty International Japan        Human Rights Now\nPeace Boat                         Human Rights Watch\n"
                    + label + "\nKazuko Ito                         Teruki Tsunemoto\nKenji Sato                         Yuko Tanaka\n";
            assertEquals(List.of(), check(seed, yaml), label);
        }
        // the rest of a name wrapped in the left column stays in its block
        assertEquals(List.of(), check("Signed:\n\nJapan Federation of Bar        Human Rights Now\nAssociations\nPeace Boat                     Amnesty"
                + " International Japan\n", "signatories: [Japan Federation of Bar Associations, Peace Boat, Human Rights Now, Amnesty International Japan]\n"));
    }

    @Test
    void anOrganisationOfOneWordBeforeItsCountryIsNoPlace() {
        // "SUARAM, Malaysia", as letters signed across Asia list each organisation and its country, read as a place:
        // the metadata left the organisation out and unlisted-name said nothing
        String yaml = "signatories: [Amnesty International Japan, Peace Boat]\n";
        for (String name : List.of("SUARAM, Malaysia", "FORUM-ASIA, Thailand", "KontraS, Jakarta, Indonesia")) {
            assertEquals(List.of("letter.yaml:1:14: warning [unlisted-name] the letter prints \"" + name + "\" (seed letter.txt, line 6) among"
                            + " the names it lists, and the signatures leave it out"),
                    check("Dear Minister,\n\nWe ask you.\n\nAmnesty International Japan\n" + name + "\nPeace Boat\n", yaml), name);
        }
        // an address is still a place
        for (String place : List.of("Tokyo, Japan", "Chiyoda-ku, Tokyo 100-0013, Japan", "Shinjuku-ku, Tokyo, Japan", "Kasumigaseki 100-8919, Japan")) {
            assertEquals(List.of(), check("Dear Minister,\n\nWe ask you.\n\nAmnesty International Japan\n" + place + "\nPeace Boat\n", yaml), place);
        }
    }

    @Test
    void aJapaneseNameThatHoldsALabelWordIsNoHeading() {
        // "全国消費者団体連絡会" (a council of consumer groups) holds 団体, and "市民有志一同" signs as a group with 一同: each
        // read as a heading of the list, so the metadata left the organisation out and unlisted-name said nothing
        String yaml = "signatories: [ヒューマンライツ・ナウ, ピースボート]\n";
        for (String name : List.of("全国消費者団体連絡会", "日本消費者団体連合会", "市民有志一同")) {
            assertEquals(List.of("letter.yaml:1:14: warning [unlisted-name] the letter prints \"" + name + "\" (seed letter.txt, line 6) among"
                            + " the names it lists, and the signatures leave it out"),
                    check("大臣殿\n\n要請します。\n\nヒューマンライツ・ナウ\n" + name + "\nピースボート\n", yaml), name);
        }
        // a heading of the list is still none
        for (String heading : List.of("賛同団体", "呼びかけ団体一覧（五十音順）", "賛同団体・個人", "個人", "賛同者一同", "署名団体")) {
            assertEquals(List.of(), check("大臣殿\n\n要請します。\n\nヒューマンライツ・ナウ\n" + heading + "\nピースボート\n", yaml), heading);
        }
    }

    @Test
    void aNumberThatStartsANameInAListNotNumberedIsTheNames() {
        // "18 May Memorial Foundation" and "350 Japan" in a list not numbered: the number was set aside as numbering, so
        // "May Memorial Foundation", and "Japan", stood as names the letter lists
        assertEquals(List.of("letter.yaml:1:15: error [not-in-list] signatory \"May Memorial Foundation\" does not stand in seed letter.txt as a"
                        + " name of a list (a line of its own, or an item set off by commas, tabs or a bullet)"),
                check("Signed:\n\n18 May Memorial Foundation\nPeace Boat\n", "signatories: [May Memorial Foundation, Peace Boat]\n"));
        assertEquals(List.of("letter.yaml:1:44: error [not-in-list] signatory \"Japan\" does not stand in seed letter.txt as a"
                        + " name of a list (a line of its own, or an item set off by commas, tabs or a bullet)"),
                check("Signed:\n\nAmnesty International Japan\n350 Japan\nPeace Boat\n", "signatories: [Amnesty International Japan, Japan, Peace Boat]\n"));
        // as printed, it stands; and in a list numbered so, the number is the list's
        assertEquals(List.of(), check("Signed:\n\nAmnesty International Japan\n350 Japan\nPeace Boat\n",
                "signatories: [Amnesty International Japan, 350 Japan, Peace Boat]\n"));
        assertEquals(List.of(), check("Signed:\n\n17 Peace Boat\n18 18 May Memorial Foundation\n", "signatories: [Peace Boat, 18 May Memorial Foundation]\n"));
        assertEquals(List.of(), check("Signed:\n\n1 Amnesty International Japan        3 Human Rights Now\n2 Peace Boat                         4 Human Rights Watch\n",
                "signatories: [Amnesty International Japan, Peace Boat, Human Rights Now, Human Rights Watch]\n"));
    }

    @Test
    void aJapaneseNameWithTheCountOfOthersAfterItIsNoName() {
        // "ピースボートほか30団体" (Peace Boat and 30 other groups) stood as printed, so a page could show Peace Boat and the
        // 30 others as one signatory, and the count of names listed left the 30 out
        assertEquals(List.of("letter.yaml:1:28: error [not-in-list] signatory \"ピースボートほか30団体\" does not stand in seed letter.txt as a name of"
                        + " a list (a line of its own, or an item set off by commas, tabs or a bullet)\n  hint: \"ほか30団体\" counts others the letter does"
                        + " not name: give the name before it, \"ピースボート\", and the others as unnamed_count, with their count quoted in unnamed_as_printed"),
                diagnostics("呼びかけ団体：ヒューマンライツ・ナウ、ピースボートほか30団体\n", "signatories: [ヒューマンライツ・ナウ, ピースボートほか30団体]\n")
                        .stream().map(d -> d.headline() + "\n  hint: " + d.hint()).toList());
        assertEquals(1, check("賛同：ピースボート他30団体\n", "signatories: [ピースボート他30団体]\n").size());
        // without a count, the item as printed stands still
        assertEquals(List.of(), check("呼びかけ団体：ヒューマンライツ・ナウ、ピースボートなど\n", "signatories: [ヒューマンライツ・ナウ, ピースボートなど]\n"));
    }

    @Test
    void aNameThatStartsWithADateInNumbersKeepsItsNumber() {
        // "5.18 Memorial Foundation" (Korea's 18 May) read "5." as the list's numbering: the honest as-signed name was
        // not-in-list, and "Memorial Foundation" or "18 Memorial Foundation" stood as names the letter never prints
        String seed = "Signed:\n\n5.18 Memorial Foundation\nPeace Boat\n";
        assertEquals(List.of(), check(seed, "signatories: [5.18 Memorial Foundation, Peace Boat]\n"));
        assertEquals(List.of("letter.yaml:1:15: error [not-in-list] signatory \"18 Memorial Foundation\" does not stand in seed letter.txt as a"
                + " name of a list (a line of its own, or an item set off by commas, tabs or a bullet)"),
                check(seed, "signatories: [18 Memorial Foundation, Peace Boat]\n"));
        // a list numbered "1." is still read so, with a space after the point or none
        assertEquals(List.of(), check("Signed:\n\n1. 5.18 Memorial Foundation\n2.Peace Boat\n", "signatories: [5.18 Memorial Foundation, Peace Boat]\n"));
    }

    @Test
    void aJapaneseHeadingWithAColonOrOfPeopleOrASentenceIsNoUnlistedName() {
        // the check that keeps "全国消費者団体連絡会" a name read "賛同団体：", "賛同人" and a sentence saying who signed as
        // names, and unlisted-name warned of them
        String yaml = "signatories: [ヒューマンライツ・ナウ, ピースボート]\n";
        for (String heading : List.of("賛同団体：", "賛同団体（順不同）：", "賛同人", "署名人一覧", "以下の団体が賛同しています。")) {
            assertEquals(List.of(), check("大臣殿\n\n要請します。\n\nヒューマンライツ・ナウ\n" + heading + "\nピースボート\n", yaml), heading);
        }
    }
}
