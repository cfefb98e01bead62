package org.dossier.browser;

import org.dossier.build.Pipeline;
import org.dossier.source.InputPaths;
import org.dossier.testing.Browser;
import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dossier as it prints: headless Chromium opens its pages from disk with the print media emulated, as the
 * browser's Print command lays them out, and reads what print.css shows and how it lets pages break.
 */
class PrintBrowserTest {
    private static final String LETTER = "documents/2024-05-30-joint-letter-kamikawa-icc-independence/index.html";

    @TempDir
    static Path dir;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        site = dir.resolve("site");
        new Pipeline("test").build(new Pipeline.Options(InputPaths.under(Path.of("")), site));
        driver = Browser.start(dir);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Object script(String page, String js) {
        return script(site.resolve(page), js);
    }

    private static Object script(Path page, String js) {
        driver.get(page.toUri().toString());
        return driver.executeScript(js);
    }

    @Test
    void onScreenThePrintPageDrawsOneRuleAboveEachDocumentsTitle() {
        // found by review: each document's title had the article's rule above it and the heading's own below it
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen"));
        try {
            Object rules = script("print/index.html", "var a = document.querySelector('.print-document'), h = a.querySelector('h2');"
                    + " return getComputedStyle(a).borderTopStyle + ' ' + getComputedStyle(h).borderBottomStyle;");
            assertEquals("solid none", rules);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        }
    }

    @Test
    void onPaperTheFooterKeepsOnlyItsWordOnTheSources() {
        // found by review: the letter's last printed page held only "Built with dossier 0.1.0.", and every page
        // printed the footer's links (the page for printing, the zip, the feed), which do nothing on paper
        Object footer = script(LETTER, "return document.querySelector('.site-footer').innerText.trim();");
        assertEquals("Japan and the International Criminal Court. Every document is reproduced from its source file, whose SHA-256 "
                + "is shown on its page. Metadata and summaries are editorial.", footer);
    }

    @Test
    void aHeadingOfTheReadingTextIsNotLeftAtTheFootOfAPage() {
        // found by review: "[2 Coordinating organizations]", an h4 of the letter, ended a printed page and its list
        // began the next; print.css kept only h1 to h3 with what follows them
        Object breaks = script(LETTER, "return Array.from(document.querySelectorAll('.reading h3, .reading h4, .reading h5, .reading h6'))"
                + ".map(function (h) { return h.tagName + ' ' + getComputedStyle(h).breakAfter; });");
        assertTrue(((List<?>) breaks).contains("H4 avoid"), breaks.toString());
        assertTrue(((List<?>) breaks).stream().allMatch(b -> b.toString().endsWith(" avoid")), breaks.toString());
    }

    @Test
    void aValueOfTheMetadataIsNotSplitBetweenTwoPages() {
        // found by review: the letter's "Credited in citations" printed two of its lines at the foot of the first page
        // and the third at the top of the next, away from its name
        for (String page : List.of(LETTER, "print/index.html")) {
            Object split = script(page, "return Array.from(document.querySelectorAll('.meta dt, .meta dd'))"
                    + ".filter(function (e) { return getComputedStyle(e).breakInside !== 'avoid'; }).length;");
            assertEquals(0L, split, page);
        }
    }

    @Test
    void aProbableMergePrintsWithoutItsLinkToTheReason() {
        // "(the reason)" is a link to the organisation's page: on paper it was two words that lead nowhere
        Object notes = script(LETTER, "return Array.from(document.querySelectorAll('.signatures .merge-note')).map(function (n) { return n.innerText; });");
        assertFalse(((List<?>) notes).isEmpty());
        for (Object note : (List<?>) notes) {
            assertTrue(note.toString().endsWith("but the sources leave it uncertain."), note.toString());
        }
    }

    @Test
    void anAddressThatIsItsLinksOwnTextIsPrintedOnceAndThePrintPageGivesIt(@TempDir Path fixture) throws Exception {
        // print.css writes a link's address after it on paper: after a link whose text is that address, the
        // original address of a document, it printed it twice ("https://… (https://…)")
        FixtureSite site = FixtureSite.minimal(fixture)
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC + "source_url: https://www.example.org/statement\n");
        site.build();
        String after = "return getComputedStyle(document.querySelector(arguments[0]), '::after').content;";
        driver.get(site.out().resolve("documents/statement/index.html").toUri().toString());
        assertEquals("none", driver.executeScript(after, "dd a[href='https://www.example.org/statement']"));
        // the whole dossier's page, the likely exhibit, gave no original address at all
        driver.get(site.out().resolve("print/index.html").toUri().toString());
        assertEquals("none", driver.executeScript(after, "dd a[href='https://www.example.org/statement']"));
        org.jsoup.nodes.Document print = org.jsoup.Jsoup.parse(site.out().resolve("print/index.html").toFile(), "UTF-8");
        assertEquals("https://www.example.org/statement", print.selectFirst("dt:containsOwn(Original address) + dd").text());
        // with no base URL, the page's path is its place in the folder, not an online address
        assertEquals("documents/statement/index.html", print.selectFirst("dt:containsOwn(Page in this dossier) + dd").text());
        assertTrue(print.select("dt:containsOwn(Online page)").isEmpty());
    }

    @Test
    void printedFromTheDarkSchemeThePagesAreDarkOnWhite() {
        // found by printing with the dark scheme emulated: the timeline's quotes came out near-white (#e8e6e3) on
        // the white paper, the muted text pale grey, and the citation's box black behind black text
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("media", "print", "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            Object quote = script("timeline/index.html", "return getComputedStyle(document.querySelector('.event .quote p')).color;");
            assertEquals("rgb(0, 0, 0)", quote);
            Object muted = driver.executeScript("return getComputedStyle(document.querySelector('.event .doc-meta')).color;");
            assertEquals("rgb(68, 68, 68)", muted);
            Object citation = script(LETTER, "return getComputedStyle(document.getElementById('citation')).backgroundColor;");
            assertEquals("rgb(242, 241, 236)", citation);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        }
    }

    @Test
    void theTimelinePrintsNoYearLinksAndKeepsEachEventWhole() {
        Object shown = script("timeline/index.html", "return getComputedStyle(document.querySelector('.year-nav')).display;");
        assertEquals("none", shown);
        Object events = driver.executeScript("return Array.from(document.querySelectorAll('li.event'))"
                + ".filter(function (e) { return getComputedStyle(e).breakInside !== 'avoid'; }).length;");
        assertEquals(0L, events);
    }
}
