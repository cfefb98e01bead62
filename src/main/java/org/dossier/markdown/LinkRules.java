package org.dossier.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.dossier.model.Address;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Markdown pages and Markdown documents share about links: which schemes may be linked, how an unsafe or
 * root-relative link is reported, and where in the file a node is.
 */
final class LinkRules {
    static final String UNSAFE_CODE = "unsafe-link";
    static final String UNSAFE_HINT = "link to http:, https: or mailto: addresses, or to a page of the site";
    static final String ROOT_RELATIVE_CODE = "root-relative-link";
    static final String INVALID_CODE = "invalid-link";

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private LinkRules() {
    }

    /** The URL's scheme in lower case, when it has one. */
    static Optional<String> scheme(String url) {
        return SCHEME.matcher(url).matches() ? Optional.of(url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** An address elsewhere that a page may link to: nothing is ever loaded from it. */
    static boolean allowed(String scheme) {
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    static String unsafeMessage(String url, String scheme) {
        return "link \"" + url + "\" uses the scheme \"" + scheme + ":\", which is not allowed";
    }

    static String rootRelativeMessage(String url) {
        return "link \"" + url + "\" starts with /, which breaks offline reading and sub-path hosting";
    }

    /**
     * A link whose address a page cannot hold as written (a {@code |}, a stray {@code %}), and where in the body it
     * goes wrong: at the character itself when the address is written as it is read, otherwise at the link.
     */
    record Invalid(int offset, String message, String hint) {
    }

    /**
     * @param url     the address as read (backslash escapes undone)
     * @param written the address as written in the body
     * @param node    the link, where the problem is reported when the character cannot be placed
     */
    static Optional<Invalid> invalid(String url, BasedSequence written, Node node) {
        return Address.problem(url).map(p -> new Invalid(
                url.equals(written.toString()) ? written.getStartOffset() + p.index() : node.getStartOffset(),
                "link \"" + url + "\" is not a valid address: " + p.description(),
                Address.encodingHint(url, "write the address as the browser's address bar shows it")));
    }

    private static final java.util.regex.Pattern SPACED = java.util.regex.Pattern.compile("\\]\\(<([^>\\n]*\\s[^>\\n]*)>\\)");

    /**
     * Reports each link written {@code [text](<address with a space>)}: the parser takes it for text, so the page
     * would show it as written, and the address needs its space percent-encoded to be a link at all.
     */
    static void spacedDestinations(String body, org.dossier.diag.SourceText file, int bodyLine, org.dossier.diag.Diagnostics diagnostics) {
        if (body.indexOf("](<") < 0) {
            return;
        }
        java.util.regex.Matcher m = SPACED.matcher(body);
        while (m.find()) {
            String url = m.group(1);
            int offset = m.start(1) + Address.problem(url).map(Address.Problem::index).orElse(0);
            int line = bodyLine + (int) body.substring(0, offset).chars().filter(c -> c == '\n').count();
            diagnostics.add(org.dossier.diag.Diagnostic.error(file, line, column(offset, body), INVALID_CODE,
                    "link \"" + url + "\" is not a valid address: " + Address.problem(url).map(Address.Problem::description).orElse("it holds a space"),
                    Address.encodingHint(url, "percent-encode its spaces as %20")));
        }
    }

    /** The file's line of a node of a body that starts on {@code bodyLine}. */
    static int line(Node node, int bodyLine) {
        return bodyLine + node.getLineNumber();
    }

    /** The file's line of a character of the node's body, which starts on {@code bodyLine}. */
    static int line(Node node, int offset, int bodyLine) {
        return bodyLine + node.getDocument().getLineNumber(offset);
    }

    /** The 1-based column of a node in {@code body}. */
    static int column(Node node, String body) {
        return column(node.getStartOffset(), body);
    }

    /** The 1-based column of a character of {@code body}. */
    static int column(int offset, String body) {
        return offset - (body.lastIndexOf('\n', offset - 1) + 1) + 1;
    }
}
