package org.dossier.source;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintedNumbersTest {
    @Test
    void readsDigitsAndEnglishNumberWords() {
        Map<String, List<Long>> printed = new LinkedHashMap<>();
        printed.put("32 organizations", List.of(32L));
        printed.put("signed by 25 organisations", List.of(25L));
        printed.put("1,234 signatories", List.of(1234L));
        printed.put("２５団体", List.of(25L));
        printed.put("twenty-five organisations", List.of(25L));
        printed.put("Thirty two organizations", List.of(32L));
        printed.put("ninety-nine groups", List.of(99L));
        printed.put("seventeen", List.of(17L));
        printed.put("zero", List.of(0L));
        printed.put("one hundred and twelve groups", List.of(112L));
        printed.put("a hundred groups", List.of(100L));
        printed.put("a thousand signatures", List.of(1000L));
        printed.put("two thousand and five", List.of(2005L));
        printed.put("25 organizations (twenty-five in all)", List.of(25L));
        // found by the second review: kanji numerals before a counter
        printed.put("三十二団体", List.of(32L));
        printed.put("賛同二十五の団体", List.of(25L));
        printed.put("百十二名", List.of(112L));
        printed.put("十団体", List.of(10L));
        printed.put("二〇二団体", List.of(202L));
        // a kanji numeral with a qualifier before its counter
        printed.put("三十余団体", List.of(30L));
        printed.put("三十以上の団体", List.of(30L));
        printed.put("三十を超える団体", List.of(30L));
        // 万 and 億 go on a numeral: "五千人" of 一万五千人 was 5000, and 三万人 stated none
        printed.put("一万五千人", List.of(15_000L));
        printed.put("三万人", List.of(30_000L));
        printed.put("百万人", List.of(1_000_000L));
        printed.put("一億二千万人", List.of(120_000_000L));
        printed.put("万人のための", List.of());
        printed.put("数万人", List.of());
        printed.forEach((text, numbers) -> assertEquals(numbers, PrintedNumbers.in(text), text));
    }

    @Test
    void digitsGroupedWithSpacesOrAnApostropheAreOneNumber() {
        // "1 500 organisations" (a thin, narrow no-break or no-break space between the groups) stated 1 and 500
        Map<String, List<Long>> printed = new LinkedHashMap<>();
        printed.put("1 500 organisations", List.of(1500L));
        printed.put("1\u2009500 organisations", List.of(1500L));
        printed.put("1\u202F500 organisations", List.of(1500L));
        printed.put("1\u00A0500 organisations", List.of(1500L));
        printed.put("12 345 678 signatures", List.of(12345678L));
        printed.put("1'500 organisations", List.of(1500L));
        printed.put("1’500 organisations", List.of(1500L));
        printed.put("2 500 million people", List.of(2500000000L));
        // not groups of three after a first of one to three digits, after a word that numbers, or over a line
        printed.put("In 2024 300 organisations", List.of(2024L, 300L));
        printed.put("12 3000 organisations", List.of(12L, 3000L));
        printed.put("Article 5 100 organisations", List.of(5L, 100L));
        printed.put("see para. 2 300 organisations", List.of(2L, 300L));
        // nor after a date, a time or a name the first group is joined to
        printed.put("2024-05-30 125 organisations", List.of(2024L, 5L, 30L, 125L));
        printed.put("at 10:30 120 organisations", List.of(10L, 30L, 120L));
        printed.put("COVID-19 120 organisations", List.of(19L, 120L));
        printed.put("the G7 120 organisations", List.of(7L, 120L));
        printed.put("Part 9 100 organisations", List.of(9L, 100L));
        printed.put("No 5 100 organisations", List.of(5L, 100L));
        // but after a word and a colon, or a dash set apart, the groups are one number
        printed.put("Signatories:1 500 organisations", List.of(1500L));
        printed.put("Signatories - 1 500 organisations", List.of(1500L));
        printed.put("in this case 1 500 organisations", List.of(1500L));
        // and groups parted by points: "1.500 organisations" stated 1 and 500
        printed.put("1.500 organisations", List.of(1500L));
        printed.put("12.345.678 signatures", List.of(12345678L));
        printed.put("1.500 million people", List.of(1500000L));
        printed.put("dated 30.05.2024", List.of(30L, 5L, 2024L));
        printed.put("1.5 organisations", List.of(1L, 5L));
        printed.forEach((text, numbers) -> assertEquals(numbers, PrintedNumbers.in(text), text));
        assertEquals(List.of(2L, 300L), PrintedNumbers.found("2\n300 organisations").stream().map(PrintedNumbers.Found::value).toList());
    }

    @Test
    void aDozenIsTwelve() {
        // "nearly two dozen organizations" was read as 2, and the page said "The letter states nearly 2 signatories";
        // stated_count: 24 was rejected with the hint to write 2
        assertEquals(List.of(24L), PrintedNumbers.in("nearly two dozen organizations"));
        assertEquals(List.of(36L), PrintedNumbers.in("Three dozen groups"));
        assertEquals(List.of(12L), PrintedNumbers.in("a dozen organizations"));
        assertEquals(List.of(6L), PrintedNumbers.in("half a dozen organizations"));
        assertEquals(List.of(12L, 30L), PrintedNumbers.in("a dozen coordinators and 30 organizations"));
        // "2 dozen" and "two score" were read as 2
        assertEquals(List.of(24L), PrintedNumbers.in("2 dozen organizations"));
        assertEquals(List.of(40L), PrintedNumbers.in("two score organizations"));
        assertEquals(List.of(20L), PrintedNumbers.in("a score of organizations"));
        assertEquals(List.of(), PrintedNumbers.in("scores of organizations"));
    }

    @Test
    void aHundredAndSomeTensIsAHundredAndMore() {
        // 百数十団体 stated no number, and 100数十名 stated 100 exactly; each is more than 100 (CountQualifiers)
        assertEquals(List.of(100L), PrintedNumbers.in("百数十団体"));
        assertEquals(List.of(100L), PrintedNumbers.in("100数十名"));
        assertEquals(List.of(1000L), PrintedNumbers.in("千数百名"));
        assertEquals(List.of(), PrintedNumbers.in("数百団体"));
    }

    @Test
    void wordsForSomeTensOrHundredsStateNoNumber() {
        // 数十団体 (some tens of organisations) was read as 10, 数百人 as 100, and "100s of individuals" as 100, each
        // then shown as exact
        for (String none : List.of("数十団体", "数百人", "数千名", "100s of individuals", "dozens of organizations", "half a hundred",
                "hundreds of individuals", "何百人", "何十団体", "幾千名")) {
            assertEquals(List.of(), PrintedNumbers.in(none), none);
        }
        // thirty and some: the number is thirty, which 数 qualifies (CountQualifiers)
        assertEquals(List.of(30L), PrintedNumbers.in("三十数団体"));
        assertEquals(List.of(30L), PrintedNumbers.in("30数団体"));
        assertEquals(List.of(10L), PrintedNumbers.in("十数名"));
    }

    @Test
    void thirtySomeIsThirty() {
        // it stated no number, and stated_count: 30 was refused as inconsistent
        assertEquals(List.of(30L), PrintedNumbers.in("thirty-some organizations"));
        assertEquals(List.of(30L), PrintedNumbers.in("thirty-something organizations"));
        assertEquals(List.of(), PrintedNumbers.in("someone"));
    }

    @Test
    void aPercentageIsNoCount() {
        // "30% of our members" was read as 30, and stated_count: 30 built: the page said the letter states 30 signatories
        for (String none : List.of("30% of our members", "30 per cent of our members", "30 percent", "30-percent", "30percent",
                "thirty per cent", "Thirty Percent", "30.5%", "３０％の団体", "30 ％", "30パーセント", "30 percentage points", "30 pct",
                "nearly 100%")) {
            assertEquals(List.of(), PrintedNumbers.in(none), none);
        }
        assertEquals(List.of(40L), PrintedNumbers.in("over 30% of 40 organizations"));
        assertEquals(List.of(30L), PrintedNumbers.in("30 organizations (75%)"));
        assertEquals(List.of(30L), PrintedNumbers.in("30 pcs"));
    }

    @Test
    void aNumberPrintedWithAWordOfMagnitudeIsReadWithIt() {
        // "2 million signatures" stated 2, 3万人 (30,000 people) 3, "1.5 million" 1 and 5: stated_count: 2 built, and the
        // page said the letter states 2 signatories where it gives two million
        assertEquals(List.of(2_000_000L), PrintedNumbers.in("2 million signatures"));
        assertEquals(List.of(2_000_000L), PrintedNumbers.in("two million signatures"));
        assertEquals(List.of(1_500_000L), PrintedNumbers.in("over 1.5 million signatures"));
        assertEquals(List.of(30_000L), PrintedNumbers.in("30 thousand people"));
        assertEquals(List.of(30_000L), PrintedNumbers.in("30k signatures"));
        assertEquals(List.of(30_000L), PrintedNumbers.in("賛同者3万人"));
        assertEquals(List.of(35_000L), PrintedNumbers.in("3万5千人"));
        assertEquals(List.of(12_000L), PrintedNumbers.in("1.2万人"));
        assertEquals(List.of(3_000L), PrintedNumbers.in("3千名"));
        // 百 too: 5百人 stated 5 and 100, 1千5百人 1005 and 100
        assertEquals(List.of(500L), PrintedNumbers.in("5百人"));
        assertEquals(List.of(1_500L), PrintedNumbers.in("1千5百人"));
        // no whole number, or words between: none stated
        assertEquals(List.of(), PrintedNumbers.in("two and a half million signatures"));
        assertEquals(List.of(), PrintedNumbers.in("1.2345k signatures"));
        // no word of magnitude
        assertEquals(List.of(2L), PrintedNumbers.in("2 millionaires"));
        assertEquals(List.of(30L), PrintedNumbers.in("30 organizations"));
    }

    private static List<String> ranges(String words) {
        String folded = PrintedNumbers.Folded.of(words).text();
        return PrintedNumbers.ranges(folded).stream()
                .map(r -> r.low().value() + ".." + r.high().value() + " " + folded.substring(r.start(), r.end())).toList();
    }

    @Test
    void twoNumbersPrintedAsARangeAreFound() {
        Map<String, List<String>> printed = new LinkedHashMap<>();
        printed.put("30–40 organizations", List.of("30..40 30–40"));
        printed.put("30-40 organizations", List.of("30..40 30-40"));
        printed.put("30 to 40 organizations", List.of("30..40 30 to 40"));
        printed.put("from 30 to 40 organizations", List.of("30..40 from 30 to 40"));
        printed.put("between 30 and 40 organizations", List.of("30..40 between 30 and 40"));
        printed.put("Between thirty and forty groups", List.of("30..40 between thirty and forty"));
        printed.put("30 or 40 organizations", List.of("30..40 30 or 40"));
        printed.put("30〜40団体", List.of("30..40 30〜40"));
        printed.put("30～40団体", List.of("30..40 30~40"));
        printed.put("30から40団体", List.of("30..40 30から40"));
        printed.put("30団体から40団体", List.of("30..40 30団体から40"));
        printed.put("30人から40名", List.of("30..40 30人から40"));
        // a counter after the first and another thing counted after the second: two counts
        printed.put("30団体から40件の意見", List.of());
        printed.put("120団体から数百件の意見", List.of());
        printed.put("数十団体から100件の意見", List.of());
        printed.put("30乃至40団体", List.of("30..40 30乃至40"));
        printed.put("三十乃至四十団体", List.of("30..40 三十乃至四十"));
        printed.put("30―40団体", List.of("30..40 30―40"));
        printed.put("30ー40団体", List.of("30..40 30ー40"));
        // a change, not a range: 30 is a count
        printed.put("the coalition grew from 25 to 30 organizations", List.of());
        printed.put("up from 25 to 30", List.of());
        printed.put("has increased from 25 to 30 organizations", List.of());
        printed.put("25団体から30団体に増えた", List.of());
        // two counts, or numbers going down
        printed.put("2 coordinators and 30 organizations", List.of());
        printed.put("30 and 40", List.of());
        printed.put("30 organizations and 40 individuals", List.of());
        printed.put("50–40", List.of());
        printed.put("2024-25", List.of());
        printed.put("30 organizations", List.of());
        printed.forEach((words, ranges) -> assertEquals(ranges, ranges(words), words));
    }

    @Test
    void anEndInWordsThatStateNoNumberIsARangesEndAllTheSame() {
        // 数十～百団体 (some tens to a hundred) stated 100, and "百団体" of it built as exactly 100
        Map<String, List<String>> printed = new LinkedHashMap<>();
        printed.put("数十～百団体", List.of("-1..100 数十~百"));
        printed.put("数十から百団体", List.of("-1..100 数十から百"));
        printed.put("数十ないし百団体", List.of("-1..100 数十ないし百"));
        printed.put("何十～百団体", List.of("-1..100 何十~百"));
        // "10万人" of 数万～10万人 (tens of thousands to 100,000) built as exactly 100000
        printed.put("数万～10万人", List.of("-1..100000 数万~10万"));
        printed.put("数十万から百万人", List.of("-1..1000000 数十万から百万"));
        printed.put("数十乃至百団体", List.of("-1..100 数十乃至百"));
        printed.put("数十―百団体", List.of("-1..100 数十―百"));
        printed.put("数十団体～100団体", List.of("-1..100 数十団体~100"));
        printed.put("十数～二十団体", List.of("-1..20 十数~二十"));
        printed.put("dozens to a hundred organizations", List.of("-1..100 dozens to a hundred"));
        printed.put("a few dozen to 100 organizations", List.of("-1..100 a few dozen to 100"));
        printed.put("from several dozen to 100 organizations", List.of("-1..100 from several dozen to 100"));
        printed.put("between dozens and 100 organizations", List.of("-1..100 between dozens and 100"));
        printed.put("30 to several hundred organizations", List.of("30..-1 30 to several hundred"));
        printed.put("30から数百団体", List.of("30..-1 30から数百"));
        // a change, words of no number apart, and words that merely end so
        printed.put("grew from dozens to 100 organizations", List.of());
        printed.put("数十団体から百団体に増えた", List.of());
        printed.put("we have dozens. 100 organizations signed", List.of());
        printed.put("kittens to 100 organizations", List.of());
        // an aside between em dashes: "120 organizations" was one end of "hundreds — 120"
        printed.put("in the hundreds — 120 organizations and 300 individuals — signed", List.of());
        printed.put("dozens—100 organizations", List.of("-1..100 dozens—100"));
        printed.put("dozens and 100 organizations", List.of());
        printed.forEach((words, ranges) -> assertEquals(ranges, ranges(words), words));
        String folded = PrintedNumbers.Folded.of("数十～百団体").text();
        assertEquals("数十 to 100", PrintedNumbers.ranges(folded).get(0).show());
    }

    @Test
    void twoNumbersPartedByASlashAreARangeButNotADate() {
        // "30/40 organizations" was no range: a quote "40 organizations" built as exactly 40
        assertEquals(List.of("30..40 30/40"), ranges("signed by 30/40 organizations"));
        assertEquals(List.of("30..40 30 / 40"), ranges("signed by 30 / 40 organizations"));
        assertEquals(List.of("30..40 30/40"), ranges("30／40団体"));
        // the numbers of a date are none
        assertEquals(List.of(), ranges("dated 30/5/2024, signed by 40 organizations"));
        assertEquals(List.of(), ranges("dated 2024/5/30"));
        assertEquals(List.of(), ranges("dated 5/30/2024"));
        assertEquals(List.of(), ranges("dated 1.5/30"));
    }

    @Test
    void aKanjiNumeralThatStartsARangeIsRead() {
        // 三十 before ～四十団体 stood before no counter and was not read: "四十団体" of "三十～四十団体" built as exactly 40
        assertEquals(List.of(30L, 40L), PrintedNumbers.in("三十～四十団体"));
        assertEquals(List.of(30L, 40L), PrintedNumbers.in("約三十から四十団体"));
        assertEquals(List.of("30..40 三十~四十"), ranges("三十～四十団体"));
        // inside a word it is none
        assertEquals(List.of(3L), PrintedNumbers.in("統一から三名"));
        assertEquals(List.of(), ranges("統一から三名"));
        // after a kanji, ends parted by a dash or tilde are a range: "四十団体" of 賛同三十～四十団体 built as exactly 40
        assertEquals(List.of("30..40 三十~四十"), ranges("賛同三十～四十団体"));
        assertEquals(List.of("30..40 三十―四十"), ranges("賛同団体三十―四十団体"));
    }

    @Test
    void aProportionInTenthsIsNoCount() {
        // "3割の団体" (30% of the organisations) was read as 3, and stated_count: 3 built
        for (String none : List.of("3割の団体", "賛同団体の３割", "3割5分", "三割の団体")) {
            assertEquals(List.of(), PrintedNumbers.in(none), none);
        }
        assertEquals(List.of(30L), PrintedNumbers.in("30団体"));
        assertEquals(List.of(5L), PrintedNumbers.in("5分"));
    }

    @Test
    void tellsEachDifferentNumberApart() {
        assertEquals(List.of(2L, 30L), PrintedNumbers.in("2 coordinators and 30 organizations"));
        assertEquals(List.of(20L, 5L), PrintedNumbers.in("twenty, five"));
        assertEquals(List.of(1L, 2L), PrintedNumbers.in("one two"));
        assertEquals(List.of(1L, 23L), PrintedNumbers.in("1,23"));
    }

    @Test
    void ordinalsAndWordsThatMerelyContainANumberStateNone() {
        for (String none : List.of("the undersigned organizations", "the 20th anniversary", "the twenty-fifth letter", "someone",
                "often", "a", "hundred", "thousand and", "", "呼びかけ団体一同", "統一された声")) {
            assertEquals(List.of(), PrintedNumbers.in(none), none);
        }
    }

    @Test
    void indianGroupingIsOneNumber() {
        // "1,00,000 signatures" (a lakh) stated 1 and 0
        assertEquals(List.of(100_000L), PrintedNumbers.in("1,00,000 signatures"));
        assertEquals(List.of(1_000_000L), PrintedNumbers.in("10,00,000 people"));
        assertEquals(List.of(10_000_000L), PrintedNumbers.in("1,00,00,000 people"));
        assertEquals(List.of(2_500_000L), PrintedNumbers.in("25,00,000 people"));
        // no lakh without its last group of three
        assertEquals(List.of(1L, 23L), PrintedNumbers.in("1,23"));
        assertEquals(List.of(12_345L), PrintedNumbers.in("12,345"));
    }

    @Test
    void digitsOfMagnitudeWithKanjiAfterThemAreOneNumber() {
        // 1万五千人 stated 10,000 and 5,000
        assertEquals(List.of(15_000L), PrintedNumbers.in("1万五千人"));
        assertEquals(List.of(15_000L), PrintedNumbers.in("1万5千人"));
        assertEquals(List.of(12_500L), PrintedNumbers.in("1万二千五百人"));
        assertEquals(List.of(10_000L, 3L), PrintedNumbers.in("1万人と三団体"));
    }

    @Test
    void aYearInADatelineIsNoRangesFirstEnd() {
        // "Tokyo, 2023 – 2500 organisations" was the range 2023 to 2500, so 2500 could not be quoted as the count
        assertEquals(List.of(), ranges("Tokyo, 2023 – 2500 organisations have signed"));
        assertEquals(List.of(), ranges("Geneva, 12 May 2024 - 310 organisations"));
        assertEquals(List.of(), ranges("Rights Now [Tokyo, 2023 – 2500 organisations]"));
        assertEquals(List.of(), ranges("We wrote. New York City, 2023 — 150 groups"));
        assertEquals(List.of(2023L, 2500L), PrintedNumbers.in("Tokyo, 2023 – 2500 organisations"));
        // a range of years, or of counts, stays one
        assertEquals(List.of("2023..2024 2023 – 2024"), ranges("Tokyo, 2023 – 2024 programme"));
        assertEquals(List.of("1000..2500 1000 – 2500"), ranges("1000 – 2500 organisations"));
        assertEquals(List.of("2000..3000 2000 – 3000"), ranges("We counted 300 organisations, 2000 – 3000 individuals"));
        assertEquals(List.of("2023..2500 2023–2500"), ranges("Tokyo, 2023–2500 organisations"));
    }

    @Test
    void wordsBeforeACommaThatNameNoPlaceMakeNoDateline() {
        // "In total, 2000 – 3000 people" was read as a dateline's year and a count, so that 3000 could be given as the
        // count of a range the source prints
        assertEquals(List.of("2000..3000 2000 – 3000"), ranges("In total, 2000 – 3000 people signed"));
        assertEquals(List.of("2000..3000 2000 – 3000"), ranges("We wrote. Altogether, 2000 – 3000 people signed"));
        assertEquals(List.of("1900..2100 1900 – 2100"), ranges("Of these, 1900 – 2100 were students"));
    }
}
