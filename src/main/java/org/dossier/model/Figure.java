package org.dossier.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number a source states, as data: which measure, the value, and the words that state it.
 *
 * @param qualifier as stated ("more than"), or ""
 * @param scope     other words of the claim as stated ("from 139 countries and regions"), or ""
 */
public record Figure(String id, String measure, BigDecimal value, String qualifier, String unit, String scope, Quote quote) {
    /** A number as a quote may print it: 5,800, 5 800, 5800, 1.5, 17 million. */
    private static final Pattern PRINTED = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:[,\u202F\u00A0 ]\\d{3})+|\\d+)(\\.\\d+)?(?:\\s+(million|billion))?");

    /**
     * The value for readers, as the quote prints it ("17 million", "5,800"): the quote beside it then says the same.
     * Only where no form in the quote states it (a quote the validator did not read), with thousands separators.
     */
    public String displayValue() {
        return printed(quote.text(), value)
                .orElseGet(() -> String.format(java.util.Locale.ENGLISH, "%,f", value).replaceAll("\\.?0+$", ""));
    }

    /**
     * The words of {@code quote} that print {@code value}, the first where several do: digits with or without
     * separators, or "N million" and "N billion". The validator checks a figure's value with it, so that what is
     * shown is what was checked.
     */
    public static Optional<String> printed(String quote, BigDecimal value) {
        Matcher m = PRINTED.matcher(quote);
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group(1).replaceAll("[^0-9]", "") + (m.group(2) == null ? "" : m.group(2)));
            if (m.group(3) != null) {
                n = n.multiply(BigDecimal.TEN.pow(m.group(3).equals("million") ? 6 : 9));
            }
            if (n.compareTo(value) == 0) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }
}
