package org.dossier.source;

import org.dossier.model.CountQualifier;
import org.dossier.model.CountQualifier.Bound;
import org.dossier.normalize.TextMatch;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountQualifiersTest {
    /** What the words mean, and how pages show the count. */
    private static String read(String words) {
        CountQualifier q = CountQualifiers.of(words);
        return q.bound().id() + " " + q.show(PrintedNumbers.in(words).get(0).intValue());
    }

    @Test
    void aQualifierPrintedBeforeTheNumberIsShownAsPrinted() {
        // it was read as exactly 30: "The stated count and the list differ: 30 stated, 32 accounted for"
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("over 30 organizations", "more-than over 30");
        printed.put("Over 30 organizations", "more-than over 30");
        printed.put("more than 30 groups", "more-than more than 30");
        printed.put("signed by more than\nthirty groups", "more-than more than 30");
        printed.put("upwards of 30 groups", "more-than upwards of 30");
        printed.put("at least 30", "at-least at least 30");
        printed.put("no fewer than 30 organizations", "at-least no fewer than 30");
        printed.put("not less than 30 organizations", "at-least not less than 30");
        printed.put("fewer than 30 organizations", "fewer-than fewer than 30");
        printed.put("less than 30 organizations", "fewer-than less than 30");
        printed.put("under 30 organizations", "fewer-than under 30");
        printed.put("up to 30 organizations", "at-most up to 30");
        printed.put("at most 30 organizations", "at-most at most 30");
        printed.put("no more than 30 organizations", "at-most no more than 30");
        printed.put("about 30 organizations", "about about 30");
        printed.put("some 30 organizations", "about some 30");
        printed.put("nearly 30 organizations", "about nearly 30");
        printed.put("almost 30 organizations", "about almost 30");
        printed.put("approximately 30 organizations", "about approximately 30");
        printed.put("around 30 organizations", "about around 30");
        printed.put("Roughly thirty organizations", "about roughly 30");
        printed.put("nearly two dozen organizations", "about nearly 24");
        printed.put("ＯＶＥＲ ３０ organizations", "more-than over 30");
        printed.forEach((words, read) -> assertEquals(read, read(words), words));
    }

    @Test
    void aQualifierPrintedAfterTheNumberIsShownAsPrinted() {
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("30 or more organizations", "at-least 30 or more");
        printed.put("30+ organizations", "at-least 30+");
        printed.put("30＋ organizations", "at-least 30+");
        printed.put("30-plus organizations", "at-least 30-plus");
        printed.put("30 or fewer organizations", "at-most 30 or fewer");
        printed.put("30 or so organizations", "about 30 or so");
        printed.put("30-odd organizations", "about 30-odd");
        // in words: they stated no number, and the build stopped with inconsistent
        printed.put("thirty-odd organizations", "about 30-odd");
        printed.put("Thirty-plus organizations", "at-least 30-plus");
        printed.put("some thirty-two-odd groups", "about some 32");
        printed.forEach((words, read) -> assertEquals(read, read(words), words));
    }

    @Test
    void aQualifierPrintedAfterTheCountedNounIsShownAsPrinted() {
        // "30 organizations or more" was read as exactly 30: "The stated count and the list differ: 30 stated, 32 accounted for"
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("30 organizations or more", "at-least 30 or more");
        printed.put("30 groups and more", "at-least 30 and more");
        printed.put("30 NGOs or above", "at-least 30 or above");
        printed.put("30 NGOs and over", "at-least 30 and over");
        printed.put("30 member organizations or more", "at-least 30 or more");
        printed.put("signed by 30 organisations or more.", "at-least 30 or more");
        printed.put("30 organizations or more have signed", "at-least 30 or more");
        printed.put("30 organizations at least", "at-least 30 at least");
        printed.put("30 organizations or fewer", "at-most 30 or fewer");
        printed.put("30 organizations or less", "at-most 30 or less");
        printed.put("30 organizations or so", "about 30 or so");
        // "and upwards" was read as exactly 30
        printed.put("30 NGOs and upwards", "at-least 30 and upwards");
        printed.put("30 organizations or upwards.", "at-least 30 or upwards");
        printed.put("30 and upwards", "at-least 30 and upwards");
        printed.put("30 or upward", "at-least 30 or upward");
        printed.forEach((words, read) -> assertEquals(read, read(words), words));
    }

    @Test
    void wordsAfterTheCountedNounThatGoOnToOthersQualifyNone() {
        for (String exact : List.of("30 organizations and more individuals", "30 organizations or more precisely", "30 organizations and above all",
                "30 organizations and over the years", "30 organizations at least agree", "the above 32 organizations",
                "30 organizations and more and more", "30 civil society organizations or more")) {
            assertEquals(CountQualifier.EXACT, CountQualifiers.of(exact), exact);
        }
        // another count: "more than 100" qualifies 100, not 30
        assertEquals(Optional.empty(), CountQualifiers.around("30 organizations and more than 100 individuals", 0, 2, i -> false));
        assertEquals(Optional.empty(), CountQualifiers.around("30 organizations and over 100 individuals", 0, 2, i -> false));
        assertEquals(Optional.empty(), CountQualifiers.around("30 organizations and upwards of 100 individuals", 0, 2, i -> false));
        assertEquals(Optional.empty(), CountQualifiers.around("30 organizations or more, 100 individuals", 0, 2, i -> false)
                .filter(f -> f.qualifier().bound() != Bound.AT_LEAST));
    }

    @Test
    void aJapaneseQualifierIsShownInEnglish() {
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("30団体以上", "at-least at least 30");
        printed.put("30以上の団体", "at-least at least 30");
        printed.put("３０団体以上", "at-least at least 30");
        printed.put("三十団体以上", "at-least at least 30");
        printed.put("約30団体", "about about 30");
        printed.put("約三十団体", "about about 30");
        printed.put("30余団体", "more-than more than 30");
        printed.put("三十余団体", "more-than more than 30");
        printed.put("30団体余り", "more-than more than 30");
        printed.put("30を超える団体", "more-than more than 30");
        printed.put("30団体を超える", "more-than more than 30");
        printed.put("30超の団体", "more-than more than 30");
        printed.put("30団体未満", "fewer-than fewer than 30");
        printed.put("30団体以下", "at-most at most 30");
        printed.put("30団体近く", "about nearly 30");
        printed.put("30団体ほど", "about about 30");
        printed.put("30団体程度", "about about 30");
        printed.put("30団体前後", "about about 30");
        printed.put("少なくとも30団体", "at-least at least 30");
        // thirty and some: it was read as exactly 30 (三十数団体 as no number at all)
        printed.put("30数団体", "more-than more than 30");
        printed.put("三十数団体", "more-than more than 30");
        printed.put("十数名", "more-than more than 10");
        // a space, or an ideographic space, between the counter and 以上: it was read as exactly 30
        printed.put("30団体 以上", "at-least at least 30");
        printed.put("30団体\u3000以上", "at-least at least 30");
        printed.put("三十名 以上", "at-least at least 30");
        printed.put("30団体 を超える", "more-than more than 30");
        printed.forEach((words, read) -> assertEquals(read, read(words), words));
    }

    @Test
    void aCountWithNoQualifierBesideItsNumberIsExact() {
        for (String exact : List.of("32 organizations", "signed by 25 organisations", "2 other organizations", "thirty two organizations",
                "三十二団体", "３２団体", "over the years, 30 organizations", "the undersigned 30 organizations", "30 organizations, more than ever",
                "30団体は以下の通り", "30団体以下の通り", "handsome 30", "20~30", "契約30団体", "")) {
            assertEquals(CountQualifier.EXACT, CountQualifiers.of(exact), exact);
        }
    }

    @Test
    void qualifierWordsThatWereReadAsExactQualifyTheirNumber() {
        // each was read as exactly 30, and a quote of "30 organizations" from them built, the page saying 30
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("as many as 30 organizations", "about as many as 30");
        printed.put("As few as 3 organizations", "about as few as 3");
        printed.put("more or less 30 organizations", "about more or less 30");
        printed.put("in the region of 30 organizations", "about in the region of 30");
        printed.put("on the order of 30 organizations", "about on the order of 30");
        printed.put("of the order of thirty groups", "about of the order of 30");
        printed.put("30 or thereabouts", "about 30 or thereabouts");
        printed.put("30 organizations or thereabouts", "about 30 or thereabouts");
        printed.put("30 give or take", "about 30 give or take");
        printed.put("30-some organizations", "about 30-some");
        printed.put("thirty-some organizations", "about 30-some");
        printed.put("30-something organizations", "about 30-something");
        printed.put("upward of 30 organizations", "more-than upward of 30");
        printed.put("exceeding 30 organizations", "more-than exceeding 30");
        printed.put("a good 30 organizations", "at-least a good 30");
        printed.put("30 and counting", "at-least 30 and counting");
        printed.put("30 organizations and counting", "at-least 30 and counting");
        printed.put("30団体を下回る", "fewer-than fewer than 30");
        printed.put("30名内外", "about about 30");
        // each was read as exactly 30 or 100 (百数十団体 as no number)
        printed.put("30-ish organizations", "about 30-ish");
        printed.put("30ish organizations", "about 30 ish");
        printed.put("thirty-ish organizations", "about 30-ish");
        printed.put("100数十名", "more-than more than 100");
        printed.put("百数十団体", "more-than more than 100");
        printed.put("千数百名", "more-than more than 1000");
        // the words qualifier-left-out's hint gives, cut before the counter, built as exactly 30 and 100
        printed.put("30数", "more-than more than 30");
        printed.put("100数十", "more-than more than 100");
        printed.forEach((words, read) -> assertEquals(read, read(words), words));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("as many as", "as many as 30 organizations")),
                leftOut("30 organizations", "signed by as many as 30 organizations"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("内外", "30名内外")), leftOut("30名", "賛同者30名内外"));
        // words that only look so: a margin of another number, an emphasis of an exact count
        for (String exact : List.of("30 give or take 5", "etc. 30 organizations", "Inc. 30 organizations", "a full 30 organizations", "a mere 30 organizations",
                "a total of 30 organizations", "only 3 organizations", "the 30 organizations", "all 30 organizations", "30 some of which")) {
            assertEquals(CountQualifier.EXACT, CountQualifiers.of(exact), exact);
        }
    }

    @Test
    void shyOfNorthOfAndUpTarazuMitanaiAndKiboWereReadAsExact() {
        // each was exact, so the page said the letter states exactly 30
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("just shy of 30 organizations", "fewer-than shy of 30");
        printed.put("just short of 30 organizations", "fewer-than just short of 30");
        printed.put("south of 30 organizations", "fewer-than south of 30");
        printed.put("north of 30 organizations", "more-than north of 30");
        printed.put("30 organizations and up", "at-least 30 and up");
        printed.put("30 and up", "at-least 30 and up");
        printed.put("30団体足らず", "fewer-than fewer than 30");
        printed.put("30団体に満たない", "fewer-than fewer than 30");
        printed.put("30人規模の団体", "about about 30");
        printed.forEach((words, read) -> assertEquals(read, read(words), words));
        // "short of" alone lacks, "and up to" bounds what follows
        assertEquals("exact 30", read("we are short of 30 volunteers"));
        assertEquals("exact 30", read("30 organizations and up to date lists"));
    }

    @Test
    void approxWithoutItsPointAndYuuyoWereReadAsExact() {
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("approx 30 organizations", "about approx 30");
        printed.put("≈30 organizations", "about ≈ 30");
        // "c." is circa before a number as often as a list's label: read as exact, it would have the page say 30
        printed.put("c. 30 organizations", "about c. 30");
        printed.put("30有余の団体", "more-than more than 30");
        // 三十有余 stated no number
        printed.put("三十有余の団体", "more-than more than 30");
        printed.forEach((words, read) -> assertEquals(read, read(words), words));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("有余", "30有余")), leftOut("30", "賛同は30有余の団体"));
    }

    @Test
    void yakuAfterKeiOrSuuIsAbout() {
        // "30団体" of "賛同団体は計約30団体" built as exactly 30: 約 after a kanji was taken for the end of a word (契約)
        assertEquals("about about 30", read("計約30団体"));
        assertEquals("about about 30", read("合計約30団体"));
        assertEquals("about about 30", read("賛同団体数約30"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("約", "約30団体")), leftOut("30団体", "賛同団体は計約30団体"));
        // and after any kanji that ends no word in 約: "30名" of 賛同者約30名 (signatories: about 30) built as exactly 30,
        // and the honest "約30名" stopped the build with qualifier-not-in-source
        assertEquals("about about 30", read("賛同者約30名"));
        assertEquals("about about 30", read("賛同団体約30団体"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("約", "約30名")), leftOut("30名", "賛同者約30名"));
        for (String exact : List.of("契約30団体", "条約30か国", "規約30条", "締約30か国")) {
            assertEquals(CountQualifier.EXACT, CountQualifiers.of(exact), exact);
        }
    }

    @Test
    void overAsTheParticleOfTheVerbBeforeItIsNoBound() {
        // "we handed over 30 letters" was read as more than 30, and the page would have said "over 30"; "took over" and
        // "turned over" read two ways, and the validator refuses a quote of their count (overAfterTookOrTurnedReadsTwoWays)
        for (String exact : List.of("we handed over 30 letters", "We Handed Over 30 Letters", "Handed over 30 letters", "hands over 30 files",
                "handing over thirty letters", "turned over 12 files", "turns over 12 files", "took over 40 cases", "taking over 40 cases",
                "has taken over 40 cases", "we handed\nover 30 letters")) {
            assertEquals(CountQualifier.EXACT, CountQualifiers.of(exact), exact);
        }
        Map<String, String> bound = new LinkedHashMap<>();
        bound.put("Over 30 organizations", "more-than over 30");
        bound.put("over 30 organizations", "more-than over 30");
        bound.put("signed by over 30 organizations", "more-than over 30");
        bound.put("in over 30 countries", "more-than over 30");
        bound.put("for over 20 years", "more-than over 20");
        // the second "over" is the bound
        bound.put("handed over over 30 letters", "more-than over 30");
        // a span of time: more than 40 days all the same
        bound.put("took over 40 days", "more-than over 40");
        bound.put("it takes over 30 years", "more-than over 30");
        bound.put("turned over 12 months", "more-than over 12");
        // verbs after which "over 30" reads as "more than 30" as often
        bound.put("we have signed over 30 letters", "more-than over 30");
        bound.put("won over 30 votes", "more-than over 30");
        bound.put("gave over 30 copies", "more-than over 30");
        bound.put("passed over 30 bills", "more-than over 30");
        bound.put("the petition carried over 30 signatures", "more-than over 30");
        bound.put("we think over 30 will sign", "more-than over 30");
        // a verb that ends the sentence before is not the particle's
        bound.put("what they handed. Over 30 organizations", "more-than over 30");
        bound.put("handed; over 30 organizations", "more-than over 30");
        // a word that merely ends as the verb does
        bound.put("the second-hand over 30 items", "more-than over 30");
        bound.put("mistook over 30 names", "more-than over 30");
        bound.forEach((words, read) -> assertEquals(read, read(words), words));
    }

    @Test
    void aQuoteOfCountWordsAfterOverAsAParticleKeepsItsCount() {
        assertEquals(Optional.empty(), leftOut("30 letters", "we handed over 30 letters to the ministry"));
        assertEquals(Optional.of(new CountQualifiers.NotInSource("over 30", 30, "handed over 30 letters", CountQualifier.EXACT, "30 letters")),
                notInSource("over 30 letters", "we handed over 30 letters to the ministry"));
        assertEquals(Optional.empty(), notInSource("handed over 30 letters", "we handed over 30 letters to the ministry"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("Over", "Over 30 organizations")),
                leftOut("30 organizations", "They handed it. Over 30 organizations signed."));
    }

    private static Optional<CountQualifiers.TwoWays> overTwoWays(String quote, String text) {
        return CountQualifiers.overTwoWays(quote, TextMatch.normalize(text), TextMatch.lineBreaks(text));
    }

    @Test
    void overAfterTookOrTurnedReadsTwoWays() {
        // "30 organizations" of "It took over 30 organizations to pass it" built as exactly 30, where it is more than 30
        assertEquals(Optional.of(new CountQualifiers.TwoWays("took over 30 organizations", 30)),
                overTwoWays("30 organizations", "It took over 30 organizations to pass it"));
        assertEquals(Optional.of(new CountQualifiers.TwoWays("took over 30 organizations", 30)),
                overTwoWays("over 30 organizations", "It took over 30 organizations to pass it"));
        assertEquals(Optional.of(new CountQualifiers.TwoWays("took over 30 organizations", 30)),
                overTwoWays("30 organizations", "It took\nover 30 organizations"));
        assertEquals(Optional.of(new CountQualifiers.TwoWays("took over 40 cases", 40)), overTwoWays("40 cases", "The firm took over 40 cases"));
        assertEquals(Optional.of(new CountQualifiers.TwoWays("turned over 100 pages", 100)), overTwoWays("100 pages", "we turned over 100 pages"));
        assertEquals(Optional.of(new CountQualifiers.TwoWays("has taken over 40 cases", 40)), overTwoWays("has taken over 40 cases", "it has taken over 40 cases"));
        // "handed over" reads one way; so do a span of time, "over" with no such verb, and words printed otherwise too
        assertEquals(Optional.empty(), overTwoWays("30 letters", "we handed over 30 letters"));
        assertEquals(Optional.empty(), overTwoWays("40 days", "it took over 40 days"));
        assertEquals(Optional.empty(), overTwoWays("30 organizations", "signed by over 30 organizations"));
        assertEquals(Optional.empty(), overTwoWays("over 30 organizations", "It took over 30 organizations; over 30 organizations signed"));
    }

    @Test
    void wordsAfterTheNumberThatStartAnotherCountQualifyNone() {
        assertEquals(Optional.empty(), CountQualifiers.around("25 and over 100 individuals", 0, 2, i -> false));
        assertEquals(Optional.empty(), CountQualifiers.around("25 and more than 100 individuals", 0, 2, i -> false));
        assertEquals(Optional.empty(), CountQualifiers.around("25 or more than that", 0, 2, i -> false));
        assertEquals(Optional.empty(), CountQualifiers.around("30+5", 0, 2, i -> false));
        assertEquals(Optional.empty(), CountQualifiers.around("25 and upwards of 100 individuals", 0, 2, i -> false));
        assertEquals(Bound.AT_LEAST, CountQualifiers.around("25 and over, in all", 0, 2, i -> false).orElseThrow().qualifier().bound());
    }

    private static Optional<CountQualifiers.LeftOut> leftOut(String quote, String text) {
        return CountQualifiers.leftOut(quote, TextMatch.normalize(text), TextMatch.lineBreaks(text));
    }

    @Test
    void aQuoteThatLeavesOutTheQualifierPrintedBesideItsNumberIsFound() {
        // the quote "30 organizations" was found in "over 30 organizations", and the count shown as exact
        assertEquals(Optional.of(new CountQualifiers.LeftOut("over", "over 30 organizations")),
                leftOut("30 organizations", "Signed by over 30 organizations:\n"));
        // the words as the letter prints them, its line break a space, as quotes are compared
        assertEquals(Optional.of(new CountQualifiers.LeftOut("More than", "More than 30 organizations")),
                leftOut("30 organizations", "[More than\n30 organizations]"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("more than", "more than 30 organizations")),
                leftOut("than 30 organizations", "signed by more than 30 organizations"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("or more", "30 or more")), leftOut("30", "signed by 30 or more organizations"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("以上", "30団体以上")), leftOut("30団体", "賛同団体：30団体以上"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("以上", "３０団体以上")), leftOut("３０団体", "３０団体以上"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("余", "30余")), leftOut("30", "30余団体"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("約", "約30団体")), leftOut("30団体", "約30団体"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("over", "over 100 individuals")),
                leftOut("100 individuals", "and over 100 individuals"));
        // the words inside longer ones are not printed bare: "30 organizations" of "130 organizations" let the quote pass
        assertEquals(Optional.of(new CountQualifiers.LeftOut("over", "over 30 organizations")),
                leftOut("30 organizations", "Signed by over 30 organizations; 130 organizations were asked"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("over", "over 30 organizations")),
                leftOut("30 organizations", "1,130 organizations were asked; over 30 organizations signed"));
    }

    @Test
    void aQuoteThatLeavesOutTheQualifierPrintedAfterTheCountedNounIsFound() {
        // "30 organizations" quoted from "30 organizations or more" passed, and the count was shown as exactly 30
        assertEquals(Optional.of(new CountQualifiers.LeftOut("or more", "30 organizations or more")),
                leftOut("30 organizations", "Signed by 30 organizations or more:\n"));
        // the qualifier ends its line, above the list's first name
        assertEquals(Optional.of(new CountQualifiers.LeftOut("and above", "30 NGOs and above")),
                leftOut("30 NGOs", "Signed by 30 NGOs and above\nAmnesty International\n"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("or more", "30 organizations or more")),
                leftOut("30 organizations", "30 organizations or more have signed this letter"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("or more", "30 organizations or more")),
                leftOut("30", "Signed by 30 organizations or more."));
        // others counted after the noun
        assertEquals(Optional.empty(), leftOut("30 organizations", "30 organizations and more individuals signed"));
        assertEquals(Optional.empty(), leftOut("30 organizations", "30 organizations and more than 100 individuals"));
        assertEquals(Optional.empty(), leftOut("30 organizations", "30 organizations and above all the victims"));
    }

    @Test
    void ijouOnALineOfItsOwnEndsTheLetterAndQualifiesNoNumber() {
        // 以上 ("end") closing the letter was read as "at least": the hint would have had the page say "at least 30"
        assertEquals(Optional.empty(), leftOut("30", "賛同団体数 30\n以上"));
        assertEquals(Optional.empty(), leftOut("30", "賛同団体数 30\n以上\n"));
        assertEquals(Optional.empty(), leftOut("30団体", "賛同団体：計30団体\n\n以上\n"));
        assertEquals(Optional.empty(), leftOut("30団体", "賛同団体：計30団体\r\n\u3000 以上 \r\n"));
        // on the number's line, or going on after a line that wraps, it qualifies the number
        assertEquals(Optional.of(new CountQualifiers.LeftOut("以上", "30団体以上")), leftOut("30団体", "賛同団体 30団体以上\n"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("以上", "30 以上")), leftOut("30", "賛同団体数 30 以上\n"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("以上", "30 以上")), leftOut("30", "賛同団体は30\n以上の団体です"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("以上", "30 以上")), leftOut("30", "賛同は30\n以上です"));
        // so with a space between the counter and 以上
        assertEquals(Optional.empty(), leftOut("30団体", "賛同団体：計30団体\n以上\n"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("以上", "30団体 以上")), leftOut("30団体", "賛同 30団体\u3000以上\n"));
    }

    @Test
    void belowThatPointsToTheListIsNoBound() {
        // "30 organizations" on the line after "the organizations listed below" was refused with qualifier-left-out, and
        // the hint would have had the page say "below 30"
        assertEquals(Optional.empty(), leftOut("30 organizations", "the organizations listed below\n30 organizations\nAmnesty International\n"));
        assertEquals(Optional.empty(), leftOut("30 organizations", "Signed by the organizations below\n\n30 organizations\n"));
        for (String exact : List.of("the organizations listed below 30 organizations", "see below 30 organizations", "as named below 30 groups")) {
            assertEquals(CountQualifier.EXACT, CountQualifiers.of(exact), exact);
        }
        // a bound on one line, or after a verb it bounds the number of
        assertEquals("fewer-than below 30", read("below 30 organizations"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("below", "below 30 organizations")),
                leftOut("30 organizations", "membership fell below 30 organizations"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("below", "below 30 organizations")),
                leftOut("30 organizations", "membership fell below\n30 organizations"));
        assertEquals(Optional.of(new CountQualifiers.LeftOut("below", "below 30 organizations")),
                leftOut("30 organizations", "the count stays below\n30 organizations"));
    }

    @Test
    void ikaThatGoesOnToTheListBelowIsNoBound() {
        // 以下 ("below") before the list was read as "at most": "30名" of "賛同者30名 以下敬称略" was refused, and the hint
        // would have had the page say "at most 30"
        for (String exact : List.of("賛同者30名 以下敬称略", "賛同団体 30団体 以下、五十音順", "30団体以下、五十音順", "30団体 以下に示す",
                "30団体以下に掲げる", "30名 以下順不同", "30団体 以下「賛同団体」", "30団体 以下のとおり", "30名 以下略")) {
            assertEquals(CountQualifier.EXACT, CountQualifiers.of(exact), exact);
        }
        assertEquals(Optional.empty(), leftOut("30名", "賛同者30名 以下敬称略\n"));
        assertEquals(Optional.empty(), leftOut("30団体", "賛同団体 30団体\n以下、五十音順\n"));
        // beside the number and going on to what it counts, or ending the sentence, it is "at most"
        for (String atMost : List.of("30団体以下", "30名以下の団体", "30名以下。", "30名以下、費用は", "30名 以下")) {
            assertEquals("at-most at most 30", read(atMost), atMost);
        }
    }

    @Test
    void aQuoteThatStandsWithoutAQualifierSomewhereOrCarriesItsOwnLeavesNoneOut() {
        assertEquals(Optional.empty(), leftOut("32 organizations", "[32 organizations, Japanese Alphabetical order]"));
        assertEquals(Optional.empty(), leftOut("over 30 organizations", "Signed by over 30 organizations"));
        assertEquals(Optional.empty(), leftOut("30団体以上", "30団体以上"));
        // printed bare once: the quote may be of those words
        assertEquals(Optional.empty(), leftOut("30 organizations", "over 30 organizations ... the 30 organizations below"));
        assertEquals(Optional.empty(), leftOut("30 organizations", "the following 30 organizations"));
        assertEquals(Optional.empty(), leftOut("undersigned organizations", "over the undersigned organizations"));
        assertEquals(Optional.empty(), leftOut("30 organizations", "not in the text"));
    }

    private static Optional<CountQualifiers.NotInSource> notInSource(String quote, String text) {
        return CountQualifiers.notInSource(quote, TextMatch.normalize(text), TextMatch.lineBreaks(text));
    }

    @Test
    void aQuoteCutShortAfterAQualifierLookingWordIsNotTheLettersQualifier() {
        // "30 organizations and more" was read as at least 30, where the letter goes on "and more individuals"
        assertEquals(Optional.of(new CountQualifiers.NotInSource("30 and more", 30, "30 organizations and more individuals",
                        CountQualifier.EXACT, "30 organizations")),
                notInSource("30 organizations and more", "Signed by 30 organizations and more individuals:\n"));
        assertEquals(Optional.of(new CountQualifiers.NotInSource("30 or more", 30, "30 or more than", CountQualifier.EXACT, "30")),
                notInSource("30 or more", "30 or more than 40 organizations"));
        // a qualifier the letter prints otherwise, before the quote
        assertEquals(Optional.of(new CountQualifiers.NotInSource("more than 30", 30, "no more than 30",
                        new CountQualifier(Bound.AT_MOST, "no more than", false), "no more than 30")),
                notInSource("more than 30", "signed by no more than 30 organizations"));
        // 以上 on a line of its own ends the letter
        assertEquals(Optional.of(new CountQualifiers.NotInSource("at least 30", 30, "30 以上", CountQualifier.EXACT, "30")),
                notInSource("30 以上", "賛同団体数 30\n以上\n"));
    }

    @Test
    void aQuotePrintedWithItsQualifierOnceIsTheLetters() {
        assertEquals(Optional.empty(), notInSource("30 organizations and more", "30 organizations and more.\n"));
        assertEquals(Optional.empty(), notInSource("30 organizations and more",
                "30 organizations and more individuals; in all, 30 organizations and more have signed"));
        assertEquals(Optional.empty(), notInSource("over 30 organizations", "Signed by over 30 organizations"));
        assertEquals(Optional.empty(), notInSource("30団体以上", "賛同 30団体以上\n\n以上"));
        assertEquals(Optional.empty(), notInSource("30 organizations", "30 organizations and more individuals"));
        assertEquals(Optional.empty(), notInSource("30 organizations and more", "not in the text"));
        assertEquals(Optional.empty(), notInSource("30 organizations and more", "130 organizations and more individuals"));
    }

    private static Optional<String> percentage(String quote, String text) {
        return CountQualifiers.percentage(quote, TextMatch.normalize(text), TextMatch.lineBreaks(text));
    }

    @Test
    void aQuoteOfTheNumberOfAPercentageIsFound() {
        // "30" of "30% of our members" built as 30 signatories
        assertEquals(Optional.of("30%"), percentage("30", "Signed by 30% of our members"));
        assertEquals(Optional.of("30 per cent"), percentage("30", "30 per cent of the organizations"));
        assertEquals(Optional.of("３０％"), percentage("３０", "賛同は３０％の団体"));
        assertEquals(Optional.of("3割"), percentage("3", "賛同団体の3割"));
        assertEquals(Optional.of("over 30.5%"), percentage("over 30", "over 30.5% of them"));
        assertEquals(Optional.of("30 per cent"), percentage("30", "30 per\ncent of them"));
        // printed as a count too, or not at all
        assertEquals(Optional.empty(), percentage("30", "30% of our members; 30 organizations"));
        assertEquals(Optional.empty(), percentage("30 organizations", "30 organizations (75%)"));
        assertEquals(Optional.empty(), percentage("30", "not in the text"));
        assertEquals(Optional.empty(), percentage("organizations", "30% of organizations"));
    }

    private static Optional<CountQualifiers.NumberPrinted> numberPrintedOtherwise(String quote, String text) {
        return CountQualifiers.numberPrintedOtherwise(quote, TextMatch.normalize(text), TextMatch.lineBreaks(text));
    }

    @Test
    void aQuoteOfANumberCutFromALongerOneIsFound() {
        // each built as the number quoted: "500 organisations" of "1 500 organisations" as exactly 500
        Map<String, CountQualifiers.NumberPrinted> cut = new LinkedHashMap<>();
        cut.put("signed by 1 500 organisations|500 organisations", new CountQualifiers.NumberPrinted(500, List.of(1500L), "1 500 organisations", false));
        cut.put("signed by 1\u2009500 organisations|500 organisations", new CountQualifiers.NumberPrinted(500, List.of(1500L), "1 500 organisations", false));
        cut.put("signed by 1\u202F500 organisations|500 organisations", new CountQualifiers.NumberPrinted(500, List.of(1500L), "1 500 organisations", false));
        cut.put("signed by 1\u00A0500 organisations|500 organisations", new CountQualifiers.NumberPrinted(500, List.of(1500L), "1 500 organisations", false));
        cut.put("signed by 12 345 678 people|678 people", new CountQualifiers.NumberPrinted(678, List.of(12345678L), "12 345 678 people", false));
        cut.put("signed by over 1 500 organisations|1", new CountQualifiers.NumberPrinted(1, List.of(1500L), "1 500", false));
        cut.put("signed by 1’500 organisations|500 organisations", new CountQualifiers.NumberPrinted(500, List.of(1500L), "1'500 organisations", false));
        // as 十団体 of 三十団体, 5千人 of 3万5千人, or "two organizations" of "thirty-two organizations"
        cut.put("賛同三十団体|十団体", new CountQualifiers.NumberPrinted(10, List.of(30L), "三十団体", false));
        cut.put("賛同二百団体|百団体", new CountQualifiers.NumberPrinted(100, List.of(200L), "二百団体", false));
        cut.put("賛同者3万5千人|5千人", new CountQualifiers.NumberPrinted(5000, List.of(35000L), "3万5千人", false));
        cut.put("賛同者1万2000人|2000人", new CountQualifiers.NumberPrinted(2000, List.of(12000L), "1万2000人", false));
        cut.put("signed by thirty-two organizations|two organizations", new CountQualifiers.NumberPrinted(2, List.of(32L), "thirty-two organizations", false));
        cut.put("signed by 2 dozen organizations|2", new CountQualifiers.NumberPrinted(2, List.of(24L), "2 dozen", false));
        // a numeral after 数 (some): 十名 of 数十名 states none, 十団体 of 百数十団体 is cut from a hundred and some tens
        cut.put("賛同者は数十名|十名", new CountQualifiers.NumberPrinted(10, List.of(), "数十名", false));
        cut.put("賛同団体は百数十団体|十団体", new CountQualifiers.NumberPrinted(10, List.of(100L), "百数十団体", false));
        cut.put("signed by one hundred and twenty organizations|twenty organizations",
                new CountQualifiers.NumberPrinted(20, List.of(120L), "one hundred and twenty organizations", false));
        // two numbers the quote reads as one: on two lines, or after a word that numbers the first
        cut.put("Signed:\n2\n300 organisations|2 300 organisations", new CountQualifiers.NumberPrinted(2300, List.of(2L, 300L), "2 300 organisations", true));
        cut.put("see Article 2 300 organisations|2 300 organisations", new CountQualifiers.NumberPrinted(2300, List.of(2L, 300L), "Article 2 300 organisations", false));
        cut.forEach((textAndQuote, found) -> {
            String[] parts = textAndQuote.split("\\|");
            assertEquals(Optional.of(found), numberPrintedOtherwise(parts[1], parts[0]), textAndQuote);
        });
        // the whole number, the number as printed elsewhere too, or a number after a word that numbers another
        for (String[] whole : List.of(new String[] {"1 500 organisations", "signed by 1\u2009500 organisations"},
                new String[] {"500 organisations", "1 500 organisations; 500 organisations listed"},
                new String[] {"100 organisations", "Articles 5 100 organisations"},
                new String[] {"300 organisations", "Signed:\n2\n300 organisations"},
                new String[] {"300 organisations", "In 2024 300 organisations signed"},
                new String[] {"三十団体", "賛同三十団体"}, new String[] {"thirty-two organizations", "thirty-two organizations"})) {
            assertEquals(Optional.empty(), numberPrintedOtherwise(whole[0], whole[1]), whole[0]);
        }
    }

    private static Optional<String> rangeEnd(String quote, String text) {
        return CountQualifiers.rangeEnd(quote, TextMatch.normalize(text), TextMatch.lineBreaks(text));
    }

    @Test
    void aQuoteOfOneEndOfARangeIsFound() {
        // "40 organizations" of "30–40 organizations" built, and the page said the letter states exactly 40
        assertEquals(Optional.of("30–40 organizations"), rangeEnd("40 organizations", "Signed by 30–40 organizations"));
        assertEquals(Optional.of("30 to 40 organizations"), rangeEnd("40 organizations", "signed by 30 to\n40 organizations"));
        assertEquals(Optional.of("from 30 to 40 organizations"), rangeEnd("40 organizations", "signed by from 30 to 40 organizations"));
        assertEquals(Optional.of("between 30 and 40 organizations"), rangeEnd("40 organizations", "signed by between 30 and 40 organizations"));
        assertEquals(Optional.of("30 or 40 organizations"), rangeEnd("40 organizations", "signed by 30 or 40 organizations"));
        assertEquals(Optional.of("30–40"), rangeEnd("30", "signed by 30–40 organizations"));
        assertEquals(Optional.of("30〜40団体"), rangeEnd("40団体", "30〜40団体が賛同"));
        assertEquals(Optional.of("30から40団体"), rangeEnd("40団体", "30から40団体が賛同"));
        // the whole range quoted is told by the count's check; a change, or the words printed bare too, leave none out
        assertEquals(Optional.empty(), rangeEnd("30–40 organizations", "signed by 30–40 organizations"));
        assertEquals(Optional.empty(), rangeEnd("30 organizations", "the coalition grew from 25 to 30 organizations"));
        assertEquals(Optional.empty(), rangeEnd("30団体", "25団体から30団体に増えた"));
        assertEquals(Optional.empty(), rangeEnd("40 organizations", "30–40 organizations; in all, 40 organizations"));
        assertEquals(Optional.empty(), rangeEnd("30 organizations", "2 coordinators and 30 organizations"));
        assertEquals(Optional.empty(), rangeEnd("30 organizations", "not in the text"));
    }

    @Test
    void aQuoteOfTheEndOfARangeWhoseOtherEndStatesNoNumberIsFound() {
        // "百団体" of 数十～百団体 (some tens to a hundred) built, and the page said the letter states exactly 100
        assertEquals(Optional.of("数十～百団体"), rangeEnd("百団体", "賛同団体は数十～百団体"));
        assertEquals(Optional.of("数十から百団体"), rangeEnd("百団体", "賛同団体は数十から百団体"));
        assertEquals(Optional.of("数十ないし百団体"), rangeEnd("百団体", "賛同団体は数十ないし百団体"));
        assertEquals(Optional.of("dozens to a hundred organizations"), rangeEnd("a hundred organizations", "signed by dozens to a hundred organizations"));
        assertEquals(Optional.of("a few dozen to 100 organizations"), rangeEnd("100 organizations", "signed by a few dozen to 100 organizations"));
        assertEquals(Optional.of("30 to several hundred"), rangeEnd("30", "signed by 30 to several hundred organizations"));
        assertEquals(Optional.empty(), rangeEnd("100 organizations", "the coalition grew from dozens to 100 organizations"));
    }

    @Test
    void aQuoteOfOneOfTwoNumbersPartedByASlashIsOneEndOfARange() {
        // "40 organizations" of "30/40 organizations" built, and the page said the letter states exactly 40
        assertEquals(Optional.of("30/40 organizations"), rangeEnd("40 organizations", "signed by 30/40 organizations"));
        assertEquals(Optional.of("30/40"), rangeEnd("30", "signed by 30/40 organizations"));
        // a date's numbers are no range: "40 organizations" after it is a count
        assertEquals(Optional.empty(), rangeEnd("40 organizations", "On 30/5/2024, 40 organizations signed"));
        assertEquals(Optional.empty(), rangeEnd("30 organizations", "On 5/30/2024 30 organizations signed"));
        // "5 million" inside "1.5 million" is no quote of it (TextMatch.standsWhole), so no end of anything
        assertEquals(Optional.empty(), rangeEnd("5 million", "signed by 1.5 million people"));
    }

    @Test
    void aChangeWithWordsBeforeFromOrItsSizeAfterByIsNoRange() {
        // each was count-is-a-range: honest "45 organizations" refused, the hint saying the letter gives no one count
        assertEquals(Optional.empty(), rangeEnd("45 organizations", "the number of signatories has risen by 12 to 45 organizations."));
        assertEquals(Optional.empty(), rangeEnd("45 organizations", "The coalition grew this year from 30 to 45 organizations."));
        assertEquals(Optional.empty(), rangeEnd("45 organizations", "The coalition has grown, from 30 to 45 organizations, since June."));
        // "by" after no verb of change is the agent's; a sentence ended before "from" ends the change
        assertEquals(Optional.of("30 to 40 organizations"), rangeEnd("40 organizations", "The letter was backed up by 30 to 40 organizations."));
        assertEquals(Optional.of("30 to 40 organizations"), rangeEnd("40 organizations", "The letter, later expanded, was signed by 30 to 40 organizations."));
        assertEquals(Optional.of("from 30 to 40 organizations"), rangeEnd("40 organizations", "The coalition grew. Signed by from 30 to 40 organizations"));
    }

    @Test
    void aJapaneseChangeToldWithHeToOrNattaIsNoRange() {
        // each was count-is-a-range: only に or へ just before 増, 減, 拡, 倍 or 達 told a change
        assertEquals(Optional.empty(), rangeEnd("40団体", "賛同団体は30団体から40団体へと拡大しました"));
        assertEquals(Optional.empty(), rangeEnd("40団体", "賛同団体は30団体から40団体になりました"));
        assertEquals(Optional.empty(), rangeEnd("40団体", "賛同団体は30団体から40団体になった"));
        // what it is expected to come to may be a range
        assertEquals(Optional.of("30から40団体"), rangeEnd("40団体", "賛同は30から40団体になる見込み"));
    }

    @Test
    void aJapaneseRangeWithTheCounterOnBothEndsOrNaishiIsARange() {
        // each built as exactly 40: the gap of a range could not hold the first end's counter but before から
        assertEquals(Optional.of("30団体～40団体"), rangeEnd("40団体", "30団体～40団体が賛同"));
        assertEquals(Optional.of("30人〜40人"), rangeEnd("40人", "呼びかけ人は30人〜40人"));
        assertEquals(Optional.of("30ないし40団体"), rangeEnd("40団体", "30ないし40団体が賛同"));
        assertEquals(Optional.of("三十ないし四十団体"), rangeEnd("四十団体", "三十ないし四十団体が賛同"));
        assertEquals(Optional.of("三十団体～四十団体"), rangeEnd("四十団体", "三十団体～四十団体が賛同"));
    }

    @Test
    void aPageNumberBetweenDashesBeforeACountIsNoRange() {
        // "45 organizations" at the top of page 3 was count-is-a-range, the range "3 - 45 organizations"
        assertEquals(Optional.empty(), rangeEnd("45 organizations", "the statement was circulated.\n- 3 -\n45 organizations have signed it."));
        assertEquals(Optional.empty(), rangeEnd("45 organizations", "the statement was circulated.\n— 12 —\n45 organizations have signed it."));
        // a range after no page number is one still
        assertEquals(Optional.of("3 - 45 organizations"), rangeEnd("45 organizations", "signed by 3 - 45 organizations"));
        assertEquals(Optional.of("30 - 45 organizations"), rangeEnd("45 organizations", "pp. 12-30 - 45 organizations"));
    }

    @Test
    void aQuoteOfTheSecondKanjiNumeralOfARangeIsFound() {
        assertEquals(Optional.of("三十～四十団体"), rangeEnd("四十団体", "三十～四十団体が賛同"));
        assertEquals(Optional.of("三十から四十団体"), rangeEnd("四十団体", "三十から四十団体が賛同"));
        assertEquals(Optional.empty(), rangeEnd("三名", "統一から三名が参加"));
    }

    @Test
    void aBoundIsWrittenForTheExports() {
        assertEquals(List.of("exact", "more-than", "at-least", "fewer-than", "at-most", "about"),
                java.util.Arrays.stream(Bound.values()).map(Bound::id).toList());
    }
}
