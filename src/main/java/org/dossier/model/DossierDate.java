package org.dossier.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: a day, a month, a year, or not stated at all; {@code bound} marks a date the
 * source gives as a limit, not as the day something happened: the start of an open range ("since 2007"), its end
 * ("until 2025"), a deadline ("by 2025") or the day a state is told ("as of April 2024"). Month and day are 0 when
 * the precision does not reach them.
 */
public record DossierDate(Precision precision, int year, int month, int day, Bound bound) implements Comparable<DossierDate> {
    public static final String NOT_STATED_TEXT = "not stated";
    public static final DossierDate NOT_STATED = new DossierDate(Precision.NOT_STATED, 0, 0, 0);

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How a date bounds what it dates; none for the date of the thing itself. */
    public enum Bound {
        NONE(""), SINCE("since"), UNTIL("until"), BY("by"), AS_OF("as of");

        private final String word;

        Bound(String word) {
            this.word = word;
        }

        /** As the metadata and pages write it before the date: "since", "until", "by", "as of"; "" for none. */
        public String word() {
            return word;
        }
    }

    public DossierDate(Precision precision, int year, int month, int day) {
        this(precision, year, month, day, Bound.NONE);
    }

    /** This date with the bound. */
    public DossierDate bounded(Bound to) {
        return new DossierDate(precision, year, month, day, to);
    }

    /**
     * Also accepts a date after "since" (an open range), "until" (its end), "by" (a deadline) or "as of" (a state told
     * then): "since 2007", "until 2025-06", "by 2025-06-30", "as of 2024-04".
     */
    public static Optional<DossierDate> parseRange(String text) {
        for (Bound b : Bound.values()) {
            if (b != Bound.NONE && text.startsWith(b.word() + " ")) {
                return parse(text.substring(b.word().length() + 1)).filter(DossierDate::isStated).map(d -> d.bounded(b));
            }
        }
        return parse(text);
    }

    public enum Precision {
        DAY("day"), MONTH("month"), YEAR("year"), NOT_STATED("not stated");

        private final String label;

        Precision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Parses YYYY-MM-DD, YYYY-MM, YYYY or "not stated"; empty when the text is none of these or no real date. */
    public static Optional<DossierDate> parse(String text) {
        if (NOT_STATED_TEXT.equals(text)) {
            return Optional.of(NOT_STATED);
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(3) != null) {
                LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return Optional.of(new DossierDate(Precision.DAY, d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
            }
            if (m.group(2) != null) {
                int month = Integer.parseInt(m.group(2));
                Month.of(month);
                return Optional.of(new DossierDate(Precision.MONTH, year, month, 0));
            }
            return Optional.of(new DossierDate(Precision.YEAR, year, 0, 0));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The month names and abbreviations sources print, each with its month; a longer spelling before its own prefix. */
    private static final String MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final String DAY_OF_MONTH = "(\\d{1,2})(?:st|nd|rd|th)?";

    /** A weekday, in English (Tuesday, Tue., Tues) or Japanese ((火), 火曜日), which a printed date may carry. */
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\(\\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?\\s*\\)"
                    + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\b\\.?"
                    + "|\\(\\s*[月火水木金土日](?:曜日?)?\\s*\\)|[月火水木金土日]曜日?",
            Pattern.CASE_INSENSITIVE);

    /** One form of a printed date, and how its groups make the date (empty when they make no real one). */
    private record PrintedForm(Pattern pattern, Function<Matcher, Optional<DossierDate>> read) {
        PrintedForm(String regex, Function<Matcher, Optional<DossierDate>> read) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), read);
        }
    }

