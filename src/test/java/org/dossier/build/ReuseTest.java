package org.dossier.build;

import org.dossier.diag.BuildFailure;
import org.dossier.model.Dossier;
import org.dossier.render.PagePlanner;
import org.dossier.render.PlannedPage;
import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A preview's rebuild keeps what did not change, and its bytes are those of a fresh build after every kind of
 * change: a document's text, its metadata, the registry, a layout, the settings, a Markdown page, a document added,
 * removed or broken and mended.
 */
class ReuseTest {
    @TempDir
    Path dir;

    private FixtureSite site;
    private final Reuse reuse = new Reuse();

    private FixtureSite site() {
        return FixtureSite.withLetter(dir)
                .write("content/topics.yaml", FixtureSite.GOOD_TOPICS.replace("aliases: []", "aliases: [cooperation]"))
                .write("content/documents/speech.md", MarkdownDocumentTest.SPEECH)
                .write("content/documents/letter-md.md", MarkdownDocumentTest.LETTER);
    }

    private Pipeline.Options options() {
        return new Pipeline.Options(site.inputs(), site.out());
    }

    /** Renders with the reuse and afresh, asserts the same files with the same bytes, and returns them. */
    private Map<String, byte[]> rebuildEqualsFreshBuild() {
        Map<String, byte[]> kept = new Pipeline("test").render(options(), reuse).files();
        Map<String, byte[]> fresh = new Pipeline("test").render(options()).files();
        assertEquals(new TreeSet<>(fresh.keySet()), new TreeSet<>(kept.keySet()));
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, kept.get(path), path));
        return kept;
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    /** The files the last rebuild made afresh, beside those of the documents with these ids. */
    private java.util.SortedSet<String> madeBesides(String... documents) {
        java.util.SortedSet<String> made = reuse.made();
        for (String id : documents) {
            for (String file : new String[] {"index.html", "cite.bib", "cite.ris", "cite.json"}) {
                assertTrue(made.remove("documents/" + id + "/" + file), id + "/" + file + " made again");
            }
        }
        return made;
    }

    private static java.util.SortedSet<String> paths(String... paths) {
        return new TreeSet<>(java.util.List.of(paths));
    }

    /** What the reuse keeps the zip's version of the download page under: its entry's name in the zip. */
    private static final String ZIP_DOWNLOAD = "dossier.zip!/dossier/download/index.html";

    /** The download page as the zip of these files holds it. */
    private static String unzippedDownloadPage(Map<String, byte[]> files) throws java.io.IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(files.get("dossier.zip")))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("dossier/download/index.html")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no download page in the zip");
    }

    @Test
    void theZipsVersionOfTheDownloadPageIsMadeAgainWhenItChangesThoughTheSitesPageDoesNotAndKeptOtherwise() throws Exception {
        site = site();
        Map<String, byte[]> first = rebuildEqualsFreshBuild();
        assertTrue(reuse.made().contains(ZIP_DOWNLOAD));

        // a document's text: neither download page changes
        site.write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Tokyo", "Kyoto"));
        Map<String, byte[]> text = rebuildEqualsFreshBuild();
        assertFalse(reuse.made().contains(ZIP_DOWNLOAD));
        assertFalse(reuse.made().contains("download/index.html"));
        assertEquals(unzippedDownloadPage(first), unzippedDownloadPage(text));

        // a layout edit to what only the zip's version says: the site's page has the same bytes, the zip's has the edit
        edit("layouts/download.ftlh", "does not state where the dossier is published.", "does not state where the dossier is published (edited).");
        Map<String, byte[]> edited = rebuildEqualsFreshBuild();
        assertArrayEquals(first.get("download/index.html"), edited.get("download/index.html"));
        assertTrue(unzippedDownloadPage(edited).contains("published (edited)."), unzippedDownloadPage(edited));
        assertFalse(text(edited, "download/index.html").contains("(edited)"));

        // and back, with the site's page edited alone
        edit("layouts/download.ftlh", "published (edited).", "published.");
        edit("layouts/download.ftlh", "to read offline: from disk", "to read offline, from disk");
        Map<String, byte[]> back = rebuildEqualsFreshBuild();
        assertEquals(unzippedDownloadPage(first), unzippedDownloadPage(back));
        assertTrue(text(back, "download/index.html").contains("to read offline, from disk"));
    }

    private void edit(String path, String from, String to) throws Exception {
        Path file = dir.resolve(path);
        String was = Files.readString(file);
        assertTrue(was.contains(from), path + " has " + from);
        Files.writeString(file, was.replace(from, to));
    }

    @Test
    void aRebuildKeepsWhatDidNotChangeAndEqualsAFreshBuildAfterEveryKindOfChange() throws Exception {
        site = site();
        // 4 documents of 5 files each (page, source, three citations), 5 entity pages (4 organisations, 1 topic),
        // 14 other pages (home, 3 sections, signatory index, timeline, 3 registers, search, print, download, 404, about)
        // and the zip's version of the download page
        Map<String, byte[]> first = rebuildEqualsFreshBuild();
        assertEquals(new Reuse.Counts(4, 0, 40, 0), reuse.counts());

        Map<String, byte[]> same = rebuildEqualsFreshBuild();
        assertEquals(new Reuse.Counts(0, 4, 0, 40), reuse.counts());
        assertEquals(paths(), reuse.made());
        assertSame(first.get("documents/letter/index.html"), same.get("documents/letter/index.html"));

        // a document's text: that document's 5 files, the page of the organisation it now mentions, the pages that
        // count that organisation's mentions, and the print page, which holds every text; not the home page, the
        // sections or the page of the topic it has, which list it by its title, date, kind and summary
        site.write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Thank you.", "Rights Watch welcomed this.\n\nThank you."));
        Map<String, byte[]> text = rebuildEqualsFreshBuild();
        assertEquals(new Reuse.Counts(1, 3, 9, 31), reuse.counts());
        assertEquals(paths("seeds/a.txt", "organizations/rights-watch/index.html", "organizations/index.html",
                "sections/signatory-index/index.html", "print/index.html"), madeBesides("statement"));
        assertSame(first.get("index.html"), text.get("index.html"));
        assertSame(first.get("topics/cooperation/index.html"), text.get("topics/cooperation/index.html"));
        assertSame(first.get("organizations/jvc/index.html"), text.get("organizations/jvc/index.html"));
        assertTrue(text(text, "documents/statement/index.html").contains("welcomed this"));
        assertTrue(text(text, "organizations/rights-watch/index.html").contains("welcomed this"), "the organisation lists the new mention");
        assertFalse(java.util.Arrays.equals(first.get("dossier.zip"), text.get("dossier.zip")));

        // a document's metadata: its title is on every page that lists it
        edit("content/documents/letter.yaml", "title: Joint letter", "title: Joint letter to the Minister");
        Map<String, byte[]> meta = rebuildEqualsFreshBuild();
        assertEquals(1, reuse.counts().documentsMade());
        assertEquals(paths("seeds/letter.txt", "index.html", "sections/ngo-appeals/index.html", "sections/signatory-index/index.html",
                "print/index.html", "topics/cooperation/index.html", "organizations/jvc/index.html", "organizations/rights-now/index.html",
                "organizations/rights-watch/index.html", "organizations/womens-museum/index.html"), madeBesides("letter"));
        assertTrue(text(meta, "index.html").contains("Joint letter to the Minister"));

        // the title of a document an organisation's page lists for its mention
        edit("content/documents/statement.yaml", "title: Statement on Cooperation", "title: Revised statement");
        Map<String, byte[]> title = rebuildEqualsFreshBuild();
        assertTrue(text(title, "organizations/rights-watch/index.html").contains("Revised statement"));
        assertEquals(paths("seeds/a.txt", "index.html", "sections/icc-support/index.html", "print/index.html",
                "topics/cooperation/index.html", "organizations/rights-watch/index.html"), madeBesides("statement"));

        // what the lists show of a document besides its title: summary, date, sections
        edit("content/documents/statement.yaml", "summary: Japan states that it supports the Court.", "summary: Japan restates its support.");
        edit("content/documents/statement.yaml", "date: 2023-12-07", "date: 2024-01-15");
        edit("content/documents/statement.yaml", "sections: [icc-support]", "sections: [icc-support, capacity-building]");
        Map<String, byte[]> listed = rebuildEqualsFreshBuild();
        assertTrue(text(listed, "index.html").contains("Japan restates its support."));
        assertTrue(text(listed, "index.html").contains("2024-01-15"));
        assertTrue(text(listed, "sections/capacity-building/index.html").contains("Revised statement"));
        assertTrue(reuse.made().containsAll(paths("index.html", "sections/capacity-building/index.html",
                "sections/icc-support/index.html", "topics/cooperation/index.html", "organizations/rights-watch/index.html")));

        // a Markdown document's body
        edit("content/documents/speech.md", "court of last resort", "court of final resort");
        rebuildEqualsFreshBuild();
        assertEquals(1, reuse.counts().documentsMade());
        assertEquals(paths("seeds/speech.md", "print/index.html"), madeBesides("speech"));

        // the registry: every document is linked again
        edit("content/organizations.yaml", "name: Rights Watch", "name: Rights Watch International");
        Map<String, byte[]> registry = rebuildEqualsFreshBuild();
        assertEquals(new Reuse.Counts(4, 0, 40, 0), reuse.counts());
        assertTrue(text(registry, "documents/letter/index.html").contains("Rights Watch International"));

        // a layout: every page is rendered again, no document read again
        edit("layouts/document.ftlh", "</article>", "</article><!-- edited -->");
        Map<String, byte[]> layout = rebuildEqualsFreshBuild();
        assertEquals(new Reuse.Counts(0, 4, 40, 0), reuse.counts());
        assertTrue(text(layout, "documents/statement/index.html").contains("<!-- edited -->"));

        // the settings and a Markdown page (the navigation names it)
        edit("content/site.yaml", "title: Test Dossier", "title: Renamed Dossier");
        rebuildEqualsFreshBuild();
        assertEquals(40, reuse.counts().filesMade());
        edit("content/pages/about.md", "title: About", "title: About this dossier");
        Map<String, byte[]> about = rebuildEqualsFreshBuild();
        assertEquals(40, reuse.counts().filesMade());
        assertTrue(text(about, "documents/letter/index.html").contains("About this dossier"));

        // a document added, then removed (the download page and its version in the zip count the documents)
        site.write("content/documents/speech-two.md", MarkdownDocumentTest.SPEECH.replace("Remarks at the Side Event", "Second remarks"));
        Map<String, byte[]> added = rebuildEqualsFreshBuild();
        assertEquals(new Reuse.Counts(1, 4, 11, 34), reuse.counts());
        assertEquals(paths("seeds/speech-two.md", "index.html", "print/index.html", "topics/cooperation/index.html",
                "topics/index.html", "download/index.html", ZIP_DOWNLOAD), madeBesides("speech-two"));
        assertTrue(added.containsKey("documents/speech-two/index.html"));
        site.delete("content/documents/speech-two.md");
        Map<String, byte[]> removed = rebuildEqualsFreshBuild();
        assertEquals(new Reuse.Counts(0, 4, 6, 34), reuse.counts());
        assertEquals(paths("index.html", "print/index.html", "topics/cooperation/index.html", "topics/index.html",
                "download/index.html", ZIP_DOWNLOAD), reuse.made());
        assertFalse(removed.containsKey("documents/speech-two/index.html"));

        // a document broken: the build fails and keeps failing until it is mended
        edit("content/documents/speech.md", "court of final resort", "court of final resort [broken](../nowhere/)");
        assertThrows(BuildFailure.class, () -> new Pipeline("test").render(options(), reuse));
        assertThrows(BuildFailure.class, () -> new Pipeline("test").render(options(), reuse));
        edit("content/documents/speech.md", " [broken](../nowhere/)", "");
        rebuildEqualsFreshBuild();
    }

    /** The dossier as a preview models it, keeping what did not change (a kept document is the same object). */
    private Dossier dossier(Reuse reuse) {
        Pipeline.Options o = options();
        org.dossier.source.Input input = new org.dossier.source.Validator(o.baseUrl(), reuse == null ? null : reuse.validation())
                .validate(new org.dossier.source.SourceLoader(reuse == null ? null : reuse.inputFiles()).load(o.inputs()));
        return new Assembler(new org.dossier.markdown.MarkdownRenderer()).assemble(input, o.inputs(), reuse);
    }

    /**
     * Models and plans with the reuse and afresh, and asserts the same dossier (every index) and the same pages (paths,
     * layouts, keys and views, in order).
     *
     * @param indexesKept whether the dossier's indexes are those of the last dossier, with the changed documents in
     * @param replanned   whether the plan is the last one, with the changed documents' pages planned again
     */
    private void modelAndPlanEqualFresh(PagePlanner.Memo memo, boolean indexesKept, boolean replanned) {
        Dossier last = reuse.lastDossier();
        Dossier kept = dossier(reuse);
        Dossier fresh = dossier(null);
        assertSameDossier(fresh, kept);
        String mentioned = fresh.entities().stream().filter(e -> !fresh.mentionsOf(e.id()).isEmpty()).findFirst().orElseThrow().id();
        assertEquals(indexesKept, last != null && last.mentionsOf(mentioned) == kept.mentionsOf(mentioned), "indexes kept");

        PagePlanner planner = new PagePlanner("test");
        java.util.List<PlannedPage> keptPlan = planner.plan(kept, memo);
        assertEquals(replanned, memo.replanned(), "plan kept");
        java.util.List<PlannedPage> freshPlan = planner.plan(fresh);
        assertEquals(freshPlan.stream().map(PlannedPage::path).toList(), keptPlan.stream().map(PlannedPage::path).toList());
        for (int i = 0; i < freshPlan.size(); i++) {
            PlannedPage a = freshPlan.get(i);
            PlannedPage b = keptPlan.get(i);
            assertEquals(a.template(), b.template(), a.path());
            assertEquals(a.key(), b.key(), a.path());
            assertEquals(a.view(), b.view(), a.path());
        }
    }

    private static void assertSameDossier(Dossier fresh, Dossier kept) {
        assertEquals(fresh.site(), kept.site());
        assertEquals(fresh.pages(), kept.pages());
        assertEquals(fresh.entities(), kept.entities());
        assertEquals(fresh.events(), kept.events());
        assertEquals(fresh.figuresByMeasure(), kept.figuresByMeasure());
        assertEquals(fresh.documents(), kept.documents());
        assertEquals(fresh.letters(), kept.letters());
        assertEquals(fresh.signers(), kept.signers());
        for (org.dossier.model.Section s : org.dossier.model.Section.values()) {
            assertEquals(fresh.documentsIn(s), kept.documentsIn(s), s.id());
            assertEquals(fresh.eventsIn(s), kept.eventsIn(s), s.id());
        }
        for (org.dossier.model.Document d : fresh.documents()) {
            assertEquals(fresh.document(d.id()), kept.document(d.id()), d.id());
            assertEquals(fresh.mentionsIn(d.id()), kept.mentionsIn(d.id()), d.id());
        }
        for (org.dossier.model.Entity e : fresh.entities()) {
            assertEquals(fresh.mentionsOf(e.id()), kept.mentionsOf(e.id()), e.id());
            assertEquals(fresh.documentsMentioning(e.id()), kept.documentsMentioning(e.id()), e.id());
            assertEquals(fresh.signaturesOf(e.id()), kept.signaturesOf(e.id()), e.id());
            assertEquals(fresh.lettersSignedBy(e.id()), kept.lettersSignedBy(e.id()), e.id());
            assertEquals(fresh.documentsTagged(e.id()), kept.documentsTagged(e.id()), e.id());
            assertEquals(fresh.eventsInvolving(e.id()), kept.eventsInvolving(e.id()), e.id());
        }
    }

    @Test
    void aModelAndPlanMadeFromTheLastEqualThoseMadeAfreshAndAreMadeSoOnlyWhenTheChangedDocumentsAreShownAsTheyWere() throws Exception {
        site = site().write("content/topics.yaml", FixtureSite.GOOD_TOPICS.replace("aliases: []", "aliases: [cooperation]")
                + "- id: justice\n  name: Justice\n  aliases: []\n");
        PagePlanner.Memo memo = new PagePlanner.Memo();
        modelAndPlanEqualFresh(memo, false, false);
        modelAndPlanEqualFresh(memo, true, true); // nothing changed

        // what only the document's own page (and the print page, which holds every text) shows
        edit("content/documents/speech.md", "2. Second step", "2. Second step\n\nA paragraph added at the end.");
        modelAndPlanEqualFresh(memo, true, true);
        edit("content/documents/speech.md", "venue: \"Side event, Vienna\"", "venue: \"Side event, Geneva\"");
        modelAndPlanEqualFresh(memo, true, true);
        // a letter's text: its signatures are indexed by organisation
        edit("content/documents/letter-md.md", "write to you.", "write to you today.");
        modelAndPlanEqualFresh(memo, true, true);
        // a summary: lists show it; the indexes do not hold it
        edit("content/documents/statement.yaml", "summary: Japan states that it supports the Court.", "summary: Japan restates its support.");
        modelAndPlanEqualFresh(memo, true, false);

        // the sections and the topics a document is in
        edit("content/documents/statement.yaml", "sections: [icc-support]", "sections: [icc-support, capacity-building]");
        modelAndPlanEqualFresh(memo, false, false);
        edit("content/documents/statement.yaml", "topics: [cooperation]", "topics: [cooperation, justice]");
        modelAndPlanEqualFresh(memo, false, false);
        // a mention: the organisation's page lists it
        site.write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Thank you.", "Rights Watch welcomed this.\n\nThank you."));
        modelAndPlanEqualFresh(memo, false, false);
        // the title, by which documents are ordered
        edit("content/documents/statement.yaml", "title: Statement on Cooperation", "title: Revised statement");
        modelAndPlanEqualFresh(memo, false, false);
        // a title that puts the letter after the other letter of the same date
        edit("content/documents/letter.yaml", "title: Joint letter", "title: Later joint letter");
        modelAndPlanEqualFresh(memo, false, false);
        // a signature: the signatory index and the organisation's page show it
        edit("content/documents/letter-md.md", "  - \"Rights Now\"\n", "");
        modelAndPlanEqualFresh(memo, false, false);
        modelAndPlanEqualFresh(memo, true, true);
        // the registry
        edit("content/organizations.yaml", "name: Rights Watch", "name: Rights Watch International");
        modelAndPlanEqualFresh(memo, false, false);
        // a document added
        site.write("content/documents/speech-two.md", MarkdownDocumentTest.SPEECH.replace("Remarks at the Side Event", "Second remarks"));
        modelAndPlanEqualFresh(memo, false, false);
        modelAndPlanEqualFresh(memo, true, true);
    }

    @Test
    void aPreviewHasItsPagesCheckedBeforeTheFilesMadeFromTheWholeSite() throws Exception {
        site = site();
        rebuildEqualsFreshBuild();
        edit("content/documents/speech.md", "court of last resort", "court of final resort");
        Pipeline.Preview preview = new Pipeline("test").preview(options(), reuse);
        Map<String, byte[]> fresh = new Pipeline("test").render(options()).files();

        assertEquals(new TreeSet<>(java.util.List.of("assets/search-index.js", "data/documents.json", "data/organizations.json",
                "data/people.json", "data/signatories.csv", "dossier.zip")), preview.pending());
        TreeSet<String> pages = new TreeSet<>(fresh.keySet());
        pages.removeAll(preview.pending());
        assertEquals(pages, new TreeSet<>(preview.files().keySet()));
        preview.files().forEach((path, bytes) -> assertArrayEquals(fresh.get(path), bytes, path));
        assertEquals(fresh.size(), preview.result().files());
        // the pages link to the files still to be made, and their links passed the check
        assertTrue(text(fresh, "sections/signatory-index/index.html").contains("data/signatories.csv"));

        java.util.List<String> made = new java.util.ArrayList<>();
        Map<String, byte[]> whole = preview.finish((path, bytes) -> {
            assertArrayEquals(fresh.get(path), bytes, path);
            made.add(path);
        }).files();
        // each file is given as soon as it is made: the search index first, the zip (made from every other file) last
        assertEquals(java.util.List.of("assets/search-index.js", "data/documents.json", "data/organizations.json",
                "data/people.json", "data/signatories.csv", "dossier.zip"), made);
        assertEquals(new TreeSet<>(fresh.keySet()), new TreeSet<>(whole.keySet()));
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, whole.get(path), path));
        assertTrue(text(whole, "assets/search-index.js").contains("court of final resort"));
    }

    @Test
    void aSourceChangedBackAndForthIsReadAgainEachTime() throws Exception {
        site = site();
        rebuildEqualsFreshBuild();
        for (String seed : new String[] {FixtureSite.GOOD_SEED.replace("Tokyo", "Kyoto"), FixtureSite.GOOD_SEED}) {
            site.write("seeds/a.txt", seed);
            Map<String, byte[]> files = rebuildEqualsFreshBuild();
            assertEquals(1, reuse.counts().documentsMade());
            assertArrayEquals(seed.getBytes(StandardCharsets.UTF_8), files.get("seeds/a.txt"));
        }
    }

    @Test
    void aKeptPageWhoseLinkLostItsTargetIsReportedAsAFreshBuildReportsIt() throws Exception {
        site = site();
        rebuildEqualsFreshBuild();
        // the speech links to the letter; the speech's page is kept, and its link now names a page that is gone
        site.delete("content/documents/letter-md.md");
        BuildFailure kept = assertThrows(BuildFailure.class, () -> new Pipeline("test").render(options(), reuse));
        BuildFailure fresh = assertThrows(BuildFailure.class, () -> new Pipeline("test").render(options()));
        assertEquals(fresh.report(), kept.report());
        assertTrue(kept.report().contains("documents/speech.md"), kept.report());
        assertEquals(new Reuse.Counts(0, 3, 10, 25), reuse.counts());
        assertEquals(paths("index.html", "organizations/index.html", "organizations/rights-now/index.html", "organizations/rights-watch/index.html",
                "print/index.html", "sections/signatory-index/index.html", "topics/cooperation/index.html", "topics/index.html",
                "download/index.html", ZIP_DOWNLOAD),
                reuse.made(), "the speech's page is kept (the pages that list the letter are not)");
        site.write("content/documents/letter-md.md", MarkdownDocumentTest.LETTER);
        rebuildEqualsFreshBuild();
    }

    @Test
    void aKeptPageWhoseLinkLostItsParagraphIsReportedAsAFreshBuildReportsIt() throws Exception {
        site = site();
        rebuildEqualsFreshBuild();
        // the letter links to the speech's second paragraph; the letter's page is kept, and the speech has one left
        String speech = MarkdownDocumentTest.SPEECH;
        site.write("content/documents/speech.md", speech.substring(0, speech.indexOf("## Background")) + "Japan supports the Court.\n");
        BuildFailure kept = assertThrows(BuildFailure.class, () -> new Pipeline("test").render(options(), reuse));
        BuildFailure fresh = assertThrows(BuildFailure.class, () -> new Pipeline("test").render(options()));
        assertEquals(fresh.report(), kept.report());
        assertTrue(kept.report().contains("documents/letter-md.md"), kept.report());
        assertTrue(kept.report().contains("points to an anchor that does not exist"), kept.report());
        assertEquals(new Reuse.Counts(1, 3, 8, 32), reuse.counts());
        assertEquals(paths("seeds/speech.md", "print/index.html", "topics/cooperation/index.html", "topics/index.html"),
                madeBesides("speech"), "the letter's page is kept");
        site.write("content/documents/speech.md", speech);
        rebuildEqualsFreshBuild();
    }

    @Test
    void aSidecarLeftAsItWasIsCheckedAgainstItsSeedWhenTheSeedChanges() throws Exception {
        site = site();
        edit("content/documents/statement.yaml", "date: 2023-12-07", "date: 2023-12-07\ndate_as_printed: Tokyo");
        rebuildEqualsFreshBuild();
        site.write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("Tokyo", "Kyoto"));
        BuildFailure kept = assertThrows(BuildFailure.class, () -> new Pipeline("test").render(options(), reuse));
        BuildFailure fresh = assertThrows(BuildFailure.class, () -> new Pipeline("test").render(options()));
        assertEquals(fresh.report(), kept.report());
        assertTrue(kept.report().contains("date_as_printed \"Tokyo\" does not occur in seed a.txt"), kept.report());
    }

    @Test
    void aDocumentForgottenIsMadeAgainAsAfterAnEditWithTheSameBytes() {
        site = site();
        Map<String, byte[]> first = rebuildEqualsFreshBuild();
        assertEquals("letter", reuse.forgetOneDocument(), "the first id, sorted");
        Map<String, byte[]> again = rebuildEqualsFreshBuild();
        assertEquals(new Reuse.Counts(1, 3, 5, 35), reuse.counts());
        assertEquals(paths("seeds/letter.txt"), madeBesides("letter"), "its page, citations and source copy made again; nothing else");
        first.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
        assertSame(first.get("index.html"), again.get("index.html"));
        assertEquals(null, new Reuse().forgetOneDocument(), "nothing kept before a first build");
    }
}
