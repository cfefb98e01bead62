package org.dossier.source;

import org.dossier.normalize.TextMatch;

import java.util.List;
import java.util.Optional;

/**
 * A letter's quoted count words (stated_count_as_printed, unnamed_as_printed) against the letter and against the
 * counts they support: the qualifier printed with the number kept, and no other; no range, percentage or number cut
 * from a longer one given as a count; and the one number the words state equal to the count. A count the letter does
 * not print, or prints otherwise, would be shown as the letter's.
 */
final class CountChecks {
    private CountChecks() {
    }

    /**
     * Quoted count words must keep the qualifier the letter prints with the number: "30 organizations" quoted from
     * "over 30 organizations" would have the count shown, and checked, as exact. Nor may they carry one the letter
     * does not print there: "30 organizations and more" cut from "30 organizations and more individuals" would have
     * it shown as at least 30.
     */
    static void checkQualifierKept(Fields f, String field, String quote, String seedText, Readable[] readable) {
        if (seedText == null) {
            return;
        }
        if (readable[0] == null) {
            readable[0] = Readable.of(seedText);
        }
        String count = field.equals("unnamed_as_printed") ? "unnamed_count" : "stated_count";
        Optional<CountQualifiers.NumberPrinted> otherwise = CountQualifiers.numberPrintedOtherwise(quote, readable[0].text(), readable[0].lineBreaks());
        if (otherwise.isPresent() && otherwise.get().numbers().isEmpty()) {
            f.error(f.at(field), "part-of-word", field + " \"" + quote + "\" is part of words that state no number where the letter prints it: \""
                    + otherwise.get().words() + "\"", "the letter gives no one count there, and a number cut from its words states another: "
                    + (field.equals("unnamed_as_printed") ? "leave unnamed_count and unnamed_as_printed out"
                    : "write stated_count: not stated and leave stated_count_as_printed out"));
            return;
        }
        if (otherwise.isPresent() && otherwise.get().cut()) {
            CountQualifiers.NumberPrinted cut = otherwise.get();
            long whole = cut.numbers().get(0);
            String states = whole > Integer.MAX_VALUE ? String.valueOf(whole) : CountQualifiers.of(cut.words()).show((int) whole); // 百数十団体: more than 100
            f.error(f.at(field), "part-of-word", field + " \"" + quote + "\" is part of a longer number where the letter prints it: \""
                            + cut.words() + "\", which states " + states,
                    "write " + field + ": \"" + cut.words() + "\" and " + count + ": " + cut.numbers().get(0)
                            + ", if the letter so counts the signatories; a number cut from a longer one states another count");
            return;
        }
        if (otherwise.isPresent()) {
            CountQualifiers.NumberPrinted split = otherwise.get();
            f.error(f.at(field), "inconsistent", field + " \"" + quote + "\" reads as one number, " + split.quoted()
                            + ", where the letter prints " + String.join(" and ", split.numbers().stream().map(String::valueOf).toList())
                            + " apart" + (split.onLines() ? ", on two lines" : "") + ": \"" + split.words() + "\"",
                    "quote only the letter's words that state the count; if it states none, "
                            + (field.equals("unnamed_as_printed") ? "leave unnamed_count and unnamed_as_printed out"
                            : "write stated_count: not stated and leave stated_count_as_printed out"));
            return;
        }
        Optional<String> percentage = CountQualifiers.percentage(quote, readable[0].text(), readable[0].lineBreaks());
        if (percentage.isPresent()) {
            f.error(f.at(field), "not-a-count", field + " \"" + quote + "\" is a percentage where the letter prints it, not a count: \""
                            + percentage.get() + "\"",
                    "a percentage counts no signatories: quote the letter's words that state the count; if it states none, "
                            + (field.equals("unnamed_as_printed") ? "leave unnamed_count and unnamed_as_printed out"
                            : "write stated_count: not stated and leave stated_count_as_printed out"));
            return; // the qualifier of a percentage is no count's either
        }
        Optional<String> range = CountQualifiers.rangeEnd(quote, readable[0].text(), readable[0].lineBreaks());
        if (range.isPresent()) {
            f.error(f.at(field), "count-is-a-range", field + " \"" + quote + "\" is one end of a range the letter prints: \""
                    + range.get() + "\"", rangeHint(field));
            return; // its qualifier, if any, is the range's
        }
        Optional<String> others = field.equals("stated_count_as_printed")
                ? CountQualifiers.othersCounted(quote, readable[0].text(), readable[0].lineBreaks()) : Optional.empty();
        if (others.isPresent()) {
            f.error(f.at(field), "count-of-others", field + " \"" + quote + "\" counts signatories besides those the letter names,"
                            + " not all of them: \"" + others.get() + "\"",
                    "give that count as unnamed_count, with unnamed_as_printed: \"" + others.get() + "\"; stated_count is the"
                            + " total the letter states, or not stated");
            return;
        }
        Optional<CountQualifiers.TwoWays> twoWays = CountQualifiers.overTwoWays(quote, readable[0].text(), readable[0].lineBreaks());
        if (twoWays.isPresent()) {
            long n = twoWays.get().number();
            f.error(f.at(field), "count-is-ambiguous", field + " \"" + quote + "\" reads two ways where the letter prints it: \""
                            + twoWays.get().words() + "\" is more than " + n + " if \"over\" bounds the number, or exactly " + n
                            + " if it goes with the verb (\"took over\" as took charge of, \"turned over\" as handed over)",
                    "pages would show one reading as the letter's: quote other words of the letter that state the count; if it states"
                            + " none, " + (field.equals("unnamed_as_printed") ? "leave unnamed_count and unnamed_as_printed out"
                            : "write stated_count: not stated and leave stated_count_as_printed out"));
            return;
        }
        CountQualifiers.leftOut(quote, readable[0].text(), readable[0].lineBreaks()).ifPresent(left -> f.error(f.at(field), "qualifier-left-out",
                field + " \"" + quote + "\" leaves out \"" + left.qualifier() + "\", which the letter prints with the number: \""
                        + left.words() + "\"",
                "write " + field + ": \"" + left.words() + "\", so that the count is shown and checked as the letter gives it, not as exact"));
        CountQualifiers.notInSource(quote, readable[0].text(), readable[0].lineBreaks()).ifPresent(not -> f.error(f.at(field),
                "qualifier-not-in-source", field + " \"" + quote + "\" would show the count as \"" + not.quoted()
                        + "\", which the letter does not print: it reads \"" + not.words() + "\"",
                (not.printed().isExact() ? "the letter gives exactly " + not.number() + " there: " : "")
                        + "write " + field + ": \"" + not.instead() + "\", so that the count is shown and checked as the letter gives it"));
    }

