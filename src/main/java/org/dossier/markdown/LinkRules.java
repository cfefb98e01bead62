package org.dossier.markdown;

import com.vladsch.flexmark.util.ast.Node;

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

    /** The file's line of a node of a body that starts on {@code bodyLine}. */
    static int line(Node node, int bodyLine) {
        return bodyLine + node.getLineNumber();
    }

    /** The 1-based column of a node in {@code body}. */
    static int column(Node node, String body) {
        int offset = node.getStartOffset();
        return offset - (body.lastIndexOf('\n', offset - 1) + 1) + 1;
    }
}
