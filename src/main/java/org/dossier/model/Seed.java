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
}
