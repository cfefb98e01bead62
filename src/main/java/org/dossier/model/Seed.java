package org.dossier.model;

/**
 * A source document exactly as stored in seeds/.
 *
 * @param fileName file name inside seeds/
 * @param sha256   lowercase hex SHA-256 of the bytes
 * @param size     size in bytes
 * @param text     the bytes decoded as UTF-8
 */
public record Seed(String fileName, String sha256, long size, String text) {
}
