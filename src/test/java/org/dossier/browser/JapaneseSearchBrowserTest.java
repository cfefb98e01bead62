package org.dossier.browser;

import org.dossier.build.JapaneseTextPagesTest;
import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The offline search finds Japanese words inside the runs of kanji and kana that Japanese writes without spaces, in
 * Debian's headless Chromium, from disk.
 */
class JapaneseSearchBrowserTest {
    @TempDir
    static Path dir;
    static FixtureSite site;

    /**
     * The fixture's statement, then paragraphs 4 to 7: 刑事, 事裁 and 裁判 apart (every two letters of "刑事裁判"),
     * then "刑事裁判" itself; a word in half-width katakana, and one that differs from it only by its voicing marks.
     */
    static final String SEED = """
            国際刑事裁判所に関する声明

            日本は、国際刑事裁判所の独立性を支持する。「日本弁護士連合会」もこれを支持した。

            2023年12月、東京で研修を行った。

            刑事事件について、理事裁量で、裁判所は判断する。

            刑事裁判の記録を公開する。

            ｶﾞｲﾄﾞﾗｲﾝを公表した。

            カイトラインという語はない。
            """;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        site = JapaneseTextPagesTest.fixture(dir.resolve("dossier")).write("seeds/a.txt", SEED);
        site.build();
        driver = org.dossier.testing.Browser.start(dir);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private List<String> results(String query) {
        return org.dossier.testing.Browser.searchResults(driver, site.out(), query);
    }

    @Test
    void aJapaneseWordInsideARunOfKanjiAndKanaIsFound() {
        // found by review: a term was a whole run up to punctuation ("日本は" / "国際刑事裁判所の独立性を支持する"), so
        // "独立性", a word in the middle of the run, found nothing, and neither did any Japanese word but a run's first
        assertEquals(List.of("documents/statement/index.html#p-2 [独立性]"), results("独立性"));
        assertEquals(List.of("documents/statement/index.html#p-3 [研修]"), results("研修"));
    }

    @Test
    void everyPartOfAJapaneseQueryMustBeThere() {
        assertEquals(List.of("documents/statement/index.html#p-2 [独立性, 支持, 支持]"), results("独立性 支持"));
        assertEquals(List.of(), results("独立否"));
        assertEquals("No results for “独立否”", driver.findElement(By.id("page-status")).getText());
    }

    @Test
    void aJapaneseQueryIsFoundOnlyWhereItIsWrittenAsOneRun() {
        // found by review: a run of kanji and kana was found by every two letters of it, wherever they stood, so
        // "刑事裁判" found paragraph 4, which holds 刑事, 事裁 and 裁判 apart; the title (the document, and its heading
        // p-1) and paragraphs 2 and 5 hold it as written
        assertEquals(List.of("documents/statement/index.html [刑事裁判]", "documents/statement/index.html#p-1 [刑事裁判]",
                "documents/statement/index.html#p-2 [刑事裁判]", "documents/statement/index.html#p-5 [刑事裁判]"), results("刑事裁判"));
        assertEquals(List.of(), results("刑事裁量")); // 刑事, 事裁 and 裁量 are in paragraph 4, apart
    }

    @Test
    void halfWidthKatakanaIsFoundByItsFullWidthLettersAndVoicingMarksCount() {
        // found by review: "ｶﾞｲﾄﾞﾗｲﾝ" (half-width) was folded to "ｶｲﾄﾗｲﾝ" in the index, so "ガイドライン" found nothing
        assertEquals(List.of("documents/statement/index.html#p-6 [ｶﾞｲﾄﾞﾗｲﾝ]"), results("ガイドライン"));
        assertEquals(List.of("documents/statement/index.html#p-6 [ｶﾞｲﾄﾞﾗｲﾝ]"), results("ｶﾞｲﾄﾞﾗｲﾝ"));
        // "ガ" is not "カ": the voicing marks are letters of their own, not accents
        assertEquals(List.of("documents/statement/index.html#p-7 [カイトライン]"), results("カイトライン"));
    }

    @Test
    void hiraganaFindsKatakanaAndTheReverseHighlightedAsPrinted() {
        // found by review: a word typed in hiragana did not find it printed in katakana, nor the reverse, though a
        // Japanese reader types either
        assertEquals(List.of("documents/statement/index.html#p-6 [ｶﾞｲﾄﾞﾗｲﾝ]"), results("がいどらいん"));
        assertEquals(List.of("documents/statement/index.html#p-7 [カイトライン]"), results("かいとらいん"));
        assertEquals(List.of("documents/statement/index.html#p-3 [研修を行]"), results("研修ヲ行"));
        assertEquals(List.of("documents/statement/index.html#p-7 [カイトラインという]"), results("\"かいとライントイウ\""));
    }
}
