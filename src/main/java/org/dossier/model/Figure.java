package org.dossier.model;

import java.math.BigDecimal;

/**
 * A number a source states, as data: which measure, the value, and the words that state it.
 *
 * @param qualifier as stated ("more than"), or ""
 * @param scope     other words of the claim as stated ("from 139 countries and regions"), or ""
 */
public record Figure(String id, String measure, BigDecimal value, String qualifier, String unit, String scope, Quote quote) {
    /** The value for readers, with thousands separators: 5,800. */
    public String displayValue() {
        return String.format(java.util.Locale.ENGLISH, "%,f", value).replaceAll("\\.?0+$", "");
    }
}