    private static final List<PrintedForm> PRINTED_FORMS = List.of(
            // 2023-12-07, 2023/12/7, 2023.12.7; 2023/12; 2023
            new PrintedForm("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})", m -> of(m.group(1), m.group(3), m.group(4))),
            new PrintedForm("(\\d{4})[-/.](\\d{1,2})", m -> of(m.group(1), m.group(2), null)),
            new PrintedForm("(\\d{4})", m -> of(m.group(1), null, null)),
            // 7/12/2023 or 12/7/2023: read only when one of the two numbers can be the day alone, or both are the same
            new PrintedForm("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})", m -> dayOrMonthFirst(m.group(4), m.group(1), m.group(3))),
            new PrintedForm("(\\d{1,2})[-/.](\\d{4})", m -> of(m.group(2), m.group(1), null)),
            // 7 December 2023, 10th December, 2024, 7th of December 2023, 7 Dec. 2023
            new PrintedForm(DAY_OF_MONTH + "(?: of)? (" + MONTH_NAMES + ")\\.?,? (\\d{4})", m -> named(m.group(3), m.group(2), m.group(1))),
            // December 7, 2023, Dec. 7th 2023
            new PrintedForm("(" + MONTH_NAMES + ")\\.? " + DAY_OF_MONTH + ",? (\\d{4})", m -> named(m.group(3), m.group(1), m.group(2))),
            // June 2025, June, 2025
            new PrintedForm("(" + MONTH_NAMES + ")\\.?,? (\\d{4})", m -> named(m.group(2), m.group(1), null)),
            // 2023年12月7日, 2023年12月, 2023年
            new PrintedForm("(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日", m -> of(m.group(1), m.group(2), m.group(3))),
            new PrintedForm("(\\d{4}) ?年 ?(\\d{1,2}) ?月", m -> of(m.group(1), m.group(2), null)),
            new PrintedForm("(\\d{4}) ?年", m -> of(m.group(1), null, null)),
            // 30-May-2024
            new PrintedForm("(\\d{1,2})-(" + MONTH_NAMES + ")\\.?-(\\d{4})", m -> named(m.group(3), m.group(2), m.group(1))),
            // 令和6年5月30日, 平成31年4月, 令和元年: a Japanese era's year (Reiwa from 2019, Heisei from 1989)
            new PrintedForm("(令和|平成) ?(\\d{1,2}|元) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日", m -> of(era(m.group(1), m.group(2)), m.group(3), m.group(4))),
            new PrintedForm("(令和|平成) ?(\\d{1,2}|元) ?年 ?(\\d{1,2}) ?月", m -> of(era(m.group(1), m.group(2)), m.group(3), null)),
            new PrintedForm("(令和|平成) ?(\\d{1,2}|元) ?年", m -> of(era(m.group(1), m.group(2)), null, null)));

    /** The Gregorian year of a year of the Reiwa or Heisei era (元 is its first year). */
    private static String era(String era, String year) {
        int n = year.equals("元") ? 1 : Integer.parseInt(year);
        return String.valueOf((era.equals("令和") ? 2018 : 1988) + n);
    }

    /**
     * Reads a date as a source prints it: 2023-12-07, 2023/12/7, 7 December 2023, December 7, 2023, Dec. 7, 2023,
     * 10th December, 2024, June 2025, 2025, 2023年12月7日 or 2023年12月, at the precision printed; a weekday in it is
     * left aside, and full-width digits are read as digits. Empty when the text is none of these (other words, a
     * range, a year of an era), is no real date, or is a day and month written as numbers that could be read either
     * way round (7/12/2023): the order is never guessed.
     */
    public static Optional<DossierDate> readPrinted(String printed) {
        String text = plainPrinted(printed); // a sentence's full stop after the date is not part of it
        for (PrintedForm form : PRINTED_FORMS) {
            Matcher m = form.pattern().matcher(text);
            if (m.matches()) {
                return form.read().apply(m);
            }
        }
        return Optional.empty();
    }

