package org.dossier.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Debian's headless Chromium, driven by Selenium, with the flags this machine's closed network needs. */
public final class Browser {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start(Path profileParent) throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory(profileParent, "chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /**
     * Each result of the search page of the site built into {@code site} for {@code query}: its link, from the site's
     * root, and the words it highlights ("documents/a/index.html#p-2 [Rome, Statute]").
     */
    public static List<String> searchResults(ChromeDriver driver, Path site, String query) {
        driver.get(site.resolve("search/index.html").toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("page-status")).getText().isEmpty());
        String root = site.toUri().toString();
        return driver.findElements(By.cssSelector("#page-results li a")).stream()
                .map(a -> a.getAttribute("href").replace(root, "") + " "
                        + a.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList())
                .toList();
    }
}
