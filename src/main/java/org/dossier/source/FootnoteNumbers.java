package org.dossier.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Footnote numbers glued to the names of a letter's list, as PDF text prints them ("Iraq War Inquiry Network1",
 * "ACAT2"): which digits ending an item are a footnote's number, so that the item stands for the name without them
 * too (see {@link PrintedItems}), and which are the name's own ("G7", "Charter 77").
 */
final class FootnoteNumbers {
    /**
     * A footnote's number as PDF text prints it, in plain digits against the name's last letter ("Iraq War Inquiry
     * Network1"): 1 to 99, after a lower-case letter; "Charter 77" and "Article 19" are printed apart from theirs.
     */
    private static final Pattern FOOTNOTE = Pattern.compile("(?<=\\p{Ll})[1-9][0-9]?$");
    /**
     * The same after a capital ("ACAT2"), read as a footnote's number only when the letter prints that footnote and
     * the word before it has two letters or more (see {@link #footnoteAfterCapital}): the "7" of "G7" is never one.
     */
    private static final Pattern FOOTNOTE_AFTER_CAPITAL = Pattern.compile("(?<=\\p{Lu})[1-9][0-9]?$");
    /**
     * A footnote as a letter prints it, at the start of a line: "2 The network…", "² The network…", and as notes at the
     * end of a text are numbered, "2. The network…", "2) …", "(2) …", "[2] …".
     */
    private static final Pattern FOOTNOTE_LINE = Pattern.compile(
            "^(?:(?:\\[([1-9][0-9]?)\\]|\\(([1-9][0-9]?)\\)|([1-9][0-9]?)[.)]?)\\s+\\D|([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+))");
    /** A footnote's mark set as a superscript: "ACAT<sup>2</sup>". */
    private static final Pattern SUPERSCRIPT = Pattern.compile("(?i)<sup>\\s*([1-9][0-9]?)\\s*</sup>");
    /** Digits that end an item against its last letter, of any case: perhaps a footnote's number, perhaps the name's. */
    private static final Pattern GLUED_DIGITS = Pattern.compile("(?<=\\p{L})[1-9][0-9]?$");
    /** The letter's lines as printed, tags and all (a superscript is read there). */
    private final List<String> raw;
    /** For each footnote the letter prints at the start of a line, the first line that prints it. */
    private final java.util.Map<String, Integer> footnotes = new java.util.HashMap<>();

    FootnoteNumbers(List<String> raw) {
        this.raw = raw;
    }

    /** Notes the footnote a line ({@code stripped}, as read for names) prints at its start, if it prints one. */
    void read(String stripped, int line) {
        java.util.regex.Matcher footnote = FOOTNOTE_LINE.matcher(stripped);
        if (footnote.find()) {
            String number = footnote.group(4) != null ? superscriptDigits(footnote.group(4))
                    : java.util.stream.Stream.of(footnote.group(1), footnote.group(2), footnote.group(3))
                    .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
            footnotes.putIfAbsent(number, line);
        }
    }

    /** Where the footnote's number that ends the item starts, when its digits are one; else -1. */
    int numberStart(String words, int line) {
        java.util.regex.Matcher footnote = FOOTNOTE.matcher(words);
        return footnote.find() ? footnote.start() : footnoteAfterCapital(words, line);
    }

    /**
     * Where the item's footnote number starts when it stands against a capital ("ACAT2", "NGO1") and the letter prints
     * that footnote, set as a superscript on the item's line or starting a later line, and the word before it has two
     * letters or more ("G7" is the name's, and "Charter 77" prints its number apart); else -1.
     */
    private int footnoteAfterCapital(String words, int line) {
        java.util.regex.Matcher digits = FOOTNOTE_AFTER_CAPITAL.matcher(words);
        if (!digits.find()) {
            return -1;
        }
        String word = words.substring(words.lastIndexOf(' ', digits.start()) + 1, digits.start());
        if (word.codePoints().filter(Character::isLetter).count() < 2) {
            return -1;
        }
        String number = digits.group();
        java.util.regex.Matcher sup = SUPERSCRIPT.matcher(raw.get(line));
        while (sup.find()) {
            if (sup.group(1).equals(number)) {
                return digits.start();
            }
        }
        Integer printed = footnotes.get(number);
        return printed != null && printed > line ? digits.start() : -1;
    }

    private static String superscriptDigits(String marks) {
        StringBuilder digits = new StringBuilder();
        marks.codePoints().forEach(c -> digits.append(switch (c) {
            case 0x00B9 -> '1';
            case 0x00B2 -> '2';
            case 0x00B3 -> '3';
            default -> (char) ('0' + c - 0x2070);
        }));
        return digits.toString();
    }

    /**
     * For an item that is the name and digits against its last letter, which were not read as a footnote's number
     * (after a capital, see {@link #footnoteAfterCapital}): what the digits may be; else "".
     */
    static String footnoteOrName(String item, String name) {
        java.util.regex.Matcher digits = GLUED_DIGITS.matcher(item);
        if (!digits.find() || !item.substring(0, digits.start()).equals(name)) {
            return "";
        }
        return "its \"" + digits.group() + "\" is taken as part of the name, not as a footnote's number, which after a capital is read"
                + " as one only when the letter prints that footnote (a later line starting \"" + digits.group() + " \", or a superscript)"
                + " and the word before it has two letters or more (the \"7\" of \"G7\" is the name's); ";
    }
}
