package org.dossier.source;

import org.dossier.model.DossierDate;

import java.util.Optional;

/**
 * A date against the words date_as_printed quotes for it, in a document or an event: the date the words state, and
 * no more precise; or, for words that state a day without its year or a fiscal year, a date inside them. A date the
 * source does not print would be shown as the source's.
 */
final class DateChecks {
    private DateChecks() {
    }

    /**
     * The date must be the one date_as_printed states, and no more precise than it: a day the source does not print
     * would be invented. Printed words that cannot be read as a date (other words, a range) are only quoted.
     */
    static void checkDateAsPrinted(Fields f, DossierDate date, String asPrinted) {
        checkDateAsPrinted(f, date, asPrinted, LIMIT_AFTER.matcher(LIMIT_BEFORE.matcher(asPrinted).replaceFirst("")).replaceFirst(""));
    }

    /**
     * Words of a limit around a printed date ("as of April 2024", "until 2025", 2024年4月現在): the date is read without
     * them, else none was read and any date passed beside them.
     */
    private static final java.util.regex.Pattern LIMIT_BEFORE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:as of|as at|since|from|by|no later than|not later than|until|till)\\s+");
    /** Japanese words of a limit after a date: 2025年までに (by), 2025年まで (until), 2024年4月現在 (as of), 2007年以降 (since). */
    static final java.util.regex.Pattern LIMIT_AFTER = java.util.regex.Pattern.compile("\\s*(?:までに|まで|現在|時点で?|以降|から)[、。,.]?\\s*$");

    /** As {@link #checkDateAsPrinted(Fields, DossierDate, String)}, reading the date from {@code read}, the words or their end. */
    static void checkDateAsPrinted(Fields f, DossierDate date, String asPrinted, String read) {
        Optional<DossierDate> printed = DossierDate.readPrinted(read);
        if (printed.isEmpty()) {
            checkYearlessOrFiscal(f, date, asPrinted, read);
            return;
        }
        if (date.includes(printed.get())) {
            return;
        }
        // an event's "since 2007" or "by 2025" keeps its word of limit in the message and the hint
        String written = date.bound() == DossierDate.Bound.NONE ? "" : date.bound().word() + " ";
        if (printed.get().includes(date)) {
            f.error(f.at("date"), "inconsistent", "date " + written + date.iso() + " is more precise than date_as_printed \"" + asPrinted
                            + "\", which states a " + printed.get().precision().label() + " only",
                    "write no more than the source prints: date: " + written + printed.get().iso());
        } else {
            f.error(f.at("date"), "inconsistent", "date " + written + date.iso() + " differs from date_as_printed \"" + asPrinted
                            + "\", which states " + printed.get().display(),
                    "write the date the source prints: date: " + written + printed.get().iso() + "; or, if the source prints "
                            + date.display() + " as its date, quote those words in date_as_printed");
        }
    }

    /**
     * Printed words that give a day without its year ("May 30", "5月30日") or a fiscal year ("令和6年度", "FY2024") state
     * no date alone, but they do state a month and day, or a span of a year or so: a date outside them is not the one
     * printed. "May 30" beside date: 2024-06-01, or "令和6年度" (April 2024 to March 2025) beside date: 2019, passed as
     * quoted words; the year of "May 30" is left to the metadata, as the page shows the words printed beside it.
     */
    private static void checkYearlessOrFiscal(Fields f, DossierDate date, String asPrinted, String read) {
        Optional<DossierDate> day = DossierDate.readPrintedMonthDay(read, date.year());
        // 2024 reads 29 February; a day that no year of the date has is no day of it
        Optional<DossierDate> anyYear = day.isPresent() ? day : DossierDate.readPrintedMonthDay(read, 2024);
        if (anyYear.isPresent()) {
            if (day.isPresent() && (date.precision() == DossierDate.Precision.YEAR || date.includes(day.get()))) {
                return;
            }
            DossierDate stated = anyYear.get();
            String monthDay = stated.day() + " " + java.time.Month.of(stated.month()).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            f.error(f.at("date"), "inconsistent", "date " + date.iso() + " differs from date_as_printed \"" + asPrinted
                            + "\", which states " + monthDay + " without a year",
                    "write the day the source prints, in the year the document gives: date: "
                            + new DossierDate(DossierDate.Precision.DAY, date.year(), stated.month(), stated.day()).iso()
                            + "; or, if the source prints " + date.display()
                            + " as its date, quote those words in date_as_printed");
            return;
        }
        Optional<Integer> fiscal = DossierDate.readPrintedFiscalYear(read);
        if (fiscal.isEmpty()) {
            return;
        }
        int y = fiscal.get();
        boolean japanese = DossierDate.isJapaneseFiscalYear(read);
        // a Japanese fiscal year runs from April of its year to March of the next; an "FY" may start the year before
        // (a US fiscal year starts in October of the year before), so it may run from October of the year before to March of the next
        int firstYear = japanese ? y : y - 1;
        boolean inside = date.precision() == DossierDate.Precision.YEAR
                ? date.year() >= firstYear && date.year() <= y
                : date.year() == y && (!japanese || date.month() >= 4) || date.year() == y + 1 && date.month() <= 3
                        || !japanese && date.year() == y - 1 && date.month() >= 10;
        if (!inside) {
            String span = japanese ? "April " + y + " to March " + (y + 1)
                    : "as countries count it, from October " + (y - 1) + " at the earliest to March " + (y + 1) + " at the latest";
            f.error(f.at("date"), "inconsistent", "date " + date.iso() + " is outside date_as_printed \"" + asPrinted
                            + "\", which states the fiscal year " + y + " (" + span + ")",
                    "write a date inside it, such as date: " + y + ", or the date the source prints"
                            + (read.contains("令和") || read.contains("平成") ? "; an era's year is counted from 令和元年 = 2019"
                            + " and 平成元年 = 1989" : ""));
        }
    }
}
