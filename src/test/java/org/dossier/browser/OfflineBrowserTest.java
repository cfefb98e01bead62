package org.dossier.browser;

import org.dossier.build.Pipeline;
import org.dossier.source.InputPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debian's headless Chromium opens the built dossier by file:// URL, as a reader with no connection would:
 * search, follow a result to its paragraph, filter the timeline. Any console error, or any request that is not
 * for a file, fails the test.
 */
class OfflineBrowserTest {
    private static final Pattern REQUEST_URL = Pattern.compile("\"method\":\"Network.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]*)\"");

    @TempDir
    static Path dir;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        site = dir.resolve("site");
        new Pipeline("test").build(new Pipeline.Options(InputPaths.under(Path.of("")), site));
        driver = org.dossier.testing.Browser.start(dir);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @AfterEach
    void nothingButFilesWasRequestedAndNothingFailed() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(e.getMessage());
            }
        }
        List<String> external = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Matcher m = REQUEST_URL.matcher(e.getMessage());
            // chrome://, chrome-untrusted:// and about: are the browser's own pages (the blank tab it starts with, and
            // the new-tab page's parts, which a loaded machine may still be fetching), not the site's
            if (m.find() && !m.group(1).matches("(file|data|blob|about|chrome|chrome-untrusted|chrome-extension|devtools):.*")) {
                external.add(m.group(1));
            }
        }
        assertEquals(List.of(), errors, "console errors");
        assertEquals(List.of(), external, "requests that are not file://");
    }

    private static String url(String page) {
        return site.resolve(page).toUri().toString();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void searchFromTheHomePageLeadsToTheParagraph() {
        driver.get(url("index.html"));
        WebElement box = driver.findElement(By.id("site-search"));
        box.sendKeys("sanction");
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        String status = driver.findElement(By.id("search-status")).getText();
        assertTrue(status.matches("\\d+ results for “sanction”"), status);
        WebElement first = driver.findElements(By.cssSelector("#search-results li a")).stream()
                .filter(a -> a.getAttribute("href").contains("#p-")).findFirst().orElseThrow();
        assertEquals("sanction", first.findElement(By.tagName("mark")).getText().toLowerCase().substring(0, 8));
        String href = first.getAttribute("href");
        first.click();
        waiting().until(d -> d.getCurrentUrl().equals(href));
        String fragment = href.substring(href.indexOf('#') + 1);
        WebElement paragraph = driver.findElement(By.id(fragment));
        assertTrue(paragraph.getText().toLowerCase().contains("sanction"), paragraph.getText());
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFindsPeople() {
        driver.get(url("documents/2024-05-30-joint-letter-kamikawa-icc-independence/index.html"));
        driver.findElement(By.id("site-search")).sendKeys("TÓMOKO akané");
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        List<WebElement> results = driver.findElements(By.cssSelector("#search-results li a"));
        assertTrue(results.get(0).getText().startsWith("Tomoko Akane (Person)"), results.get(0).getText());
        assertTrue(results.get(0).getAttribute("href").endsWith("/people/tomoko-akane/index.html"));
    }

    @Test
    void aDocumentIsFoundByWhatItsPageStatesOfIt() {
        driver.get(url("index.html"));
        driver.findElement(By.id("site-search")).sendKeys("capacity profile");
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        WebElement first = driver.findElements(By.cssSelector("#search-results li a")).get(0);
        assertTrue(first.getText().startsWith("Capacity Building: criminal justice assistance through UNAFEI"), first.getText());
        assertTrue(first.getAttribute("href").endsWith("/documents/japan-profile-capacity-building/index.html"), first.getAttribute("href"));
        assertTrue(first.getText().contains("Profile"), first.getText());
        assertTrue(!first.getText().contains("Government"), "the source names no author: " + first.getText());
        assertTrue(!first.getText().contains("not stated"), "what the source does not state is left out: " + first.getText());
    }

    @Test
    void aSearchThatFindsNothingSaysSoUnderTheBox() {
        driver.get(url("index.html"));
        driver.findElement(By.id("site-search")).sendKeys("zzyzx");
        waiting().until(d -> d.findElement(By.id("search-results")).isDisplayed());
        assertEquals("\"No results for “zzyzx”\"", ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.getElementById('search-results'), '::before').content;"));
        assertEquals(List.of(), driver.findElements(By.cssSelector("#search-results li")));
        assertEquals("No results for “zzyzx”", driver.findElement(By.id("search-status")).getAttribute("textContent"));
    }

    @Test
    void searchResultsAreReachableByKeyboard() {
        driver.get(url("timeline/index.html"));
        WebElement box = driver.findElement(By.id("site-search"));
        box.sendKeys("unafei");
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        box.sendKeys(Keys.ARROW_DOWN);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals(driver.findElement(By.cssSelector("#search-results li a")), focused);
        String href = focused.getAttribute("href");
        focused.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().equals(href));
    }

    @Test
    void theSearchPageReadsItsQueryFromTheAddress() {
        driver.get(url("search/index.html") + "?q=UNODC");
        waiting().until(d -> !d.findElements(By.cssSelector("#page-results li a")).isEmpty());
        assertTrue(driver.findElement(By.id("page-status")).getText().endsWith("results for “UNODC”"));
    }

    @Test
    void theTimelineFilterWorksOffline() {
        driver.get(url("timeline/index.html"));
        int all = driver.findElements(By.cssSelector("li.event")).size();
        new Select(driver.findElement(By.id("filter-section"))).selectByValue("capacity-building");
        long shown = driver.findElements(By.cssSelector("li.event")).stream().filter(WebElement::isDisplayed).count();
        assertTrue(shown > 0 && shown < all, shown + " of " + all);
        assertEquals(shown + " events", driver.findElement(By.cssSelector(".filter-count")).getText());
        // "Go to a year" offers only the years the filter leaves
        List<String> years = driver.findElements(By.cssSelector("section.year")).stream().filter(WebElement::isDisplayed)
                .map(y -> y.getAttribute("data-year")).toList();
        List<String> links = driver.findElements(By.cssSelector(".year-nav li")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
        assertEquals(years, links);
        assertTrue(links.size() < driver.findElements(By.cssSelector(".year-nav li")).size(), links.toString());
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() throws Exception {
        List<String> pages = new ArrayList<>(List.of("index.html", "timeline/index.html", "search/index.html", "print/index.html",
                "about/index.html", "download/index.html", "404.html", "organizations/index.html", "people/index.html", "topics/index.html",
                // the zip's own version of the download page, as a reader unzips it
                site.relativize(org.dossier.testing.Unzipped.copyOf(site, dir.resolve("unzipped")).resolve("download/index.html")).toString()));
        for (String folder : new String[] {"sections", "documents", "organizations", "people", "topics"}) {
            try (var list = Files.list(site.resolve(folder))) {
                list.filter(Files::isDirectory).sorted().limit(folder.equals("sections") ? 4 : 2)
                        .forEach(d -> pages.add(site.relativize(d.resolve("index.html")).toString()));
            }
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            List<String> wide = new ArrayList<>();
            for (String page : pages) {
                driver.get(site.resolve(page).toUri().toString());
                Object width = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "var e = document.documentElement; return e.scrollWidth > e.clientWidth ? e.scrollWidth + ' > ' + e.clientWidth : null;");
                if (width != null) {
                    wide.add(page + ": " + width);
                }
            }
            assertEquals(List.of(), wide, "pages wider than a 390-pixel screen");
            assertTrue(pages.size() > 20, pages.toString());
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void runningTextKeepsToTheReadingMeasureOnAWideScreen() throws Exception {
        // found by review: on a 1280-pixel screen the editorial notes, a letter's count of signatories, the paragraphs
        // that mention an entity and the search help ran across the whole 60rem column, some 110 characters a line
        List<String> pages = new ArrayList<>(List.of("index.html", "timeline/index.html", "search/index.html", "print/index.html",
                "about/index.html", "download/index.html", "404.html", "organizations/index.html", "people/index.html",
                "topics/index.html", "organizations/international-criminal-court/index.html", "people/karim-khan/index.html",
                "topics/independence-of-the-icc/index.html"));
        for (String folder : new String[] {"sections", "documents"}) {
            try (var list = Files.list(site.resolve(folder))) {
                list.filter(Files::isDirectory).sorted().forEach(d -> pages.add(site.relativize(d.resolve("index.html")).toString()));
            }
        }
        // A line of text wider than the measure (44rem), outside what is meant to be wide: the cards, the two-column
        // lists, the tables, the breadcrumbs and the metadata's values beside their names. The search help is opened.
        String script = "var m = 44 * parseFloat(getComputedStyle(document.documentElement).fontSize);"
                + "document.querySelectorAll('details').forEach(function (d) { d.open = true; });"
                + "return Array.from(document.querySelectorAll('main p, main li, main h3, main blockquote')).filter(function (e) {"
                + "  if (e.closest('table, .cards, .entity-list, .breadcrumbs, dd')) { return false; }"
                + "  var r = document.createRange(); r.selectNodeContents(e);"
                + "  return Array.from(r.getClientRects()).some(function (c) { return c.width > m + 1; });"
                + "}).map(function (e) { return e.tagName.toLowerCase() + '.' + e.className + ' \"' + e.textContent.trim().slice(0, 40) + '\"'; });";
        List<String> wide = new ArrayList<>();
        for (String page : pages) {
            driver.get(url(page));
            ((List<?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script)).forEach(e -> wide.add(page + ": " + e));
        }
        assertEquals(List.of(), wide);
        assertTrue(pages.size() > 20, pages.toString());
    }

    @Test
    void theSearchHelpIsSetApartFromTheBoxItExplains() {
        // found by review: "How words are found" touched the bottom of the box, and opened, its list was in the size
        // of the page's own text
        driver.get(url("search/index.html"));
        List<?> measured = (List<?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var help = document.querySelector('.search-help'); help.open = true;"
                        + "var gap = help.querySelector('summary').getBoundingClientRect().top - document.getElementById('page-query').getBoundingClientRect().bottom;"
                        + "var size = function (e) { return parseFloat(getComputedStyle(e).fontSize); };"
                        + "return [Math.round(gap), size(help.querySelector('li')) < size(document.body)];");
        assertTrue(((Number) measured.get(0)).intValue() >= 8, "pixels between the box and the help: " + measured.get(0));
        assertEquals(true, measured.get(1), "the help's list is smaller than the page's text");
    }

    @Test
    void aDateInALineOfTextIsNeverBrokenOverTwoLines() {
        // found by review: "· 23" ended a line of Tomoko Akane's roles and "April 2025" began the next one
        List<String> broken = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 844));
            for (String page : List.of("people/tomoko-akane/index.html", "organizations/human-rights-now/index.html",
                    "index.html", "timeline/index.html", "documents/2024-05-30-joint-letter-kamikawa-icc-independence/index.html")) {
                driver.get(url(page));
                Object dates = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "return Array.from(document.querySelectorAll('.doc-meta time, .event-head time, .meta time'))"
                                + ".filter(function (t) { return t.getClientRects().length > 1; }).map(function (t) { return t.textContent; });");
                ((List<?>) dates).forEach(d -> broken.add(page + " at " + width + " px: " + d));
            }
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        assertEquals(List.of(), broken);
    }

    @Test
    void onAPhoneTheBreadcrumbsShowTheWayUpAndNotTheTitleAgain() {
        // found by review: on a phone the Ishikane statement's title filled four lines of breadcrumbs, right above
        // the same title in the h1
        String page = url("documents/2023-12-07-ishikane-security-council-organized-crime/index.html");
        String measure = "var c = document.querySelector('.breadcrumbs li[aria-current=page]');"
                + "return [Math.round(document.querySelector('.breadcrumbs ol').getBoundingClientRect().height), c.getBoundingClientRect().width > 1, c.textContent];";
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            driver.get(page);
            List<?> phone = (List<?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(measure);
            assertTrue(((Number) phone.get(0)).intValue() < 30, "one line of crumbs: " + phone);
            assertEquals(false, phone.get(1));
            assertTrue(phone.get(2).toString().startsWith("Statement by H.E. Ambassador ISHIKANE"), "still read by a screen reader");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
        driver.get(page);
        List<?> wide = (List<?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(measure);
        assertEquals(true, wide.get(1), "on a wide screen the trail ends with the page");
    }

    @Test
    void theWholeSiteOpensFromDiskWithoutErrors() throws Exception {
        try (var walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith("index.html")).sorted().limit(40).toList()) {
                driver.get(page.toUri().toString());
                assertTrue(driver.getTitle().contains("Japan and the International Criminal Court"), page.toString());
            }
        }
        assertTrue(new File(site.resolve("print/index.html").toString()).isFile());
    }
}
