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
import org.dossier.model.TextLanguage;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders planned pages with one Freemarker configuration; pages render in parallel, output order is fixed. */
public final class SiteRenderer {
    /** FreeMarker's names for what it expected, in words; the quoted ones are shown as they are, the others left out. */
    private static final Map<String, String> EXPECTED = Map.of("<ID>", "a name", "<STRING_LITERAL>", "a string",
            "<RAW_STRING>", "a string", "<INTEGER>", "a number", "<DECIMAL>", "a number", "<EOF>", "the end of the file");
    /** The directive FreeMarker found unclosed, at the end of the file or at an end-tag that closes something else. */
    private static final Pattern UNCLOSED = Pattern.compile("You have an unclosed (#\\w+)\\.|only this can be closed: \"(#\\w+)\"");
    /** The directives that always have an end-tag, so that counting their tags finds the one left open. */
    private static final Set<String> BLOCKS = Set.of("#if", "#list", "#items", "#macro", "#function", "#switch", "#attempt");

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
        // one rule for every page: text mostly in kanji and kana is marked lang="ja" (base.ftlh's t and lang macros)
        cfg.setSharedVariable("langOf", (freemarker.template.TemplateMethodModelEx) args ->
                TextLanguage.of(((freemarker.template.TemplateScalarModel) args.get(0)).getAsString()));
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
        Map<String, Set<String>> usedBy = new ConcurrentHashMap<>(); // a layout with a syntax error: the layouts failed by it
        pages.parallelStream().forEach(p -> {
            byte[] bytes = memo == null ? renderOne(p, perPage, usedBy).orElse(null)
                    : memo.get(p.path(), p.key(), () -> renderOne(p, perPage, usedBy).orElse(null));
            if (bytes != null) {
                sink.accept(p.path(), bytes);
            }
            onPage.run();
        });
        Map<String, List<Diagnostic>> byProblem = new TreeMap<>();
        for (Diagnostic d : perPage.sorted()) {
            byProblem.computeIfAbsent(d.headline().replaceAll(" \\((rendering|needed for) [^)]*\\)$", ""), k -> new ArrayList<>()).add(d);
        }
        for (List<Diagnostic> same : byProblem.values()) {
            Diagnostic first = same.get(0);
            String message = same.size() == 1 ? first.message()
                    : first.message().replaceFirst("( \\((rendering|needed for) [^)]*)\\)$", "$1 and " + (same.size() - 1) + " other " + (same.size() == 2 ? "page)" : "pages)"));
            String hint = first.hint();
            if (first.code().equals("layout-syntax") && usedBy.containsKey(first.file())) {
                hint += "; until then the layouts that use it fail too: " + String.join(", ", usedBy.get(first.file()));
            }
            diagnostics.add(new Diagnostic(first.file(), first.line(), first.column(), first.severity(), first.code(),
                    message, hint, first.excerpt()));
        }
    }

    private Optional<byte[]> renderOne(PlannedPage page, Diagnostics diagnostics, Map<String, Set<String>> usedBy) {
        try {
            Template template = freemarker.getTemplate(page.template());
            StringWriter out = new StringWriter();
            template.process(page.view(), out);
            return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (TemplateNotFoundException e) {
            diagnostics.add(new Diagnostic(layoutsShown + "/" + page.template(), 1, 1, Severity.ERROR, "missing-layout",
                    "the layout does not exist (needed for " + page.path() + ")",
                    "restore it from the repository, or point --layouts at a folder that has it", ""));
        } catch (TemplateException e) {
            Optional<ParseException> parse = syntaxError(e);
            if (parse.isPresent()) {
                addSyntaxError(parse.get(), page, diagnostics, usedBy);
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
            syntaxError(e).ifPresentOrElse(parse -> addSyntaxError(parse, page, diagnostics, usedBy),
                    () -> diagnostics.add(new Diagnostic(layoutsShown + "/" + page.template(), 1, 1, Severity.ERROR, "unreadable",
                            "cannot read the layout: " + e.getMessage(), "", "")));
        }
        return Optional.empty();
    }

    /** Adds a syntax error, noting the page's layout as one that fails by it when the error is in another layout. */
    private void addSyntaxError(ParseException parse, PlannedPage page, Diagnostics diagnostics, Map<String, Set<String>> usedBy) {
        Diagnostic syntax = syntaxDiagnostic(parse, page.template());
        diagnostics.add(syntax);
        if (!syntax.file().equals(layoutsShown + "/" + page.template())) {
            usedBy.computeIfAbsent(syntax.file(), k -> new ConcurrentSkipListSet<>()).add(page.template());
        }
    }

    /**
     * The syntax error a failure comes from: FreeMarker reports a broken layout as the cause of a failed import, and
     * each later use of it as "an error on an earlier attempt" caused by it.
     */
    private static Optional<ParseException> syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException parse) {
                return Optional.of(parse);
            }
        }
        return Optional.empty();
    }

    /**
     * A syntax error, at its place in its layout. A directive left open at the end of the file is reported where it
     * opens; one closed by the wrong end-tag at that end-tag, naming the line where it opens.
     */
    private Diagnostic syntaxDiagnostic(ParseException e, String template) {
        String name = e.getTemplateName() == null ? template : e.getTemplateName();
        String message = firstLine(e.getEditorMessage());
        int line = e.getLineNumber();
        int column = e.getColumnNumber();
        String hint = "fix the Freemarker syntax of the layout";
        if (message.endsWith(":")) { // a list of what was expected follows, one per line
            message += " " + expected(e.getEditorMessage());
            hint = "fix the Freemarker syntax at or just before this place: often a ${ without its }, or a ( or [ without its ) or ]";
        }
        Matcher unclosed = UNCLOSED.matcher(message);
        if (unclosed.find()) {
            String directive = unclosed.group(1) != null ? unclosed.group(1) : unclosed.group(2);
            Optional<Place> open = BLOCKS.contains(directive) ? opening(name, directive, line, column) : Optional.empty();
            if (open.isPresent() && unclosed.group(1) != null) {
                hint = "close this " + directive + " with </" + directive + ">: the layout ends at line " + line + " without it";
                line = open.get().line();
                column = open.get().column();
            } else if (open.isPresent()) {
                hint = "the " + directive + " opened on line " + open.get().line() + " is not closed: add its </" + directive
                        + "> before this end-tag";
            }
        }
        return new Diagnostic(layoutsShown + "/" + name, line, column, Severity.ERROR, "layout-syntax", message, hint,
                excerpt(name, line));
    }

    /** FreeMarker's list of what it expected, after the first line of its message, on one line and in words. */
    private static String expected(String editorMessage) {
        Set<String> shown = new LinkedHashSet<>();
        boolean more = false;
        for (String pattern : editorMessage.strip().lines().skip(1).map(String::strip).toList()) {
            String words = pattern.startsWith("\"") ? pattern : EXPECTED.get(pattern);
            if (words == null) {
                more = true;
            } else {
                shown.add(words);
            }
        }
        return String.join(", ", shown) + (more ? (shown.isEmpty() ? "…" : ", …") : "");
    }

    /**
     * Line and column of the {@code directive} still open at the given place of the layout: its tags are counted
     * from the start, leaving out comments. Empty when none is found.
     */
    private Optional<Place> opening(String template, String directive, int line, int column) {
        List<String> lines;
        try {
            lines = java.nio.file.Files.readAllLines(layouts.resolve(template), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < Math.min(line - 1, lines.size()); i++) {
            before.append(lines.get(i)).append('\n');
        }
        if (line >= 1 && line <= lines.size()) {
            String last = lines.get(line - 1);
            before.append(last, 0, Math.max(0, Math.min(column - 1, last.length())));
        }
        Pattern tags = Pattern.compile("<#--.*?-->|<" + directive + "(?=[\\s>])|</" + directive + "\\s*>", Pattern.DOTALL);
        Deque<Integer> open = new ArrayDeque<>();
        Matcher m = tags.matcher(before);
        while (m.find()) {
            if (m.group().startsWith("<" + directive)) {
                open.push(m.start());
            } else if (m.group().startsWith("</") && !open.isEmpty()) {
                open.pop();
            }
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String upTo = before.substring(0, open.peek());
        int lineStart = upTo.lastIndexOf('\n') + 1;
        return Optional.of(new Place((int) upTo.chars().filter(c -> c == '\n').count() + 1, upTo.length() - lineStart + 1));
    }

    private record Place(int line, int column) {
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
