import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * The floor: the least a generator on this project's fixed stack (Java 17, Flexmark, Freemarker, Jackson YAML) does
 * for the benchmark's corpus, to compare with Hugo on the same machine. It writes what Hugo's scaffold writes and
 * less than the issue asks of ours: a page per document (front matter read with Jackson, body with Flexmark, page
 * with a one-line Freemarker template like the scaffold's), a page per topic and per signatory, and, with "zip", the
 * pages deflated at zlib's fastest level into one file. No validation, no checks against sources, no cross-links
 * but the terms', no search index, no citations, no copies of sources, no data exports, no link check. Pages and
 * terms are made on as many threads as there are cores.
 *
 * <pre>java -cp target/dossier.jar:FLOOR_CLASSES Floor CORPUS_DIR OUT_DIR [zip]</pre>
 */
public final class Floor {
    private static final String DOC = "<!doctype html><html lang=en><head><meta charset=utf-8><title>${title}</title></head><body>"
            + "<nav><a href=../../index.html>Home</a></nav><article><h1>${title}</h1><p>${date} · ${kind} · ${who!} · ${venue}</p>"
            + "<ul><#list topics as t><li><a href=\"../../topics/${t?url}/index.html\">${t}</a></li></#list></ul>"
            + "<#if signatories?has_content><h2>Signatories</h2><ul><#list signatories as s><li>"
            + "<a href=\"../../signatories/${s?url}/index.html\">${s}</a></li></#list></ul></#if>"
            + "<div>${body?no_esc}</div><p><a href=\"${source_url}\">Source</a></p></article></body></html>";
    private static final String TERM = "<!doctype html><html lang=en><head><meta charset=utf-8><title>${name}</title></head><body>"
            + "<h1>${name}</h1><ul><#list docs as d><li><a href=\"../../docs/${d.slug}/index.html\">${d.title}</a> ${d.date}</li></#list></ul>"
            + "</body></html>";

    private Floor() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean zip = args.length > 2 && args[2].equals("zip");
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        MutableDataSet options = new MutableDataSet();
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader templates = new StringTemplateLoader();
        templates.putTemplate("doc", DOC);
        templates.putTemplate("term", TERM);
        freemarker.setTemplateLoader(templates);
        freemarker.setURLEscapingCharset("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        ConcurrentMap<String, byte[]> written = new ConcurrentHashMap<>();

        List<Future<Map<String, Object>>> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(pool.submit(() -> {
                String text = Files.readString(file);
                int end = text.indexOf("\n---", 4);
                @SuppressWarnings("unchecked")
                Map<String, Object> page = new HashMap<>(yaml.readValue(text.substring(4, end), Map.class));
                String slug = file.getFileName().toString().replace(".md", "");
                page.put("slug", slug);
                page.put("date", String.valueOf(page.get("date")));
                page.put("who", page.getOrDefault("speaker", page.get("author")));
                page.putIfAbsent("signatories", List.of());
                page.put("body", renderer.render(parser.parse(text.substring(text.indexOf('\n', end + 1) + 1))));
                write(out, "docs/" + slug + "/index.html", freemarker.getTemplate("doc"), page, written);
                page.remove("body");
                return page;
            }));
        }
        Map<String, List<Map<String, Object>>> topics = new TreeMap<>();
        Map<String, List<Map<String, Object>>> signatories = new TreeMap<>();
        for (Future<Map<String, Object>> f : documents) {
            Map<String, Object> d = f.get();
            for (Object t : (List<?>) d.get("topics")) {
                topics.computeIfAbsent((String) t, k -> new ArrayList<>()).add(d);
            }
            for (Object s : (List<?>) d.get("signatories")) {
                signatories.computeIfAbsent((String) s, k -> new ArrayList<>()).add(d);
            }
        }
        long pagesDone = System.nanoTime();

        List<Future<?>> terms = new ArrayList<>();
        for (var kind : List.of(Map.entry("topics", topics), Map.entry("signatories", signatories))) {
            for (var term : kind.getValue().entrySet()) {
                terms.add(pool.submit(() -> {
                    String path = kind.getKey() + "/" + URLEncoder.encode(term.getKey(), StandardCharsets.UTF_8) + "/index.html";
                    write(out, path, freemarker.getTemplate("term"), Map.of("name", term.getKey(), "docs", term.getValue()), written);
                    return null;
                }));
            }
        }
        for (Future<?> f : terms) {
            f.get();
        }
        long termsDone = System.nanoTime();

        long zipped = 0;
        if (zip) {
            List<Future<byte[]>> deflated = new ArrayList<>();
            for (String path : new TreeMap<>(written).keySet()) {
                byte[] bytes = written.get(path);
                deflated.add(pool.submit(() -> deflate(bytes)));
            }
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out.resolve("site.zip")), 1 << 20)) {
                for (Future<byte[]> f : deflated) {
                    byte[] b = f.get();
                    o.write(b);
                    zipped += b.length;
                }
            }
        }
        pool.shutdown();
        long end = System.nanoTime();
        System.out.printf("floor: %d files; documents %.2f s, terms %.2f s, zip %.2f s (%d MiB), in all %.2f s%n",
                written.size(), (pagesDone - start) / 1e9, (termsDone - pagesDone) / 1e9, (end - termsDone) / 1e9,
                zipped >> 20, (end - start) / 1e9);
    }

    private static void write(Path out, String path, freemarker.template.Template template, Object model,
                              ConcurrentMap<String, byte[]> written) throws Exception {
        StringWriter w = new StringWriter();
        template.process(model, w);
        byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
        Path file = out.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        written.put(path, bytes);
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream b = new ByteArrayOutputStream(bytes.length / 3);
        byte[] buffer = new byte[65536];
        while (!deflater.finished()) {
            b.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return b.toByteArray();
    }
}
