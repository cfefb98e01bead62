package org.dossier.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a link's address may hold as it is written: the syntax of a URI (RFC 2396, as {@link URI} parses it), which is
 * what the HTML checker holds a page's {@code href} to. A space, {@code " < > \ ^ ` { | }}, a bracket outside a
 * host, a second {@code #} or a {@code %} that starts no {@code %XX} must be percent-encoded; letters of any script
 * may stand as they are.
 */
public final class Address {
    private static final String HEX = "0123456789ABCDEF";

    private Address() {
    }

    /**
     * Why an address cannot be written as it is.
     *
     * @param index       where, in chars from the start
     * @param description what is wrong there, such as {@code "|" (character 22) must be percent-encoded, as %7C}
     * @param encodable   whether percent-encoding the character at {@code index} mends it
     */
    public record Problem(int index, String description, boolean encodable) {
    }

    /** The first thing wrong with the address, or empty when a link can hold it as it is. */
    public static Optional<Problem> problem(String url) {
        if (isPlain(url)) {
            return Optional.empty(); // most links a site holds: no need to parse them
        }
        try {
            URI uri = new URI(url);
            // URI lets a bracket stand in a query or fragment and a port be any word; the HTML checker does not
            int rest = uri.getRawAuthority() == null ? 0 : url.indexOf(uri.getRawAuthority()) + uri.getRawAuthority().length();
            for (int i = rest; i < url.length(); i++) {
                char c = url.charAt(i);
                if (c == '[' || c == ']') {
                    return Optional.of(new Problem(i, shown(c) + " (character " + (url.codePointCount(0, i) + 1)
                            + ") must be percent-encoded, as " + percent(c), true));
                }
            }
            String authority = uri.getRawAuthority();
            if (authority != null && uri.getHost() == null) {
                int colon = authority.lastIndexOf(':');
                if (colon >= 0 && !authority.endsWith("]") && !authority.substring(colon + 1).chars().allMatch(Character::isDigit)) {
                    return Optional.of(new Problem(url.indexOf(authority) + colon + 1, "the port \"" + authority.substring(colon + 1)
                            + "\" is not a number", false));
                }
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            int i = e.getIndex();
            String at = i >= 0 ? " (character " + (url.codePointCount(0, Math.min(i, url.length())) + 1) + ")" : "";
            if (i >= 0 && i < url.length()) {
                int c = url.codePointAt(i);
                if (c == '%') {
                    return Optional.of(new Problem(i, "\"%\"" + at + " starts no %XX escape: write it as %25", true));
                }
                if (!Character.isLetterOrDigit(c)) {
                    return Optional.of(new Problem(i, shown(c) + at + " must be percent-encoded, as " + percent(c), true));
                }
            }
            String reason = e.getReason();
            reason = reason.isEmpty() ? "it cannot be read" : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
            return Optional.of(new Problem(i, reason + at, false));
        }
    }

    /**
     * The address with every character it cannot hold as it is percent-encoded, or empty when something else is
     * wrong with it (an {@code http://} with no host). Nothing else is changed.
     */
    public static Optional<String> encoded(String url) {
        String s = url;
        for (int guard = 0; guard <= url.length(); guard++) {
            Optional<Problem> p = problem(s);
            if (p.isEmpty()) {
                return Optional.of(s);
            }
            if (!p.get().encodable()) {
                return Optional.empty();
            }
            int i = p.get().index();
            int c = s.codePointAt(i);
            s = s.substring(0, i) + percent(c) + s.substring(i + Character.charCount(c));
        }
        return Optional.empty();
    }

    /** A hint that gives the address percent-encoded, when that mends it, or else {@code otherwise}. */
    public static String encodingHint(String url, String otherwise) {
        return encoded(url).map(e -> "percent-encode it: " + e).orElse(otherwise);
    }

    /**
     * Whether the address is a relative path of {@code [A-Za-z0-9._~-]} and slashes, perhaps with one {@code #}
     * fragment of the same, not starting with {@code //}: such an address is a valid URI.
     */
    private static boolean isPlain(String url) {
        if (url.startsWith("//")) {
            return false;
        }
        boolean fragment = false;
        for (int i = 0, n = url.length(); i < n; i++) {
            char c = url.charAt(i);
            if (c == '#' && !fragment) {
                fragment = true;
            } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '~' || c == '-' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    private static String shown(int c) {
        if (c == ' ') {
            return "a space";
        }
        if (Character.isISOControl(c) || Character.isSpaceChar(c)) {
            return String.format(Locale.ROOT, "U+%04X", c);
        }
        return "\"" + new String(Character.toChars(c)) + "\"";
    }

    /** The character's UTF-8 bytes, each written %XX. */
    static String percent(int c) {
        StringBuilder out = new StringBuilder();
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
        }
        return out.toString();
    }
}
