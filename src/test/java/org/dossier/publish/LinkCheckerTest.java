package org.dossier.publish;

import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkCheckerTest {
    private static List<String> check(String... pathsAndHtml) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndHtml.length; i += 2) {
            files.put(pathsAndHtml[i], pathsAndHtml[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        Diagnostics d = new Diagnostics();
        new LinkChecker(files, "site").check(d);
        return d.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void goodLinksPass() {
        assertEquals(List.of(), check(
                "index.html", "<a href=\"a/index.html#x\">a</a><a href=\"#top\">top</a><p id=top><a href=\"https://example.org/\">e</a>",
                "a/index.html", "<p id=x><a href=\"../index.html\">home</a><img src=\"../logo.svg\" alt=\"\">",
                "logo.svg", "<svg/>"));
    }

    @Test
    void aMissingParagraphSaysWhichParagraphsThePageHas() {
        assertEquals(List.of(
                "site/index.html:1:1: error [broken-link] href \"a/index.html#p-400\" points to an anchor that does not exist (the page's paragraphs are #p-1 to #p-12)",
                "site/index.html:1:35: error [broken-link] href \"b/index.html#p-2\" points to an anchor that does not exist (the page has no numbered paragraphs)"),
                check("index.html", "<a href=\"a/index.html#p-400\">a</a><a href=\"b/index.html#p-2\">b</a>",
                        "a/index.html", "<p id=p-1>1</p><p id=p-12>12</p><p id=p-3>3</p><p id=top>", "b/index.html", "<p id=x>"));
    }

    @Test
    void everyKindOfBrokenLinkIsNamedWithItsPosition() {
        assertEquals(List.of(
                "site/index.html:1:1: error [broken-link] href \"/a/index.html\" is root-relative, which breaks reading from disk and hosting under a sub-path",
                "site/index.html:1:30: error [broken-link] href \"a/\" names a folder; under file:// it must name the file (…/index.html)",
                "site/index.html:2:1: error [broken-link] href \"b.html\" points to a file that does not exist",
                "site/index.html:2:23: error [broken-link] href \"a/index.html#y\" points to an anchor that does not exist",
                "site/index.html:3:1: error [broken-link] src \"../up.png\" leaves the site",
                "site/index.html:3:29: error [broken-link] href \"javascript:alert(1)\" uses a scheme that is not allowed"),
                check("index.html", "<a href=\"/a/index.html\">r</a><a href=\"a/\">f</a>\n<a href=\"b.html\">m</a><a href=\"a/index.html#y\">y</a>\n"
                                + "<img src=\"../up.png\" alt=\"\"><a href=\"javascript:alert(1)\">j</a>",
                        "a/index.html", "<p id=x>"));
    }

    @Test
    void theScanReadsTheBytesAsHtmlDoesAndCountsColumnsInCharacters() {
        assertEquals(List.of(
                "site/index.html:2:6: error [broken-link] href \"gone.html\" points to a file that does not exist",
                "site/index.html:3:13: error [broken-link] src \"b&c.png\" points to a file that does not exist"),
                check("index.html", "<!DOCTYPE html><link rel=\"canonical\" href=\"https://example.org/\"><LINK REL=canonical HREF=\"/x\">\n"
                                + "Ré—é <A HREF=gone.html>x</A><!-- <a href=\"comment.html\"> -->\n"
                                + "<p id=“x”>¶ <IMG SRC=\"b&amp;c.png\" alt=''><script>let a = '<a href=\"script.html\">';</SCRIPT>"
                                + "<style>a[href=\"style.html\"] {}</style><a href='#“x”'>ok</a>"));
    }

    /** The check of a site and its zip, which holds the download page in another version, with or without a memo. */
    private static List<String> checkWithZip(boolean memo, String unzippedDownload, String... pathsAndHtml) {
        SiteOutput.Memory files = SiteOutput.inMemory();
        for (int i = 0; i < pathsAndHtml.length; i += 2) {
            files.put(pathsAndHtml[i], pathsAndHtml[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        files.put("dossier.zip", new byte[0]);
        LinkChecker.Archive archive = new LinkChecker.Archive("dossier.zip",
                Map.of("download/index.html", unzippedDownload.getBytes(StandardCharsets.UTF_8)), "dossier.zip!/dossier");
        Diagnostics d = new Diagnostics();
        new LinkChecker(files, "site", Map.of(), memo ? new LinkChecker.Memo() : null, archive).check(d);
        return d.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aLinkToTheZipIsDeadOnceUnzippedButOnAPageTheZipHoldsInAnotherVersionWhichIsCheckedAsTheZipHoldsIt() {
        for (boolean memo : new boolean[] {false, true}) {
            assertEquals(List.of(
                    "site/dossier.zip!/dossier/download/index.html:1:34: error [broken-link] href \"../dossier.zip\" points to a file that does not exist",
                    "site/dossier.zip!/dossier/download/index.html:2:1: error [broken-link] href \"../index.html#gone\" points to an anchor that does not exist",
                    "site/index.html:1:46: error [broken-link] href \"dossier.zip\" points to dossier.zip, which the zip of the site cannot hold: the link is dead in a copy unzipped from it"),
                    checkWithZip(memo, "<a href=\"../index.html#top\">x</a><a href=\"../dossier.zip\">zip</a>\n<a href=\"../index.html#gone\">y</a>",
                            "index.html", "<p id=top><a href=\"download/index.html\">x</a><a href=\"dossier.zip\">zip</a>",
                            "download/index.html", "<a href=\"../dossier.zip\">zip</a><a href=\"../index.html#top\">x</a>"), "memo: " + memo);
            assertEquals(List.of(), checkWithZip(memo, "<a href=\"../index.html#top\">x</a><a href=\"https://example.org/dossier.zip\">zip</a>",
                    "index.html", "<p id=top><a href=\"download/index.html\">x</a>",
                    "download/index.html", "<a href=\"../dossier.zip\">zip</a>"), "memo: " + memo);
        }
    }

    @Test
    void theSameBrokenLinkOnManyPagesIsReportedOnce() {
        assertEquals(List.of("site/a.html:1:1: error [broken-link] href \"gone.html\" points to a file that does not exist (and on 2 other pages)"),
                check("a.html", "<a href=\"gone.html\">x</a>", "b.html", "<a href=\"gone.html\">x</a>", "c.html", "<a href=\"gone.html\">x</a>"));
    }

    @Test
    void aPercentEncodedLinkFindsTheFileUnderItsRealName() {
        String seed = "Statement.";
        assertEquals(List.of(), check(
                "documents/x/index.html", "<a href=\"../../seeds/Press%20release%20(17%20July)%20%231.txt\">1</a>"
                        + "<a href=\"../../seeds/communiqu%C3%A9%3F.txt\">2</a><a href=\"../../seeds/Report%2520final.txt\">3</a>"
                        + "<a href=\"../../seeds/a+b%20&amp;%20c&#39;s%20%5Bdraft%5D.txt\">4</a><a href=\"../../seeds/100%25.txt\">5</a>",
                "seeds/Press release (17 July) #1.txt", seed, "seeds/communiqué?.txt", seed, "seeds/Report%20final.txt", seed,
                "seeds/a+b & c's [draft].txt", seed, "seeds/100%.txt", seed));
    }

    @Test
    void aLinkToAFileNamedWithSignsFailsUnlessEncodedAndNeverStopsTheCheck() {
        String seed = "Statement.";
        assertEquals(List.of(
                "site/documents/x/index.html:1:1: error [broken-link] href \"../../seeds/Press release (17 July) #1.txt\" is not a valid URL: a space (character 18) must be percent-encoded, as %20",
                "site/documents/x/index.html:2:1: error [broken-link] href \"../../seeds/communiqué?.txt\" points to a file that does not exist",
                "site/documents/x/index.html:3:1: error [broken-link] href \"../../seeds/Report%20final.txt\" points to a file that does not exist",
                "site/documents/x/index.html:4:1: error [broken-link] href \"../../seeds/100%.txt\" is not a valid URL: \"%\" (character 16) starts no %XX escape: write it as %25",
                "site/documents/x/index.html:5:1: error [broken-link] href \"../../seeds/communiqu%C3%A8%3F.txt\" points to a file that does not exist",
                "site/documents/x/index.html:6:1: error [broken-link] href \"#100%\" is not a valid URL: \"%\" (character 5) starts no %XX escape: write it as %25",
                "site/documents/x/index.html:7:1: error [broken-link] href \"https://example.org/a|b\" is not a valid URL: \"|\" (character 22) must be percent-encoded, as %7C"),
                check("documents/x/index.html", "<a href=\"../../seeds/Press release (17 July) #1.txt\">1</a>\n"
                                + "<a href=\"../../seeds/communiqué?.txt\">2</a>\n<a href=\"../../seeds/Report%20final.txt\">3</a>\n"
                                + "<a href=\"../../seeds/100%.txt\">4</a>\n<a href=\"../../seeds/communiqu%C3%A8%3F.txt\">5</a>\n"
                                + "<a href=\"#100%\">6</a>\n<a href=\"https://example.org/a|b\">7</a><a href=\"https://example.org/a%7Cb\">8</a>",
                        "seeds/Press release (17 July) #1.txt", seed, "seeds/communiqué?.txt", seed, "seeds/Report%20final.txt", seed,
                        "seeds/100%.txt", seed));
    }

    @Test
    void plainPathsResolveAsUrisDo() {
        String[] pages = {"index.html", "a/index.html", "documents/x/index.html", "a/b/c/page.html"};
        String[] parts = {"..", ".", "a", "b", "index.html", "x", "assets", "style.css", ""};
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder target = new StringBuilder();
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                target.append(parts[random.nextInt(parts.length)]).append(k > 1 ? "/" : "");
            }
            String t = target.toString();
            if (!t.matches("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*/?")) {
                continue; // not a plain path: resolve hands it to URI itself
            }
            for (String page : pages) {
                String viaUri = LinkChecker.uriResolve(page, t);
                assertEquals(viaUri, LinkChecker.resolve(page, t), () -> page + " -> " + t);
            }
        }
        assertEquals("assets/style.css", LinkChecker.resolve("documents/x/index.html", "../../assets/style.css"));
        assertEquals("documents/y/index.html", LinkChecker.resolve("documents/x/index.html", "../y/index.html"));
        assertEquals(null, LinkChecker.resolve("documents/x/index.html", "../../../x.html"));
    }
}
