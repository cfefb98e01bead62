package org.dossier.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.dossier.model.Document;
import org.dossier.model.DocumentKind;
import org.dossier.model.DossierDate;
import org.dossier.model.SiteConfig;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How to cite a document: a plain-text reference, BibTeX, RIS, CSL-JSON, and the meta tags reference managers read.
 * An undated source gets no date anywhere: the reference says "date not stated".
 */
public final class Citations {
    private static final ObjectWriter JSON = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private final SiteConfig site;

    /** The document's language: "ja" for a text mostly in kanji and kana ({@link Document#textLang}), else the site's. */
    private String language(Document d) {
        String lang = d.textLang();
        return lang.isEmpty() ? site.language() : lang;
    }

    public Citations(SiteConfig site) {
        this.site = site;
    }

    /**
     * How each format types a kind, chosen for what reference managers make of it: Zotero reads RIS's GEN as a journal
     * article, and CSL's speech, report and personal_communication as a presentation, a report and a letter, as it
     * reads RIS's SLIDE, RPRT and PCOMM. A profile is RPRT, not GOVDOC: the source names no author, so "government" is
     * not ours to say. schema.org has no type for a letter: a letter is a Message. {@code zotero} is Zotero's own item
     * type, given in DC.type: its page capture (the Embedded Metadata translator) takes a DC.type that names one of
     * its types over the journal article it guesses for any page with a citation_title.
     */
    record Types(String csl, String ris, String schema, String zotero) {
    }

    static Types types(DocumentKind kind) {
        return switch (kind) {
            case STATEMENT, SPEECH -> new Types("speech", "SLIDE", "CreativeWork", "presentation");
            case PROFILE -> new Types("report", "RPRT", "CreativeWork", "report");
            case REPORT, PRESS_RELEASE -> new Types("report", "RPRT", "Report", "report");
            case JOINT_LETTER, LETTER -> new Types("personal_communication", "PCOMM", "Message", "letter");
        };
    }

    /** The document's address: absolute with a configured base URL, else its path in the site. */
    public String url(Document d) {
        return site.baseUrl().isEmpty() ? d.path() : site.baseUrl() + d.path();
    }

    /** Given, and not "not stated" (nor "not stated (…)" with an editor's note): what a reference or result may show. */
    static boolean stated(String value) {
        return !value.isEmpty() && !value.startsWith("not stated");
    }

    /** Author (else speaker) as stated, or empty when not stated. */
    private static String author(Document d) {
        return stated(d.creator()) ? d.creator() : "";
    }

    private static String date(Document d) {
        return d.date().isStated() ? d.date().display() : "date not stated";
    }

    /** Text and the full stop that ends it, unless it ends in one of its own ("Inc.", "Why?", "。"). */
    static String closed(String text) {
        return text.isEmpty() || ".?!。？！．".indexOf(text.charAt(text.length() - 1)) < 0 ? text + "." : text;
    }

    /** What both plain references start with: Author. “Title.” Kind, date */
    private StringBuilder head(Document d) {
        StringBuilder out = new StringBuilder();
        if (!author(d).isEmpty()) {
            out.append(closed(author(d))).append(' ');
        }
        return out.append('“').append(closed(d.citedTitle())).append("” ").append(d.kind().label()).append(", ").append(date(d));
    }

    /** A plain reference: Author. “Title.” Kind, date. In Site. URL. Source file F, SHA-256 H. */
    public String text(Document d) {
        StringBuilder out = head(d).append(". In ")
                .append(site.title()).append(". ").append(url(d)).append(". Source file ").append(d.seed().fileName())
                .append(", SHA-256 ").append(d.seed().sha256()).append('.');
        return out.toString();
    }

    /** The reference of one paragraph: the document's, with ¶ N and the paragraph's address. */
    public String paragraph(Document d, int n) {
        StringBuilder out = head(d).append(", ¶ ")
                .append(n).append(". In ").append(site.title()).append(". ").append(url(d)).append("#p-").append(n).append('.');
        return out.toString();
    }

