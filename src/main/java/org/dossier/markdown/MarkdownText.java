package org.dossier.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.diag.SourceText;
import org.dossier.model.Block;
import org.dossier.model.MarkdownPage;
import org.dossier.model.ReadingText;
import org.dossier.model.Segment;
import org.dossier.normalize.HtmlTags;
import org.dossier.normalize.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown body of a document into reading text: headings, paragraphs, quotations and list items, each
 * numbered for citation, with the source's emphasis and links kept as segments. Raw HTML is never passed through:
 * its tags are dropped and its text kept, a comment's too, and a line that starts with a tag is read as Markdown.
 * Links are relative to the document's page, as Hugo and Jekyll write them ({@code ../other-document/}); a link to a
 * folder becomes a link to its index.html, so that it works offline.
 */
public final class MarkdownText {
    // a destination in <…> holding white space is no link to the parser, so it is text here too (LinkRules reports it)
    private static final Pattern INLINE_DESTINATION = Pattern.compile("\\]\\(\\s*(?:<[^>\\s]*>|[^)\\s]*)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern REFERENCE_LABEL = Pattern.compile("\\]\\[([^\\]]*)\\]");
    // a destination and at most a title, as CommonMark reads one: "[^1]: A footnote." is a paragraph, shown as written;
    // the destination and the title may each start a line of their own; inside a block quote, each line starts with its
    // marks ("> [icc]: https://…"), and the definition serves the whole document, as outside one
    private static final String QUOTE_MARKS = "(?:[ \\t]{0,3}>[ \\t]?)*";
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile(
            "(?m)^" + QUOTE_MARKS + " {0,3}\\[([^\\]]+)\\]:[ \\t]*(?:\\n" + QUOTE_MARKS + "[ \\t]*)?(?:<[^<>\\n]*>|\\S+)"
            + "(?:(?:[ \\t]+|[ \\t]*\\n" + QUOTE_MARKS + "[ \\t]*)(?:\"[^\"\\n]*\"|'[^'\\n]*'|\\([^()\\n]*\\)))?[ \\t]*$");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^<>\\s]*|[^<>\\s@]+@[^<>\\s]+)>");

    private final Parser parser;

    public MarkdownText() {
        // Without HTML blocks: CommonMark takes a line that starts with a tag such as <div> as raw HTML, links and all,
        // so a link on it would be shown with its address and never checked. Read as a paragraph, its tags are inline
        // HTML, dropped as sourceText drops them, and its Markdown is read as sourceText reads it.
        parser = Parser.builder(new MutableDataSet().set(Parser.HTML_BLOCK_PARSER, false)).build();
    }

    /** The reading text and every site link the body writes, as the page's HTML carries it and where it is written. */
    public record Read(ReadingText text, List<MarkdownPage.SourceLink> links) {
    }

    /**
     * @param file     the document's file, for diagnostics
     * @param body     the Markdown after the front matter
     * @param bodyLine the file's line on which the body starts
     * @param folder   the site folder of the document's page, such as "documents/my-id/"
     */
    public Read read(SourceText file, String body, int bodyLine, String folder, Diagnostics diagnostics) {
        Document document = parser.parse(body);
        Reader reader = new Reader(file, body, bodyLine, folder, document, diagnostics);
        for (Node child : document.getChildren()) {
            reader.block(child, false);
        }
        LinkRules.spacedDestinations(body, file, bodyLine, diagnostics);
        List<String> notes = new ArrayList<>(HtmlTags.removalNote(reader.removedTags).stream().toList());
        reader.imageNote().ifPresent(notes::add);
        reader.titleNote().ifPresent(notes::add);
        reader.tableNote().ifPresent(notes::add);
        return new Read(new ReadingText(reader.rank(), notes), reader.links);
    }

    /**
     * The words of the body as a reader sees them: without markup, link addresses or reference definitions.
     * Computed from the raw text, not from the parse, so that it can prove the reading text lost no word.
     */
    public static List<String> sourceWords(String body) {
        return Words.of(comparable(sourceText(body)));
    }

    /** Fenced code blocks and code spans, where link syntax and tags are text, shown as written. */
    private static final Pattern CODE = Pattern.compile("(?ms)^ {0,3}(`{3,}|~{3,})[^\\n]*\\n.*?^ {0,3}\\1|(`+)(?!`)[^\\n]*?(?<!`)\\2(?!`)");
    private static final String BRACKETS = "[]()<>";
    private static final String MASKS = "\uE000\uE001\uE002\uE003\uE004\uE005";

    /**
     * The text with the brackets, parentheses and angle brackets in code (which the reading text shows as written)
     * swapped for private-use characters, so that the rewrites of links and tags leave them alone; {@code mask} false
     * swaps them back.
     */
    private static String masked(String text, boolean mask) {
        if (!mask) {
            StringBuilder out = new StringBuilder(text);
            for (int i = 0; i < out.length(); i++) {
                int at = MASKS.indexOf(out.charAt(i));
                if (at >= 0) {
                    out.setCharAt(i, BRACKETS.charAt(at));
                }
            }
            return out.toString();
        }
        Matcher code = CODE.matcher(text);
        StringBuilder out = null;
        while (code.find()) {
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int i = code.start(); i < code.end(); i++) {
                int at = BRACKETS.indexOf(out.charAt(i));
                if (at >= 0) {
                    out.setCharAt(i, MASKS.charAt(at));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * A text as the word check compares it, the source's and the reading text's alike: without the characters
     * Markdown marks emphasis, code and links with ({@code * _ ` [ ]}). Where they are markup they join what they
     * touch ({@code [PDF](../r/)s} reads "PDFs", {@code un*x*y} "unxy"); where they are text they only stand between
     * words. Either way both sides lose the same characters, none of them a letter or a digit, so a word lost, added
     * or changed is still found.
     */
    public static String comparable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean mark = c == '*' || c == '_' || c == '`' || c == '[' || c == ']';
            if (mark && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!mark && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The text whose words {@link #sourceWords} lists; each rewrite is skipped when the text lacks what it needs. */
    public static String sourceText(String body) {
        return sourceText(body, HtmlTags.closedOneLetter(body), name -> { });
    }

    /**
     * As {@link #sourceText(String)}, for a part of a body whose {@link HtmlTags#closedOneLetter} is given;
     * {@code removedTag} is told the element name of each tag taken out.
     */
    static String sourceText(String body, java.util.Set<String> closedOneLetter, java.util.function.Consumer<String> removedTag) {
        boolean code = body.indexOf('`') >= 0 || body.indexOf('~') >= 0;
        String text = code ? masked(body, true) : body;
        java.util.Set<String> defined = new java.util.HashSet<>();
        if (text.contains("]:")) {
            Matcher definition = REFERENCE_DEFINITION.matcher(text);
            while (definition.find()) {
                defined.add(label(definition.group(1)));
            }
            text = definition.replaceAll("");
        }
        text = text.contains("](") ? INLINE_DESTINATION.matcher(text).replaceAll("]") : text;
        // "[a][x]" with no definition of x is text, shown as written (MarkdownText.Reader.asWritten), its label too
        text = text.contains("][") ? REFERENCE_LABEL.matcher(text).replaceAll(m -> m.group(1).isBlank()
                || defined.contains(label(m.group(1))) ? "]" : Matcher.quoteReplacement(m.group())) : text;
        if (text.indexOf('<') >= 0) {
            text = AUTOLINK.matcher(text).replaceAll("$1");
            text = HtmlTags.remove(text, closedOneLetter, removedTag);
        }
        return Escaping.unescapeString(code ? masked(text, false) : text);
    }

    /** A reference label as CommonMark matches it: case and runs of white space aside. */
    private static String label(String written) {
        return written.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The error for a body whose reading text would change word {@code word} (from 0) of {@link #sourceWords}: at what
     * follows the last word the two readings share, where they part, whether the reading text lost words or added
     * some. Markdown can be written so that they disagree (a line that looks like a reference definition), so it says what to do.
     */
    public static Diagnostic changedWords(SourceText file, String body, int bodyLine, int word, String message) {
        int offset = 0;
        if (word > 0) {
            int start = wordOffset(body, word - 1);
            int lineEnd = body.indexOf('\n', start) < 0 ? body.length() : body.indexOf('\n', start);
            offset = start + Words.of(body.substring(start, lineEnd)).stream().findFirst().map(String::length).orElse(0);
        }
        int end = offset;
        while (offset < body.length() && Character.isWhitespace(body.charAt(offset))) {
            offset++;
        }
        offset = offset < body.length() ? offset : end;
        int line = bodyLine + (int) body.substring(0, offset).chars().filter(c -> c == '\n').count();
        int column = offset - (body.lastIndexOf('\n', offset - 1) + 1) + 1;
        return Diagnostic.error(file, line, column, "words-changed", message,
                "write the markup here more simply (a line that looks like a link reference definition, such as [r]: ../r/, "
                        + "inside a paragraph is one); if it is plain Markdown, please report it with the file attached");
    }

    /**
     * Where word {@code word} of {@link #sourceWords}, which has more, starts: counted with sourceText itself on ever
     * longer beginnings of the body (by lines, then on the word's line by characters), so that it agrees with the words
     * however the markup around them was rewritten. Slow, but only asked where the reading text changed a word.
     */
    static int wordOffset(String body, int word) {
        List<Integer> ends = new ArrayList<>();
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
            ends.add(i + 1);
        }
        ends.add(body.length());
        int low = 0;
        int high = ends.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sourceWords(body.substring(0, ends.get(middle))).size() > word) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        int start = low == 0 ? 0 : ends.get(low - 1);
        int before = sourceWords(body.substring(0, start)).size();
        for (int end = start + 1; end <= ends.get(low); end++) {
            if (before + sourceWords(body.substring(start, end)).size() > word) {
                return end - 1;
            }
        }
        return start;
    }

    private static final class Reader {
        private final SourceText file;
        private final String body;
        private final int bodyLine;
        private final String folder;
        private final Document document;
        private final Diagnostics diagnostics;
        private final List<Block> blocks = new ArrayList<>();
        private final List<MarkdownPage.SourceLink> links = new ArrayList<>();
        private final java.util.Map<String, Integer> removedTags = new java.util.TreeMap<>();
        private final java.util.Set<String> closedOneLetter;
        private int number;
        /** The images the text shows, each as its description and file; the titles of its links and images. */
        private final List<String> images = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();
        /** Whether a tag that parts words was taken out since the last text was added. */
        private boolean parted;

        Reader(SourceText file, String body, int bodyLine, String folder, Document document, Diagnostics diagnostics) {
            this.file = file;
            this.body = body;
            this.bodyLine = bodyLine;
            this.folder = folder;
            this.document = document;
            this.diagnostics = diagnostics;
            this.closedOneLetter = HtmlTags.closedOneLetter(body);
        }

        void block(Node node, boolean quoted) {
            if (node instanceof Heading h) {
                List<Segment> line = new ArrayList<>();
                inline(h, "", "", line);
                String text = join(line);
                if (!text.isBlank()) {
                    blocks.add(new Block.Heading(++number, h.getLevel(), text.strip()));
                }
            } else if (node instanceof Paragraph p && isPipeTable(p.getChars().toString())) {
                tableRows(p, quoted);
            } else if (node instanceof Paragraph p) {
                List<Segment> line = new ArrayList<>();
                inline(p, "", "", line);
                line = trimmed(line);
                if (!line.isEmpty()) {
                    blocks.add(new Block.Paragraph(++number, List.of(join(line)), List.of(line), quoted));
                }
            } else if (node instanceof BlockQuote) {
                node.getChildren().forEach(c -> block(c, true));
            } else if (node instanceof ListBlock list) {
                List<Block.Item> items = new ArrayList<>();
                items(list, items);
                if (!items.isEmpty()) {
                    blocks.add(new Block.ListBlock(items));
                }
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
                String code = node instanceof FencedCodeBlock f ? f.getContentChars().toString() : node.getChars().toString();
                lines(code, "code", quoted);
            } else if (node instanceof ThematicBreak || node instanceof Reference) {
                return;
            } else {
                node.getChildren().forEach(c -> block(c, quoted));
            }
        }

        /**
         * A table written in Markdown ("| Year | Contribution |" over "|------|------|"): one paragraph of its rows, each
         * on its line as written, pipes and all, with a note. Markdown as CommonMark reads it has no tables, so the rows
         * were one paragraph run together ("| Year | Contribution | |------|…"); laid out as a table, a cell would read
         * apart from its row, and a row that the pipes split unlike the header's would lose or gain a column, so the
         * rows are shown as the source prints them.
         */
        private void tableRows(Paragraph p, boolean quoted) {
            List<Segment> all = new ArrayList<>();
            keepBreaks = true;
            inline(p, "", "", all);
            keepBreaks = false;
            List<List<Segment>> rows = new ArrayList<>();
            List<Segment> row = new ArrayList<>();
            for (Segment s : all) {
                String[] parts = s.text().split("\n", -1);
                for (int k = 0; k < parts.length; k++) {
                    if (k > 0) {
                        rows.add(row);
                        row = new ArrayList<>();
                    }
                    if (!parts[k].isEmpty()) {
                        row.add(new Segment(parts[k], s.entityId(), s.href(), s.style()));
                    }
                }
            }
            rows.add(row);
            List<List<Segment>> linked = rows.stream().map(Reader::trimmed).filter(r -> !r.isEmpty()).toList();
            if (!linked.isEmpty()) {
                blocks.add(new Block.Paragraph(++number, linked.stream().map(Reader::join).toList(), linked, quoted));
                tables.add(number);
            }
        }

        private static boolean isPipeTable(String paragraph) {
            return org.dossier.normalize.Normalizer.isPipeTable(paragraph.strip().lines().toList());
        }

        /** The paragraphs that show a Markdown table's rows as printed. */
        private final List<Integer> tables = new ArrayList<>();

        /** Whether a line break inside a paragraph is kept ("\n") rather than read as a space: in a table's rows. */
        private boolean keepBreaks;

        java.util.Optional<String> tableNote() {
            return org.dossier.normalize.Normalizer.tableNote(tables);
        }

        /** Code: one paragraph of its non-blank lines, as written. */
        private void lines(String text, String style, boolean quoted) {
            List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty()) {
                blocks.add(new Block.Paragraph(++number, lines,
                        lines.stream().map(l -> List.of(Segment.styled(l, style))).toList(), quoted));
            }
        }

        /** Every item of a list, nested lists included, in order; an ordered item keeps its number as written. */
        private void items(ListBlock list, List<Block.Item> items) {
            for (Node child : list.getChildren()) {
                if (!(child instanceof ListItem item)) {
                    continue;
                }
                List<Segment> line = new ArrayList<>();
                if (item instanceof OrderedListItem) {
                    line.add(Segment.plain(item.getOpeningMarker().toString() + " "));
                }
                List<ListBlock> nested = new ArrayList<>();
                for (Node part : item.getChildren()) {
                    if (part instanceof ListBlock inner) {
                        nested.add(inner);
                    } else {
                        if (!join(line).isBlank() && !join(line).endsWith(" ")) {
                            line.add(Segment.plain(" "));
                        }
                        inline(part, "", "", line);
                    }
                }
                line = trimmed(line);
                if (!line.isEmpty()) {
                    items.add(new Block.Item(++number, join(line), line));
                }
                nested.forEach(inner -> items(inner, items));
            }
        }

        private void inline(Node node, String style, String href, List<Segment> out) {
            for (Node child : node.getChildren()) {
                if (child instanceof Text || child instanceof HtmlEntity) {
                    add(out, Escaping.unescapeString(child.getChars().toString()), style, href);
                } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                    add(out, keepBreaks ? "\n" : " ", style, href);
                } else if (child instanceof Code code) {
                    add(out, code.getText().toString(), "code", href);
                } else if (child instanceof StrongEmphasis) {
                    inline(child, "strong", href, out);
                } else if (child instanceof Emphasis) {
                    inline(child, style.equals("strong") ? style : "em", href, out);
                } else if (child instanceof Image image) {
                    image(Escaping.unescapeString(image.getText().toString()), image.getUrl(), image.getTitle());
                    add(out, Escaping.unescapeString(image.getText().toString()), style, href);
                } else if (child instanceof ImageRef image && image.getReferenceNode(document) == null) {
                    asWritten(image, style, href, out);
                } else if (child instanceof ImageRef image) {
                    image(Escaping.unescapeString(image.getText().toString()), image.getReferenceNode(document).getUrl(),
                            image.getReferenceNode(document).getTitle());
                    add(out, Escaping.unescapeString(image.getText().toString()), style, href);
                } else if (child instanceof Link link) {
                    title(link.getTitle(), link.getText());
                    inline(child, style, resolve(link.getUrl(), true, child), out);
                } else if (child instanceof LinkRef ref && ref.getReferenceNode(document) == null) {
                    asWritten(ref, style, href, out);
                } else if (child instanceof LinkRef ref) {
                    title(ref.getReferenceNode(document).getTitle(), ref.getText());
                    inline(child, style, resolve(ref.getReferenceNode(document).getUrl(), true, child), out);
                } else if (child instanceof AutoLink auto) {
                    add(out, auto.getText().toString(), style, resolve(auto.getUrl(), false, child));
                } else if (child instanceof MailLink mail) {
                    add(out, mail.getText().toString(), style, "mailto:" + mail.getText());
                } else if (child instanceof HtmlInlineBase) {
                    // what sourceText keeps of it: not its tags, but the text of a comment, links in it as text
                    // "Method</summary>Figures": two words, as sourceText reads them; add() parts them
                    boolean[] parting = {false};
                    String text = sourceText(child.getChars().toString(), closedOneLetter, name -> {
                        removedTags.merge(name, 1, Integer::sum);
                        parting[0] |= HtmlTags.isParting(name);
                    });
                    add(out, text, style, href);
                    parted |= parting[0];
                } else {
                    inline(child, style, href, out);
                }
            }
        }

        /**
         * An image the text shows: the page shows no image, only its description as text where it stands, so the note
         * says so (the description reads as the author's sentence otherwise) and names the file; its title, too.
         */
        private void image(String description, BasedSequence url, BasedSequence title) {
            images.add((description.isBlank() ? "an image with no description" : "\u201C" + description.strip() + "\u201D")
                    + " (" + Escaping.unescapeString(url.toString()) + ")");
            title(title, null);
        }

        /** A link's or an image's title, which a browser shows as a tooltip and the page does not show: the note quotes it. */
        private void title(BasedSequence title, BasedSequence on) {
            String text = Escaping.unescapeString(title.toString()).strip();
            if (!text.isEmpty()) {
                titles.add("\u201C" + text + "\u201D" + (on == null ? " (an image's)" : " (on \u201C"
                        + Escaping.unescapeString(on.toString()).strip() + "\u201D)"));
            }
        }

        java.util.Optional<String> imageNote() {
            if (images.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of((images.size() == 1 ? "An image the text shows is" : images.size() + " images the text shows are")
                    + " not reproduced: the page gives " + (images.size() == 1 ? "its description" : "each one's description")
                    + ", as text, where the text shows it, and the file it names: "
                    + String.join("; ", images) + "."
                    + (images.stream().anyMatch(i -> i.startsWith("an image with no description"))
                    ? " An image with no description leaves nothing in the text." : ""));
        }

        java.util.Optional<String> titleNote() {
            if (titles.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of((titles.size() == 1 ? "A title" : titles.size() + " titles") + " that the text gives a link"
                    + " or an image, which a browser shows only as a tooltip, " + (titles.size() == 1 ? "is" : "are")
                    + " not shown in the text below: " + String.join("; ", titles) + ".");
        }

        /**
         * Brackets that no reference definition makes a link, as CommonMark shows them: as written, with the words
         * between them read as Markdown. They are the source's: "[sic]", an editor's "[is]" in a quotation, a note's
         * "[1]"; without them the page would give an insertion as the author's words.
         */
        private void asWritten(Node ref, String style, String href, List<Segment> out) {
            BasedSequence chars = ref.getChars();
            BasedSequence inner = ref.getChildChars();
            if (inner.isEmpty()) {
                add(out, Escaping.unescapeString(chars.toString()), style, href);
                return;
            }
            add(out, Escaping.unescapeString(chars.prefixOf(inner).toString()), style, href);
            inline(ref, style, href, out);
            add(out, Escaping.unescapeString(chars.suffixOf(inner).toString()), style, href);
        }

        /**
         * Appends text, merging it into the last segment when style and link are the same; with a space first where a
         * tag that parts words ({@link HtmlTags#isParting}) stood between the last text and this one, neither of them white
         * space there, as {@link HtmlTags#remove} parts them in the source's words.
         */
        private void add(List<Segment> out, String text, String style, String href) {
            if (text.isEmpty()) {
                return;
            }
            if (parted) {
                parted = false;
                if (!out.isEmpty() && HtmlTags.partsBefore(text.charAt(0))) {
                    String before = out.get(out.size() - 1).text();
                    if (!before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))) {
                        removedTags.merge(HtmlTags.PARTED, 1, Integer::sum);
                        add(out, " ", style, href);
                    }
                }
            }
            if (!out.isEmpty()) {
                Segment last = out.get(out.size() - 1);
                if (last.style().equals(style) && last.href().equals(href)) {
                    out.set(out.size() - 1, new Segment(last.text() + text, "", href, style));
                    return;
                }
            }
            out.add(href.isEmpty() ? Segment.styled(text, style) : Segment.link(text, href, style));
        }

        /** Leading and trailing spaces removed, and runs of white space made one, so that the line reads as one. */
        private static List<Segment> trimmed(List<Segment> line) {
            List<Segment> out = new ArrayList<>();
            boolean space = true;
            for (Segment s : line) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < s.text().length(); i++) {
                    char c = s.text().charAt(i);
                    boolean white = Character.isWhitespace(c);
                    if (white && space) {
                        continue;
                    }
                    text.append(white ? ' ' : c);
                    space = white;
                }
                if (text.length() > 0) {
                    out.add(new Segment(text.toString(), s.entityId(), s.href(), s.style()));
                }
            }
            while (!out.isEmpty()) {
                Segment last = out.get(out.size() - 1);
                String stripped = last.text().stripTrailing();
                if (!stripped.isEmpty()) {
                    out.set(out.size() - 1, new Segment(stripped, last.entityId(), last.href(), last.style()));
                    break;
                }
                out.remove(out.size() - 1);
            }
            return out;
        }

        private static String join(List<Segment> line) {
            StringBuilder sb = new StringBuilder();
            line.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }

        /**
         * A link as the site writes it: an http(s) or mailto address as is; a relative link as a path from the site
         * root, a folder standing for its index.html. Anything else is reported where it is written.
         */
        private String resolve(BasedSequence written, boolean escapes, Node node) {
            // a link's backslash escapes are undone (a\_b is a_b), as CommonMark reads them; an autolink has none
            String url = escapes ? Escaping.unescapeString(written.toString()) : written.toString();
            int line = LinkRules.line(node, bodyLine);
            int column = LinkRules.column(node, body);
            java.util.Optional<String> scheme = LinkRules.scheme(url);
            java.util.Optional<LinkRules.Invalid> invalid = LinkRules.invalid(url, written, node);
            String href;
            if (url.isEmpty()) {
                report(line, column, "empty-link", "the link has no address", "write the address between the parentheses");
                return "";
            } else if (invalid.isPresent()) {
                int at = invalid.get().offset();
                report(LinkRules.line(node, at, bodyLine), LinkRules.column(at, body), LinkRules.INVALID_CODE,
                        invalid.get().message(), invalid.get().hint());
                return "";
            } else if (scheme.isPresent()) {
                if (!LinkRules.allowed(scheme.get())) {
                    report(line, column, LinkRules.UNSAFE_CODE, LinkRules.unsafeMessage(url, scheme.get()), LinkRules.UNSAFE_HINT);
                    return "";
                }
                return url;
            } else if (url.startsWith("/")) {
                report(line, column, LinkRules.ROOT_RELATIVE_CODE, LinkRules.rootRelativeMessage(url),
                        "write it relative to the document's page, such as ../other-document/");
                return "";
            } else {
                int hash = url.indexOf('#');
                String path = hash >= 0 ? url.substring(0, hash) : url;
                String fragment = hash >= 0 ? url.substring(hash) : "";
                String resolved = path.isEmpty() ? folder + "index.html" : normalise(folder + path);
                if (resolved == null) {
                    report(line, column, "link-outside-site", "link \"" + url + "\" leads outside the site",
                            "link to a page of the site, relative to the document's page, such as ../other-document/");
                    return "";
                }
                href = resolved + fragment;
            }
            links.add(new MarkdownPage.SourceLink("../".repeat((int) folder.chars().filter(c -> c == '/').count()) + href,
                    written.toString(), line, column, file.line(line)));
            return href;
        }

        private void report(int line, int column, String code, String message, String hint) {
            diagnostics.add(Diagnostic.error(file, line, column, code, message, hint));
        }

        /** The path with . and .. resolved and a folder made its index.html; null when it climbs above the root. */
        private static String normalise(String path) {
            List<String> parts = new ArrayList<>();
            for (String part : path.split("/", -1)) {
                if (part.equals("..")) {
                    if (parts.isEmpty()) {
                        return null;
                    }
                    parts.remove(parts.size() - 1);
                } else if (!part.equals(".")) {
                    parts.add(part);
                }
            }
            String joined = String.join("/", parts);
            return joined.isEmpty() || joined.endsWith("/") ? joined + "index.html" : joined;
        }

        /** Heading levels ranked: 1 is the body's most prominent heading level. */
        List<Block> rank() {
            TreeSet<Integer> levels = new TreeSet<>();
            blocks.stream().filter(b -> b instanceof Block.Heading).forEach(b -> levels.add(((Block.Heading) b).level()));
            List<Integer> order = new ArrayList<>(levels);
            return blocks.stream().map(b -> b instanceof Block.Heading h
                    ? (Block) new Block.Heading(h.number(), order.indexOf(h.level()) + 1, h.text()) : b).toList();
        }
    }
}
