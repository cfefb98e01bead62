package org.dossier.build;

import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.markdown.MarkdownRenderer;
import org.dossier.markdown.MarkdownText;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.MarkdownPage;
import org.dossier.model.Mention;
import org.dossier.model.ReadingText;
import org.dossier.model.Seed;
import org.dossier.normalize.Normalizer;
import org.dossier.normalize.Words;
import org.dossier.render.PagePlanner;
import org.dossier.source.DocumentMetadata;
import org.dossier.source.Input;
import org.dossier.source.InputPaths;
import org.dossier.source.PageSource;
import org.dossier.source.QuoteClaim;
import org.dossier.model.Quote;
import org.dossier.normalize.TextMatch;
import org.dossier.xref.CrossReferencer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The model stage: normalises every seed into reading text, proves that no word was lost, added or reordered,
 * renders the Markdown pages, and puts it all into one {@link Dossier}.
 */
final class Assembler {
    private final Normalizer normalizer = new Normalizer();
    private final MarkdownText markdownText = new MarkdownText();
    private final MarkdownRenderer markdown;

    Assembler(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * @param reuse when not null, a document whose metadata, text and registry are those of the last build keeps the
     *              model that build made; only the others are read, linked and checked again
     */
    Dossier assemble(Input input, InputPaths paths, Reuse reuse) {
        String seedsShown = paths.display(paths.seeds());
        Diagnostics diagnostics = new Diagnostics();
        CrossReferencer xref = reuse == null ? new CrossReferencer(input.entities()) : reuse.begin(input.entities());
        List<Reuse.Assembled> assembled = input.documents().parallelStream()
                .map(meta -> {
                    if (reuse == null) {
                        return assembled(meta, null, input, paths, seedsShown, xref, diagnostics);
                    }
                    Reuse.DocumentInputs key = Reuse.DocumentInputs.of(meta, input.seedDigests().get(meta.seedFile()), seedsShown);
                    return reuse.document(key, () -> assembled(meta, key, input, paths, seedsShown, xref, diagnostics));
                })
                .toList();
        if (reuse != null) {
            reuse.modelled();
        }
        List<Document> documents = assembled.stream().map(Reuse.Assembled::document).toList();
        Map<String, List<Mention>> mentions = new java.util.HashMap<>();
        assembled.forEach(a -> mentions.put(a.document().id(), a.mentions()));
        List<MarkdownPage> pages = new ArrayList<>();
        for (PageSource page : input.pages()) {
            String root = page.id().equals("home") ? "" : PagePlanner.rootOf(page.id() + "/index.html");
            MarkdownRenderer.Rendered rendered = markdown.render(page, root, diagnostics);
            pages.add(new MarkdownPage(page.id(), page.source().path(), page.title(), rendered.html(), rendered.links()));
        }
        checkQuotes(input.claims(), documents, diagnostics);
        diagnostics.throwIfErrors("model");
        if (reuse == null) {
            return new Dossier(input.site(), documents, pages, input.entities(), mentions, input.events(), input.figures());
        }
        Dossier dossier = Dossier.of(reuse.lastDossier(), input.site(), documents, pages, input.entities(), mentions,
                input.events(), input.figures());
        reuse.dossier(dossier);
        return dossier;
    }

    /**
     * A document's model and mentions, made from {@code key} (null when nothing is kept). Only a document read without
     * any diagnostic may be kept for the next build, so that every problem is reported again until it is mended.
     */
    private Reuse.Assembled assembled(DocumentMetadata meta, Reuse.DocumentInputs key, Input input, InputPaths paths,
                                      String seedsShown, CrossReferencer xref, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Document d = document(meta, input, paths, seedsShown, xref, own);
        boolean clean = own.sorted().isEmpty() && own.dropped() == 0;
        diagnostics.addAll(own);
        return new Reuse.Assembled(key, d, xref.mentions(d.id(), d.text()), clean);
    }

    private Document document(DocumentMetadata meta, Input input, InputPaths paths, String seedsShown,
                              CrossReferencer xref, Diagnostics diagnostics) {
        Input.Digest digest = input.seedDigests().get(meta.seedFile());
        String text = input.seedTexts().get(meta.seedFile());
        ReadingText unlinked;
        String expected;
        List<MarkdownPage.SourceLink> links = List.of();
        String shown;
        if (meta.markdown()) {
            MarkdownText.Read read = markdownText.read(meta.source(), text, meta.bodyLine(), "documents/" + meta.id() + "/", diagnostics);
            unlinked = read.text();
            links = read.links();
            expected = MarkdownText.comparable(MarkdownText.sourceText(text));
            shown = meta.source().path();
        } else {
            unlinked = normalizer.normalize(text);
            expected = Words.readable(text); // HTML entities read, as the reading text shows them
            shown = seedsShown + "/" + meta.seedFile();
        }
        ReadingText reading = xref.link(unlinked);
        // A Markdown document's reading text holds no tags (its raw HTML is dropped as it is read): a "<b>" in it is
        // text, written as &lt;b&gt; or in code, and its words are compared as they are.
        String joined = String.join(" ", reading.texts());
        String actual = meta.markdown() ? MarkdownText.comparable(joined) : Words.withoutTags(joined);
        int diff = Words.firstDifference(expected, actual);
        if (diff >= 0) {
            String message = changedWords(Words.of(expected), Words.of(actual), diff);
            diagnostics.add(meta.markdown() ? MarkdownText.changedWords(meta.source(), text, meta.bodyLine(), diff, message)
                    : Diagnostic.fileError(shown, "words-changed", message,
                            "this is a bug in the generator, not in the document: please report it with the file attached"));
        }
        Seed seed = new Seed(meta.seedFile(), digest.sha256(), digest.size(), meta.markdown());
        String published = paths.published(paths.base().resolve(meta.source().path()));
        return new Document(meta.id(), meta.source().path(), published, seed, meta.kind(), meta.title(), meta.date(),
                meta.dateAsPrinted(), meta.author(), meta.speaker(), meta.onBehalfOf(), meta.venue(), meta.addressee(),
                meta.sourceUrl(), meta.sections(), meta.topics(), meta.summary(), reading,
                CrossReferencer.locate(meta.signatures(), reading), links,
                !meta.markdown() && !printedAsTitle(meta.title(), reading));
    }

    /**
     * Whether the source prints the title as such: as one of its headings, lines or items, whole (a part of one is a
     * title the dossier made, such as a heading cut short), in any case, with its closing punctuation aside.
     */
    private static boolean printedAsTitle(String title, ReadingText reading) {
        String wanted = bareTitle(title);
        return reading.texts().stream().anyMatch(t -> bareTitle(t).equalsIgnoreCase(wanted));
    }

    private static String bareTitle(String text) {
        return TextMatch.normalize(text).replaceAll("[\\s.:;,]+$", "");
    }

    /** Word {@code diff} (from 0) is where the reading text first differs from the source. */
    private static String changedWords(List<String> expected, List<String> actual, int diff) {
        return "reading this document would change its words at word " + (diff + 1) + " (source: "
                + (diff < expected.size() ? "\"" + expected.get(diff) + "\"" : "end of text") + ", reading text: "
                + (diff < actual.size() ? "\"" + actual.get(diff) + "\"" : "end of text") + ")";
    }

    /** Every quote must be in the paragraph it cites; the message shows the paragraph's start to copy from. */
    private static void checkQuotes(List<QuoteClaim> claims, List<Document> documents, Diagnostics diagnostics) {
        java.util.Map<String, Document> byId = new java.util.HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        for (QuoteClaim claim : claims) {
            Quote q = claim.quote();
            Document d = byId.get(q.documentId());
            if (d == null) {
                continue;
            }
            java.util.Optional<String> paragraph = d.text().paragraph(q.paragraph());
            if (paragraph.isEmpty()) {
                diagnostics.add(Diagnostic.error(claim.source(), claim.paragraphAt().line(), claim.paragraphAt().column(), "unknown-paragraph",
                        "document \"" + d.id() + "\" has no paragraph " + q.paragraph() + " (it has 1 to " + d.text().paragraphCount() + ")",
                        "give the N of the #p-N anchor of the paragraph that holds the quote"));
            } else {
                TextMatch.Occurrence found = TextMatch.find(q.text(), paragraph.get());
                if (found.isAbsent()) {
                    String shown = paragraph.get().length() > 80 ? paragraph.get().substring(0, 80) + "…" : paragraph.get();
                    diagnostics.add(Diagnostic.error(claim.source(), claim.quoteAt().line(), claim.quoteAt().column(), "quote-not-found",
                            "the quote does not occur in paragraph " + q.paragraph() + " of \"" + d.id() + "\"",
                            "copy the words exactly from " + d.path() + "#p-" + q.paragraph() + ", which begins: \"" + shown + "\""));
                } else if (found.kind() == TextMatch.Occurrence.Kind.INSIDE_WORDS) {
                    diagnostics.add(Diagnostic.error(claim.source(), claim.quoteAt().line(), claim.quoteAt().column(), "part-of-word",
                            "the quote occurs in paragraph " + q.paragraph() + " of \"" + d.id() + "\" only inside longer words: \""
                                    + found.words() + "\"",
                            org.dossier.source.Validator.partOfWordHint(found.words())));
                }
            }
        }
    }
}
