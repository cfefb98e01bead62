package org.dossier.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.build.Pipeline;
import org.dossier.source.InputPaths;
import org.dossier.testing.FixtureSite;
import org.dossier.testing.Unzipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every generated page passes the Nu HTML Checker (nu.validator:validator) with no error and no warning.
 */
class HtmlValidityTest {
    @TempDir
    Path dir;

    /** Runs vnu in its own JVM on the test classpath; returns every error and warning as "page:line: message". */
    static List<String> validate(Path site) throws IOException, InterruptedException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().map(Path::toString).toList();
        }
        assertTrue(files.size() > 0);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-cp", System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator",
                "--format", "json", "--stdout", "--exit-zero-always", "--also-check-css"));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertEquals(0, process.waitFor(), "vnu failed");
        JsonNode messages = new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8)).get("messages");
        List<String> problems = new ArrayList<>();
        for (JsonNode m : messages) {
            String type = m.path("type").asText();
            boolean warning = type.equals("info") && m.path("subType").asText().equals("warning");
            if (type.equals("error") || type.equals("non-document-error") || warning) {
                String url = m.path("url").asText();
                problems.add(url.substring(url.lastIndexOf(site.getFileName().toString())) + ":" + m.path("lastLine").asText()
                        + ": " + type + ": " + m.path("message").asText());
            }
        }
        return problems;
    }

    @Test
    void everyPageOfTheDossierIsValidHtml() throws Exception {
        Path site = dir.resolve("site");
        new Pipeline("test").build(new Pipeline.Options(InputPaths.under(Path.of("")), site, "https://example.org/dossier/"));
        assertEquals(List.of(), validate(site));
    }

    @Test
    void theDownloadPageAsTheZipHoldsItIsValidHtmlWithAndWithoutABaseUrl() throws Exception {
        for (String baseUrl : List.of("", "https://example.org/dossier/")) {
            Path site = dir.resolve(baseUrl.isEmpty() ? "plain" : "hosted");
            new Pipeline("test").build(new Pipeline.Options(InputPaths.under(Path.of("")), site, baseUrl));
            Path unzipped = Files.createDirectories(dir.resolve("unzipped-" + site.getFileName()));
            // the zip's version alone: validate() takes every page of a folder, and the others are the site's
            Files.copy(Unzipped.copyOf(site, dir.resolve("zip-" + site.getFileName())).resolve("download/index.html"),
                    unzipped.resolve("download.html"));
            assertEquals(List.of(), validate(unzipped), baseUrl);
        }
    }

    @Test
    void theValidatorCatchesInvalidPages() throws Exception {
        Path site = dir.resolve("bad");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p></body></html>");
        assertTrue(validate(site).stream().anyMatch(p -> p.contains("error")), "vnu must report errors");
    }

    @Test
    void aSmallSiteWithHostileInputIsValidToo() throws Exception {
        FixtureSite site = FixtureSite.withLetter(dir.resolve("hostile"))
                .write("content/pages/about.md", "---\ntitle: About <b>\n---\n<script>alert(1)</script>\n\n<div onclick=x>raw</div> & <\n");
        site.build();
        assertEquals(List.of(), validate(site.out()));
    }

    @Test
    void linksToSeedsNamedWithSpacesAndSignsAreValidUrls() throws Exception {
        FixtureSite site = FixtureSite.withSeedNamesToEncode(dir.resolve("seed-names"));
        site.build();
        assertEquals(List.of(), validate(site.out()));
    }
}
