package org.dossier.cli;

import com.sun.net.httpserver.HttpServer;
import org.dossier.testing.Browser;
import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live reload in search.js, in a browser: under {@code dossier serve} an open page reloads when a file is saved;
 * served by any other server on 127.0.0.1 (as people preview a built site, and as Lighthouse audits it), the page asks
 * for nothing but itself, so no request fails and nothing is logged.
 */
class LiveReloadBrowserTest {
    @TempDir
    static Path dir;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start(dir);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void forgetEarlierLogs() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    private static List<String> consoleWarnings() {
        List<String> warnings = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(e.getMessage());
            }
        }
        return warnings;
    }

    @Test
    void servedByAnotherServerThePageAsksOnlyForItself() throws Exception {
        FixtureSite site = FixtureSite.minimal(dir.resolve("static"));
        site.build();
        Path root = site.out().toAbsolutePath().normalize();
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requests.add(exchange.getRequestMethod() + " " + path);
                Path file = root.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                        : name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "application/octet-stream");
                boolean head = exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(200, head ? -1 : body.length);
                if (!head) {
                    try (OutputStream os = exchange.getResponseBody()) {
                        os.write(body);
                    }
                }
            }
        });
        server.start();
        try {
            driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/documents/statement/index.html");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> requests.contains("HEAD /documents/statement/index.html"));
            Thread.sleep(1500); // a preview would have asked for its build number twice by now
            assertEquals(List.of(), requests.stream().filter(r -> r.contains("__dossier")).toList());
            assertEquals(List.of(), consoleWarnings(), "console errors");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void underServeAnOpenPageReloadsWhenAFileIsSaved() throws Exception {
        FixtureSite site = FixtureSite.minimal(dir.resolve("serve"));
        try (ServeRun serve = ServeRun.start(site)) {
            String address = serve.address();
            serve.awaitSaid("Warmed up in");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(address + "documents/statement/index.html");
            JavascriptExecutor js = driver;
            js.executeScript("window.notReloaded = true;");
            site.write("content/documents/statement.yaml",
                    FixtureSite.GOOD_DOC.replace("Statement on Cooperation", "Statement on Cooperation, revised"));
            wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.notReloaded === undefined;")));
            assertTrue(driver.getTitle().contains("Statement on Cooperation, revised"), driver.getTitle());
            assertEquals(List.of(), consoleWarnings(), "console errors");

            // opened as localhost, which names the same address
            driver.get(address.replace("127.0.0.1", "localhost") + "documents/statement/index.html");
            js.executeScript("window.notReloaded = true;");
            site.write("content/documents/statement.yaml",
                    FixtureSite.GOOD_DOC.replace("Statement on Cooperation", "Statement on Cooperation, revised again"));
            wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.notReloaded === undefined;")));
            assertTrue(driver.getTitle().contains("Statement on Cooperation, revised again"), driver.getTitle());
        }
    }
}
