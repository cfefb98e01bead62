package org.dossier.model;

/**
 * A source document exactly as stored in seeds/, or a Markdown document as stored in content/documents/.
 *
 * @param fileName file name inside seeds/
 * @param sha256   lowercase hex SHA-256 of the bytes
 * @param size     size in bytes
 * @param markdown whether the file is a Markdown document with front matter, not a plain-text seed
 */
public record Seed(String fileName, String sha256, long size, boolean markdown) {
    /**
     * The file name as a link writes it: a URL path segment, each UTF-8 byte percent-encoded but for the characters
     * RFC 3986 lets a segment hold as they are (letters, digits, {@code -._~!$&'()*+,;=:@}). A name may hold a space,
     * # or ? (which would end the path), % or an accent; the link then finds the file from disk and on any host.
     */
    public String urlName() {
        StringBuilder out = new StringBuilder(fileName.length() + 16);
        fileName.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append(Address.percent(c));
            }
        });
        return out.toString();
    }
}