    /** What {@code count-is-a-range} advises for the field. */
    private static String rangeHint(String field) {
        return "the letter gives no one count there, and pages cannot show a range as the count: "
                + (field.equals("unnamed_as_printed") ? "leave unnamed_count and unnamed_as_printed out"
                : "write stated_count: not stated and leave stated_count_as_printed out")
                + ", rather than give one end of the range as exact";
    }

    /** The range the quoted count words print, if they print one ("30–40 organizations"). */
    private static Optional<PrintedNumbers.Range> range(String asPrinted) {
        return PrintedNumbers.ranges(PrintedNumbers.Folded.of(TextMatch.normalize(asPrinted)).text()).stream().findFirst();
    }

    private static void rangeError(Fields f, String field, String asPrinted, PrintedNumbers.Range range) {
        f.error(f.at(field), "count-is-a-range", field + " \"" + asPrinted + "\" gives a range, " + range.show() + ", not one count",
                rangeHint(field));
    }

    /**
     * The stated count must be the one number its printed words state: a count the letter does not print, or
     * prints otherwise, would be invented. {@code stated} is -1 for "not stated".
     */
    static void checkStatedCount(Fields f, int stated, String asPrinted) {
        List<Long> numbers = PrintedNumbers.in(asPrinted);
        String none = "if the letter states no count, write stated_count: not stated and leave stated_count_as_printed out";
        if (stated < 0) {
            f.error(f.at("stated_count_as_printed"), "inconsistent", "stated_count_as_printed is given but stated_count is \"not stated\"",
                    numbers.size() == 1 && range(asPrinted).isEmpty() ? "the words state " + numbers.get(0) + ": write stated_count: " + numbers.get(0)
                            + "; or leave stated_count_as_printed out"
                            : "give the count in stated_count, or leave stated_count_as_printed out");
        } else if (range(asPrinted).isPresent()) { // an end in words states no number: 数十～百団体 states one
            rangeError(f, "stated_count_as_printed", asPrinted, range(asPrinted).get());
        } else if (numbers.size() > 1) {
            f.error(f.at("stated_count_as_printed"), "inconsistent", "stated_count_as_printed \"" + asPrinted
                            + "\" states more than one number (" + String.join(", ", numbers.stream().map(String::valueOf).toList()) + ")",
                    "quote only the letter's words that state the number of signatories, such as \"32 organizations\"; " + none);
        } else if (numbers.isEmpty()) {
            f.error(f.at("stated_count_as_printed"), "inconsistent", "stated_count_as_printed \"" + asPrinted
                            + "\" states no number, so it does not support stated_count " + stated,
                    "quote the letter's words that state the count, such as \"32 organizations\" (digits, or words such as"
                            + " thirty-two); " + none);
        } else if (numbers.get(0) != stated) {
            f.error(f.at("stated_count"), "inconsistent", "stated_count " + stated + " differs from stated_count_as_printed \""
                            + asPrinted + "\", which states " + numbers.get(0),
                    "write the number the letter prints: stated_count: " + numbers.get(0) + "; or, if the letter states "
                            + stated + " in other words, quote those in stated_count_as_printed");
        }
    }

    /** The count of signatories left unnamed against the words it quotes, as the stated count is. */
    static void checkUnnamedCount(Fields f, int unnamed, String asPrinted) {
        List<Long> numbers = PrintedNumbers.in(asPrinted);
        if (range(asPrinted).isPresent()) {
            rangeError(f, "unnamed_as_printed", asPrinted, range(asPrinted).get());
        } else if (numbers.size() != 1) {
            f.error(f.at("unnamed_as_printed"), "inconsistent", "unnamed_as_printed \"" + asPrinted + "\" states "
                            + (numbers.isEmpty() ? "no number" : "more than one number (" + String.join(", ", numbers.stream().map(String::valueOf).toList()) + ")")
                            + ", so it does not support unnamed_count " + unnamed,
                    "quote the letter's words that state how many are not named, such as \"2 other organizations\"; if it states no number, leave unnamed_count and unnamed_as_printed out");
        } else if (numbers.get(0) != unnamed) {
            f.error(f.at("unnamed_count"), "inconsistent", "unnamed_count " + unnamed + " differs from unnamed_as_printed \""
                            + asPrinted + "\", which states " + numbers.get(0),
                    "write the number the letter prints: unnamed_count: " + numbers.get(0));
        }
    }
}
