package org.dossier.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FigureTest {
    private static String shown(long value, String quote) {
        return new Figure("f", "measure", BigDecimal.valueOf(value), "", "", "", new Quote("d", 1, quote)).displayValue();
    }

    @Test
    void theValueIsShownAsTheQuotePrintsIt() {
        // found in review: the statement prints "approximately 17 million US dollars", and the figures list showed
        // "approximately 17,000,000 US dollars" in bold beside that quote, a form of the number the source never prints
        assertEquals("17 million", shown(17_000_000, "Japan has allocated approximately 17 million US dollars as a part of the budget"));
        assertEquals("5,800", shown(5800, "more than 5,800 trainees from 139 countries and regions"));
        assertEquals("139", shown(139, "more than 5,800 trainees from 139 countries and regions"));
        assertEquals("5800", shown(5800, "some 5800 trainees since 2010"));
        assertEquals("1.5 billion", shown(1_500_000_000, "a budget of 1.5 billion yen in 2019"));
    }

    @Test
    void aValueNoFormOfTheQuoteStatesIsShownWithThousandsSeparators() {
        assertEquals("12,000", shown(12000, "twelve thousand people"));
        assertEquals("2,019", shown(2019, "in 2010 and 2020"));
    }
}
