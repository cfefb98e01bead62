package org.dossier.build;

import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.markdown.MarkdownRenderer;
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
import org.dossier.source.PageSource;
import org.dossier.xref.CrossReferencer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The model stage: normalises every seed into reading text, proves that no word was lost, added or reordered,
 * renders the Markdown pages, and puts it all into one {@link Dossier}.
 */
final class Assembler {
    private final Normalizer normalizer = new Normalizer();
    private final MarkdownRenderer markdown;

    Assembler(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    Dossier assemble(Input input, String seedsShown) {
        Diagnostics diagnostics = new Diagnostics();
        CrossReferencer xref = new CrossReferencer(input.entities());
        List<Document> documents = input.documents().parallelStream()
                .map(meta -> document(meta, input, seedsShown, xref, diagnostics))
                .toList();
        List<Mention> mentions = documents.stream().flatMap(d -> xref.mentions(d.id(), d.text()).stream()).toList();
        List<MarkdownPage> pages = new ArrayList<>();
        for (PageSource page : input.pages()) {
            String root = page.id().equals("home") ? "" : PagePlanner.rootOf(page.id() + "/index.html");
            pages.add(new MarkdownPage(page.id(), page.source().path(), page.title(), markdown.render(page, root, diagnostics)));
        }
        diagnostics.throwIfErrors("model");
        return new Dossier(input.site(), documents, pages, input.entities(), mentions);
    }

    private Document document(DocumentMetadata meta, Input input, String seedsShown, CrossReferencer xref,
                              Diagnostics diagnostics) {
        byte[] bytes = input.seedBytes().get(meta.seedFile());
        String text = input.seedTexts().get(meta.seedFile());
        ReadingText reading = xref.link(normalizer.normalize(text));
        List<String> expected = Words.ofSource(text);
        List<String> actual = Words.of(String.join(" ", reading.texts()));
        int diff = Words.firstDifference(expected, actual);
        if (diff >= 0) {
            diagnostics.add(Diagnostic.fileError(seedsShown + "/" + meta.seedFile(), "words-changed",
                    "normalising this seed would change its words at word " + (diff + 1) + " (source: "
                            + (diff < expected.size() ? "\"" + expected.get(diff) + "\"" : "end of text") + ", reading text: "
                            + (diff < actual.size() ? "\"" + actual.get(diff) + "\"" : "end of text") + ")",
                    "this is a bug in the generator, not in the seed: please report it with the seed attached"));
        }
        Seed seed = new Seed(meta.seedFile(), sha256(bytes), bytes.length, text);
        return new Document(meta.id(), meta.source().path(), seed, meta.kind(), meta.title(), meta.date(),
                meta.dateAsPrinted(), meta.author(), meta.onBehalfOf(), meta.forum(), meta.addressee(),
                meta.sections(), meta.topics(), meta.summary(), reading, CrossReferencer.locate(meta.signatures(), reading));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
