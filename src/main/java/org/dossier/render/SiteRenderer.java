package org.dossier.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.core.ParseException;
import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.diag.Severity;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/** Renders planned pages with one Freemarker configuration; pages render in parallel, output order is fixed. */
public final class SiteRenderer {
    private final Configuration freemarker;
    private final Path layouts;
    private final String layoutsShown;

    /**
     * @param layouts      the layouts folder
     * @param layoutsShown how that folder is named in messages
     */
    public SiteRenderer(Path layouts, String layoutsShown) throws IOException {
        this.layouts = layouts;
        this.layoutsShown = layoutsShown;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDirectoryForTemplateLoading(layouts.toFile());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.ENGLISH);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        this.freemarker = cfg;
    }

    /**
     * Renders every page and hands each to {@code sink} as soon as it is rendered, from the rendering thread, so
     * that pages need not be held in memory. A layout error met on many pages is reported once, naming the first
     * page and the count.
     *
     * @param onPage called once each page is rendered, from the thread that rendered it
     */
    public void render(List<PlannedPage> pages, Diagnostics diagnostics, Runnable onPage,
                       java.util.function.BiConsumer<String, byte[]> sink) {
        render(pages, diagnostics, onPage, sink, null);
    }

    /** What a preview keeps of pages rendered before: the bytes made for a page and key, or made now. */
    @FunctionalInterface
    public interface Memo {
        /** The bytes made for this path and an equal key, or {@code make}'s, kept for next time; null if none. */
        byte[] get(String path, Object key, java.util.function.Supplier<byte[]> make);
    }

    /**
     * As {@link #render(List, Diagnostics, Runnable, java.util.function.BiConsumer)}, taking from {@code memo}, when
     * not null, the pages rendered before for an equal {@link PlannedPage#key}.
     */
    public void render(List<PlannedPage> pages, Diagnostics diagnostics, Runnable onPage,
                       java.util.function.BiConsumer<String, byte[]> sink, Memo memo) {
        Diagnostics perPage = new Diagnostics();
        pages.parallelStream().forEach(p -> {
            byte[] bytes = memo == null ? renderOne(p, perPage).orElse(null)
                    : memo.get(p.path(), p.key(), () -> renderOne(p, perPage).orElse(null));
            if (bytes != null) {
                sink.accept(p.path(), bytes);
            }
            onPage.run();
        });
        Map<String, List<Diagnostic>> byProblem = new TreeMap<>();
        for (Diagnostic d : perPage.sorted()) {
            byProblem.computeIfAbsent(d.headline().replaceAll(" \\(rendering [^)]*\\)$", ""), k -> new ArrayList<>()).add(d);
        }
        for (List<Diagnostic> same : byProblem.values()) {
            Diagnostic first = same.get(0);
            String message = same.size() == 1 ? first.message()
                    : first.message().replaceFirst("\\)$", " and " + (same.size() - 1) + " other " + (same.size() == 2 ? "page)" : "pages)"));
            diagnostics.add(new Diagnostic(first.file(), first.line(), first.column(), first.severity(), first.code(),
                    message, first.hint(), first.excerpt()));
        }
    }

    private Optional<byte[]> renderOne(PlannedPage page, Diagnostics diagnostics) {
        try {
            Template template = freemarker.getTemplate(page.template());
            StringWriter out = new StringWriter();
            template.process(page.view(), out);
            return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (TemplateNotFoundException e) {
            diagnostics.add(new Diagnostic(layoutsShown + "/" + page.template(), 1, 1, Severity.ERROR, "missing-layout",
                    "the layout does not exist (needed for " + page.path() + ")",
                    "restore it from the repository, or point --layouts at a folder that has it", ""));
        } catch (ParseException e) {
            diagnostics.add(new Diagnostic(layoutsShown + "/" + e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    Severity.ERROR, "layout-syntax", firstLine(e.getEditorMessage()), "fix the Freemarker syntax of the layout",
                    excerpt(e.getTemplateName(), e.getLineNumber())));
        } catch (TemplateException e) {
            if (e.getCause() instanceof ParseException parse) {
                diagnostics.add(new Diagnostic(layoutsShown + "/" + parse.getTemplateName(), parse.getLineNumber(), parse.getColumnNumber(),
                        Severity.ERROR, "layout-syntax", firstLine(parse.getEditorMessage()), "fix the Freemarker syntax of the layout",
                        excerpt(parse.getTemplateName(), parse.getLineNumber())));
                return Optional.empty();
            }
            String name = e.getTemplateSourceName() == null ? page.template() : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 1 : e.getColumnNumber();
            String message = firstLine(e.getMessageWithoutStackTop());
            if (message.endsWith(":") && e.getBlamedExpressionString() != null) {
                message = message + " " + e.getBlamedExpressionString();
            }
            diagnostics.add(new Diagnostic(layoutsShown + "/" + name, line, column, Severity.ERROR, "layout-error",
                    message + " (rendering " + page.path() + ")", "fix the layout; the data it can read is described in the README",
                    excerpt(name, line)));
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(layoutsShown + "/" + page.template(), 1, 1, Severity.ERROR, "unreadable",
                    "cannot read the layout: " + e.getMessage(), "", ""));
        }
        return Optional.empty();
    }

    /** The layout's line, to quote under the message; "" when it cannot be read. */
    private String excerpt(String template, int line) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(layouts.resolve(template), StandardCharsets.UTF_8);
            return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
