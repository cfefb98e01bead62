package org.dossier.quality;

import org.dossier.build.Pipeline;
import org.dossier.source.InputPaths;
import org.dossier.testing.Browser;
import org.dossier.testing.Unzipped;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every page of the dossier has no axe-core violation of the WCAG 2.2 A and AA rules, in the light and the dark
 * colour scheme (contrast differs between them), opened from disk in headless Chromium.
 */
class AccessibilityTest {
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice");

    @TempDir
    static Path dir;
    static Path site;
    /** The site as unzipped from its zip, whose download page is the zip's own. */
    static Path unzipped;
    static ChromeDriver driver;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        site = dir.resolve("site");
        new Pipeline("test").build(new Pipeline.Options(InputPaths.under(Path.of("")), site));
        unzipped = Unzipped.copyOf(site, dir.resolve("unzipped"));
        try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe.min.js")) {
            assertNotNull(in, "axe.min.js comes with com.deque.html.axe-core:selenium");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver = Browser.start(dir);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static List<String> violations(String scheme) throws IOException {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".html")).sorted().toList());
        }
        pages.add(unzipped.resolve("download/index.html")); // every other page of the zip is the site's
        for (Path page : pages) {
            driver.get(page.toUri().toString());
            driver.executeScript(axe);
            Object result = driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                            + ".then(function (r) { done(r.violations.map(function (v) {"
                            + "  return v.impact + ' ' + v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); })"
                            + ".catch(function (e) { done(['axe failed: ' + e]); });", TAGS);
            for (Object v : (List<?>) result) {
                found.add(dir.relativize(page) + " (" + scheme + "): " + v);
            }
        }
        return found;
    }

    @Test
    void noPageHasAViolationInTheLightScheme() throws IOException {
        assertEquals(List.of(), violations("light"));
    }

    @Test
    void noPageHasAViolationInTheDarkScheme() throws IOException {
        assertEquals(List.of(), violations("dark"));
    }
}
