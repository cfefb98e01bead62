package org.dossier.browser;

import org.dossier.build.JapaneseTextPagesTest;
import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        site = JapaneseTextPagesTest.fixture(dir.resolve("dossier"));
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
        driver.get(site.out().resolve("search/index.html").toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("page-status")).getText().isEmpty());
        return driver.findElements(By.cssSelector("#page-results li a")).stream()
                .map(a -> a.getAttribute("href").replaceAll("^.*/documents/", "documents/") + " " + marks(a)).toList();
    }

    private static List<String> marks(WebElement result) {
        return result.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
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
}