    public String bibtex(Document d) {
        StringBuilder out = new StringBuilder("@misc{").append(d.id().replace('-', '_')).append(",\n");
        field(out, "title", d.citedTitle());
        if (!author(d).isEmpty()) {
            rawField(out, "author", "{" + escapeBibtex(author(d)) + "}"); // braced: one corporate name, not "X and Y"
        }
        if (d.date().isStated()) {
            field(out, "year", String.valueOf(d.date().year()));
            if (d.date().precision() != DossierDate.Precision.YEAR) {
                field(out, "month", String.valueOf(d.date().month()));
            }
            if (d.date().precision() == DossierDate.Precision.DAY) {
                field(out, "date", d.date().iso());
            }
        }
        field(out, "howpublished", site.title());
        field(out, "note", d.kind().label() + "; " + (d.date().isStated() ? "dated " + d.date().display() : "date not stated")
                + "; source file " + d.seed().fileName() + ", SHA-256 " + d.seed().sha256());
        if (!site.baseUrl().isEmpty()) {
            rawField(out, "url", bibtexUrl(url(d)));
        }
        out.setLength(out.length() - 2);
        return out.append("\n}\n").toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        rawField(out, name, escapeBibtex(value));
    }

    private static void rawField(StringBuilder out, String name, String bibtex) {
        out.append("  ").append(name).append(" = {").append(bibtex).append("},\n");
    }

    /**
     * Text as BibTeX and LaTeX print it as written: each character TeX treats specially is escaped, braces too (a brace
     * in a title is text, not markup). A brace is written as a command, not as \{ or \}: BibTeX counts every brace,
     * escaped or not, to find where a field ends, so a lone \{ would run the field on into the next.
     */
    static String escapeBibtex(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * An address as BibTeX's url field takes it: as it is, since biblatex and the url package read the field verbatim (an escaped
     * ~ or _ would be printed, and followed, with its backslash). A brace or backslash, which the field cannot hold and
     * a valid address does not have, is percent-encoded.
     */
    static String bibtexUrl(String url) {
        return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
    }

    /**
     * RIS, as Zotero, EndNote and Mendeley read it. A name is written "Family, Given": a name with a comma in it ("H.E.
     * Ambassador ISHIKANE Kimihiro, Permanent Representative…") would be read as a family and a given name, so it is
     * given whole in the note instead. The dossier is the database the copy is in (DB), not the document's publisher:
     * Zotero reads PB as a report's institution.
     */
    public String ris(Document d) {
        Types types = types(d.kind());
        List<String> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        lines.add("TY  - " + types.ris());
        lines.add("TI  - " + d.citedTitle());
        if (!author(d).isEmpty()) {
            if (author(d).contains(",")) {
                notes.add("Author: " + closed(author(d)));
            } else {
                lines.add("AU  - " + author(d));
            }
        }
        if (d.kind().isLetter() && stated(d.addressee())) {
            if (d.addressee().contains(",")) {
                notes.add("Addressee: " + closed(d.addressee()));
            } else {
                lines.add("A2  - " + d.addressee());
            }
        }
        if (types.csl().equals("speech") && stated(d.venue())) {
            lines.add("T2  - " + d.venue());
        }
        if (d.date().isStated()) {
            DossierDate x = d.date();
            lines.add("PY  - " + x.year());
            lines.add("DA  - " + x.year() + "/" + (x.month() == 0 ? "" : String.format(java.util.Locale.ROOT, "%02d", x.month())) + "/"
                    + (x.day() == 0 ? "" : String.format(java.util.Locale.ROOT, "%02d", x.day())) + "/");
        } else {
            notes.add("Date not stated.");
        }
        lines.add("M3  - " + d.kind().label());
        lines.add("DB  - " + site.title());
        notes.add("Source file " + d.seed().fileName() + ", SHA-256 " + d.seed().sha256() + ".");
        lines.add("N1  - " + String.join(" ", notes));
        if (!site.baseUrl().isEmpty()) {
            lines.add("UR  - " + url(d));
        }
        lines.add("LA  - " + language(d));
        lines.replaceAll(Citations::risLine);
        lines.add("ER  - ");
        return String.join("\r\n", lines) + "\r\n";
    }

    /**
     * A tag's value on its one line: RIS is read line by line, so a line break a field holds (a title written as a YAML
     * block) cut the value, and a second line starting "ER  - " ended the reference there.
     */
    private static String risLine(String line) {
        return LINE_BREAK.matcher(line).find() ? line.substring(0, 6) + LINE_BREAK.matcher(line.substring(6)).replaceAll(" ").strip() : line;
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\r\\n\u0085\u2028\u2029]+\\s*");

