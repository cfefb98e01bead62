package org.dossier.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: a day, a month, a year, or not stated at all; {@code since} marks an open
 * range that starts then ("since 2007"). Month and day are 0 when the precision does not reach them.
 */
public record DossierDate(Precision precision, int year, int month, int day, boolean since) implements Comparable<DossierDate> {
    public static final String NOT_STATED_TEXT = "not stated";
    public static final DossierDate NOT_STATED = new DossierDate(Precision.NOT_STATED, 0, 0, 0);

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final String SINCE = "since ";

    public DossierDate(Precision precision, int year, int month, int day) {
        this(precision, year, month, day, false);
    }

    /** Also accepts "since YYYY", "since YYYY-MM" and "since YYYY-MM-DD", for an open range. */
    public static Optional<DossierDate> parseRange(String text) {
        if (text.startsWith(SINCE)) {
            return parse(text.substring(SINCE.length()))
                    .filter(DossierDate::isStated)
                    .map(d -> new DossierDate(d.precision(), d.year(), d.month(), d.day(), true));
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

    /** For readers: 7 December 2023, December 2023, 2023, since 2007, or "not stated". */
    public String display() {
        return (since ? "since " : "") + displayPoint();
    }

    private String displayPoint() {
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
            .thenComparing(DossierDate::since);

    /** Chronological; a less precise date sorts before the more precise dates it contains; undated last. */
    @Override
    public int compareTo(DossierDate other) {
        return ORDER.compare(this, other);
    }
}