    /** A day and month printed without a year: "May 30", "30 May", "30th of May", "Thursday, May 30", "5月30日". */
    private static final List<Pattern> MONTH_DAY_FORMS = List.of(
            Pattern.compile("(" + MONTH_NAMES + ")\\.? " + DAY_OF_MONTH, Pattern.CASE_INSENSITIVE),
            Pattern.compile(DAY_OF_MONTH + "(?: of)? (" + MONTH_NAMES + ")\\.?", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(\\d{1,2}) ?月 ?(\\d{1,2}) ?日"));

    /**
     * A day and month that a source prints without a year ("May 30", "30 May", "5月30日"), which {@link #readPrinted}
     * does not read, as a date of the given year: the year is the metadata's, the month and day the source's. Empty
     * when the text is no such day (or no real one in that year).
     */
    public static Optional<DossierDate> readPrintedMonthDay(String printed, int year) {
        String text = plainPrinted(printed);
        for (int form = 0; form < MONTH_DAY_FORMS.size(); form++) {
            Matcher m = MONTH_DAY_FORMS.get(form).matcher(text);
            if (m.matches()) {
                String y = digits(year, 4);
                return switch (form) {
                    case 0 -> named(y, m.group(1), m.group(2));
                    case 1 -> named(y, m.group(2), m.group(1));
                    default -> of(y, m.group(1), m.group(2));
                };
            }
        }
        return Optional.empty();
    }

    /**
     * A fiscal year a source prints, "2024年度", "令和6年度", "FY2024", "FY 2024", "fiscal year 2024": its number, as a
     * Gregorian year; empty when the text is none. A Japanese fiscal year (年度) runs from April of that year to March
     * of the next; "FY" may start a year before its number (a US fiscal year starts in October).
     */
    public static Optional<Integer> readPrintedFiscalYear(String printed) {
        String text = plainPrinted(printed);
        Matcher japanese = JAPANESE_FISCAL_YEAR.matcher(text);
        if (japanese.matches()) {
            return Optional.of(Integer.parseInt(japanese.group(1) != null ? era(japanese.group(1), japanese.group(2)) : japanese.group(3)));
        }
        Matcher english = FISCAL_YEAR.matcher(text);
        return english.matches() ? Optional.of(Integer.parseInt(english.group(1))) : Optional.empty();
    }

    /** Whether a Japanese fiscal year ("年度") is printed, which runs from April to March, rather than an "FY" of another country. */
    public static boolean isJapaneseFiscalYear(String printed) {
        return JAPANESE_FISCAL_YEAR.matcher(plainPrinted(printed)).matches();
    }

    private static final Pattern JAPANESE_FISCAL_YEAR = Pattern.compile("(?:(令和|平成) ?(\\d{1,2}|元)|(\\d{4})) ?年度");
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?:FY|fiscal year) ?(\\d{4})", Pattern.CASE_INSENSITIVE);

    /** A printed date's text as the forms read it: full-width digits as digits, without a weekday or a full stop after it. */
    private static String plainPrinted(String printed) {
        String text = java.text.Normalizer.normalize(printed, java.text.Normalizer.Form.NFKC);
        return WEEKDAY.matcher(text).replaceAll(" ")
                .replaceAll("\\s+", " ")
                .replaceAll(" ,", ",")
                .replaceAll("^[\\s,]+|[\\s,.]+$", "");
    }

    private static Optional<DossierDate> of(String year, String month, String day) {
        String iso = year + (month == null ? "" : "-" + digits(Integer.parseInt(month), 2))
                + (day == null ? "" : "-" + digits(Integer.parseInt(day), 2));
        return parse(iso);
    }

    private static Optional<DossierDate> named(String year, String monthName, String day) {
        String name = monthName.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(name) || full.startsWith(name) && name.length() >= 3) {
                return of(year, String.valueOf(month.getValue()), day);
            }
        }
        return Optional.empty();
    }

    /** a/b/yyyy: a day and a month in an order not printed; read only when just one order makes a date, or both make the same. */
    private static Optional<DossierDate> dayOrMonthFirst(String year, String a, String b) {
        Optional<DossierDate> dayFirst = of(year, b, a);
        Optional<DossierDate> monthFirst = of(year, a, b);
        if (dayFirst.isPresent() && monthFirst.isPresent() && !dayFirst.equals(monthFirst)) {
            return Optional.empty();
        }
        return dayFirst.or(() -> monthFirst);
    }

    /**
     * Whether this date includes the other at its own precision: the same year, and the same month and day as far as
     * this date states them (2025 and 2025-06 include 2025-06-02; 2025-06-02 does not include 2025-06).
     */
    public boolean includes(DossierDate other) {
        if (!isStated() || !other.isStated() || other.precision.compareTo(precision) > 0 || year != other.year) {
            return false;
        }
        return (precision == Precision.YEAR || month == other.month) && (precision != Precision.DAY || day == other.day);
    }

    public boolean isStated() {
        return precision != Precision.NOT_STATED;
    }

    /** ISO form at the date's own precision: 2023-12-07, 2023-12, 2023; "" when not stated. */
    public String iso() {
        return switch (precision) {
            case DAY -> digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2);
            case MONTH -> digits(year, 4) + "-" + digits(month, 2);
            case YEAR -> digits(year, 4);
            case NOT_STATED -> "";
        };
    }

    /** The number with leading zeros to the width; String.format is slow on pages that print thousands of dates. */
    private static String digits(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** For readers: 7 December 2023, December 2023, 2023, since 2007, by 2025, as of April 2024, or "not stated". */
    public String display() {
        return (bound == Bound.NONE ? "" : bound.word() + " ") + point();
    }

    /** The date as the metadata writes it: 2007, since 2007, by 2025-06-30. */
    public String written() {
        return (bound == Bound.NONE ? "" : bound.word() + " ") + iso();
    }

    private String point() {
        String monthName = month == 0 ? "" : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (precision) {
            case DAY -> day + " " + monthName + " " + year;
            case MONTH -> monthName + " " + year;
            case YEAR -> String.valueOf(year);
            case NOT_STATED -> NOT_STATED_TEXT;
        };
    }

    private static final Comparator<DossierDate> ORDER = Comparator
            .comparing((DossierDate d) -> !d.isStated())
            .thenComparingInt(DossierDate::year)
            .thenComparingInt(DossierDate::month)
            .thenComparingInt(DossierDate::day)
            .thenComparing(DossierDate::bound);

    /** Chronological; a less precise date sorts before the more precise dates it contains; undated last. */
    @Override
    public int compareTo(DossierDate other) {
        return ORDER.compare(this, other);
    }
}