    public String cslJson(Document d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", d.id());
        item.put("type", types(d.kind()).csl());
        item.put("title", d.citedTitle());
        if (!author(d).isEmpty()) {
            item.put("author", List.of(Map.of("literal", author(d))));
        }
        if (d.kind().isLetter() && stated(d.addressee())) {
            item.put("recipient", List.of(Map.of("literal", d.addressee())));
        }
        if (types(d.kind()).csl().equals("speech") && stated(d.venue())) {
            item.put("event-title", d.venue());
        }
        if (d.date().isStated()) {
            List<Integer> parts = new ArrayList<>(List.of(d.date().year()));
            if (d.date().month() > 0) {
                parts.add(d.date().month());
            }
            if (d.date().day() > 0) {
                parts.add(d.date().day());
            }
            item.put("issued", Map.of("date-parts", List.of(parts)));
        }
        item.put("genre", d.kind().label());
        item.put("container-title", site.title());
        item.put("archive", site.title());
        if (!site.baseUrl().isEmpty()) {
            item.put("URL", url(d));
        }
        item.put("language", language(d));
        item.put("note", (d.date().isStated() ? "" : "Date not stated. ") + "Source file " + d.seed().fileName() + ", SHA-256 "
                + d.seed().sha256() + ".");
        try {
            return JSON.writeValueAsString(List.of(item)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One meta tag: name or property, and content. */
    public record Meta(String attribute, String key, String content) {
    }

    /**
     * Highwire Press (citation_*), Dublin Core and Open Graph tags. No date tag for an undated source. No author tag:
     * Zotero reads every name in citation_author or DC.creator as a person's, given and family name, and splits it at
     * its commas, so "Human Rights Watch" would become Watch, Human Rights; the downloads give the author whole. No
     * publisher tag: the dossier holds a copy and published none of its documents, and Zotero files citation_publisher
     * as a report's institution. DC.type is Zotero's item type ({@link Types}), which it takes over the journal article
     * that citation_title and og:type "article" make it guess; the kind, in words, is the page's and the downloads'.
     */
    public List<Meta> meta(Document d) {
        List<Meta> out = new ArrayList<>();
        out.add(new Meta("name", "citation_title", d.citedTitle()));
        if (d.date().isStated()) {
            String slashed = d.date().iso().replace('-', '/');
            out.add(new Meta("name", "citation_date", slashed));
            out.add(new Meta("name", "citation_publication_date", slashed));
        }
        out.add(new Meta("name", "citation_language", language(d)));
        if (!site.baseUrl().isEmpty()) {
            out.add(new Meta("name", "citation_public_url", url(d)));
        }
        out.add(new Meta("name", "DC.title", d.citedTitle()));
        if (d.date().isStated()) {
            out.add(new Meta("name", "DC.date", d.date().iso()));
        }
        out.add(new Meta("name", "DC.type", types(d.kind()).zotero()));
        out.add(new Meta("name", "DC.language", language(d)));
        out.add(new Meta("name", "DC.source", d.seed().fileName() + " (SHA-256 " + d.seed().sha256() + ")"));
        out.add(new Meta("property", "og:title", d.title()));
        out.add(new Meta("property", "og:type", "article"));
        out.add(new Meta("property", "og:description", d.summary()));
        out.add(new Meta("property", "og:site_name", site.title()));
        if (!site.baseUrl().isEmpty()) {
            out.add(new Meta("property", "og:url", url(d)));
        }
        return out;
    }

    /**
     * schema.org JSON-LD; no datePublished for an undated source. Safe inside a script element. The author and
     * addressee are text, as stated: the metadata does not say whether they are a person or an organisation.
     */
    public String jsonLd(Document d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@context", "https://schema.org");
        item.put("@type", types(d.kind()).schema());
        item.put("name", d.citedTitle());
        item.put("description", d.summary());
        if (!author(d).isEmpty()) {
            item.put("author", author(d));
        }
        if (d.kind().isLetter() && stated(d.addressee())) {
            item.put("recipient", d.addressee());
        }
        if (d.date().isStated()) {
            item.put("datePublished", d.date().iso());
        }
        item.put("genre", d.kind().label());
        item.put("inLanguage", language(d));
        item.put("isPartOf", DataExports.ordered("@type", "WebSite", "name", site.title()));
        if (!site.baseUrl().isEmpty()) {
            item.put("url", url(d));
        }
        item.put("isBasedOn", DataExports.ordered("@type", "DigitalDocument", "name", d.seed().fileName(), "identifier", "sha256:" + d.seed().sha256()));
        try {
            return new ObjectMapper().writeValueAsString(item).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
