package org.dossier.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DossierDateTest {
    @Test
    void parsesEachPrecision() {
        assertEquals(new DossierDate(DossierDate.Precision.DAY, 2023, 12, 7), DossierDate.parse("2023-12-07").orElseThrow());
        assertEquals(new DossierDate(DossierDate.Precision.MONTH, 2024, 2, 0), DossierDate.parse("2024-02").orElseThrow());
        assertEquals(new DossierDate(DossierDate.Precision.YEAR, 2016, 0, 0), DossierDate.parse("2016").orElseThrow());
        assertEquals(DossierDate.NOT_STATED, DossierDate.parse("not stated").orElseThrow());
    }

    @Test
    void rejectsWhatIsNotADate() {
        for (String bad : List.of("2023/12/7", "2023-13", "2023-02-30", "7 December 2023", "Not stated", "23-12-07", "")) {
            assertEquals(Optional.empty(), DossierDate.parse(bad), bad);
        }
    }

    @Test
    void displaysForReaders() {
        assertEquals("7 December 2023", DossierDate.parse("2023-12-07").orElseThrow().display());
        assertEquals("February 2024", DossierDate.parse("2024-02").orElseThrow().display());
        assertEquals("2016", DossierDate.parse("2016").orElseThrow().display());
        assertEquals("not stated", DossierDate.NOT_STATED.display());
        assertEquals("", DossierDate.NOT_STATED.iso());
        assertEquals("2024-02", DossierDate.parse("2024-02").orElseThrow().iso());
    }

    @Test
    void mixedPrecisionsSortChronologicallyWithUndatedLast() {
        List<DossierDate> dates = new ArrayList<>();
        for (String s : List.of("not stated", "2024-05-30", "2024", "2023-12-07", "2024-05", "2025-04-23")) {
            dates.add(DossierDate.parse(s).orElseThrow());
        }
        dates.sort(null);
        assertEquals(List.of("2023-12-07", "2024", "2024-05", "2024-05-30", "2025-04-23", ""),
                dates.stream().map(DossierDate::iso).toList());
    }

    @Test
    void readsADateAsSourcesPrintItAtThePrecisionPrinted() {
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("2023/12/7", "2023-12-07");
        printed.put("2023-12-07", "2023-12-07");
        printed.put("2023.12.7", "2023-12-07");
        printed.put("2023/12", "2023-12");
        printed.put("12/2023", "2023-12");
        printed.put("2025", "2025");
        printed.put("7 December 2023", "2023-12-07");
        printed.put("7th of December 2023", "2023-12-07");
        printed.put("December 7, 2023", "2023-12-07");
        printed.put("MAY 30, 2024", "2024-05-30");
        printed.put("Dec. 7, 2023", "2023-12-07");
        printed.put("Sept. 7th, 2023", "2023-09-07");
        printed.put("7 Dec 2023", "2023-12-07");
        printed.put("10th December, 2024 (Tuesday)", "2024-12-10");
        printed.put("Tuesday, 10 December 2024", "2024-12-10");
        printed.put("Tue. 10 Dec. 2024", "2024-12-10");
        printed.put("June 2025", "2025-06");
        printed.put("June, 2025", "2025-06");
        printed.put("2023年12月7日", "2023-12-07");
        printed.put("2023年12月7日（木）", "2023-12-07");
        printed.put("２０２３年１２月７日", "2023-12-07");
        printed.put("２０２３／１２／７", "2023-12-07");
        printed.put("2023年12月", "2023-12");
        printed.put("2023年", "2023");
        printed.put("25/12/2023", "2023-12-25"); // only 25 can be the day
        printed.put("12/25/2023", "2023-12-25");
        printed.put("7/7/2023", "2023-07-07"); // either order gives the same day
        // found by the second review: a full stop after the date, a hyphenated date, a Japanese era's year
        printed.put("May 30, 2024.", "2024-05-30");
        printed.put("30-May-2024", "2024-05-30");
        printed.put("令和6年5月30日", "2024-05-30");
        printed.put("令和元年5月", "2019-05");
        printed.put("平成31年4月30日", "2019-04-30");
        printed.put("令和５年１２月７日（木）", "2023-12-07");
        printed.forEach((text, iso) -> assertEquals(iso, DossierDate.readPrinted(text).map(DossierDate::iso).orElse("(none)"), text));
    }

    @Test
    void leavesUnreadWhatIsNoDateOrCouldBeReadEitherWayRound() {
        for (String unread : List.of("7/12/2023", "12-7-2023", "31 June 2025", "2023/2/30", "2023-13", "7/12/23", "since 2007",
                "in 2021", "On April 24", "this year", "7-8 December 2023", "Tokyo, 7 December 2023", "昭和5年12月7日",
                "Decembre 7, 2023", "Tuesday", "")) {
            assertEquals(Optional.empty(), DossierDate.readPrinted(unread), unread);
        }
    }

    @Test
    void aDateIncludesTheDatesWithinItsPrecision() {
        DossierDate year = DossierDate.parse("2025").orElseThrow();
        DossierDate month = DossierDate.parse("2025-06").orElseThrow();
        DossierDate day = DossierDate.parse("2025-06-02").orElseThrow();
        assertTrue(year.includes(year) && year.includes(month) && year.includes(day));
        assertTrue(month.includes(month) && month.includes(day));
        assertTrue(day.includes(day));
        assertFalse(day.includes(month), "a day is more precise than its month");
        assertFalse(month.includes(year), "a month is more precise than its year");
        assertFalse(month.includes(DossierDate.parse("2025-07-02").orElseThrow()));
        assertFalse(day.includes(DossierDate.parse("2025-06-03").orElseThrow()));
        assertFalse(year.includes(DossierDate.parse("2024-06").orElseThrow()));
        assertFalse(DossierDate.NOT_STATED.includes(DossierDate.NOT_STATED));
        assertFalse(year.includes(DossierDate.NOT_STATED));
    }

    @Test
    void aDateGivenAsALimitKeepsItsWord() {
        // "by 2025" and "as of April 2024" could not be written: the timeline could only show 2025 or April 2024 alone
        assertEquals("by 2025", DossierDate.parseRange("by 2025").orElseThrow().display());
        assertEquals("until 30 June 2025", DossierDate.parseRange("until 2025-06-30").orElseThrow().display());
        assertEquals("as of April 2024", DossierDate.parseRange("as of 2024-04").orElseThrow().display());
        assertEquals("since 2007", DossierDate.parseRange("since 2007").orElseThrow().display());
        assertEquals("by 2025-06-30", DossierDate.parseRange("by 2025-06-30").orElseThrow().written());
        assertEquals(java.util.Optional.empty(), DossierDate.parseRange("by not stated"));
        assertEquals(java.util.Optional.empty(), DossierDate.parse("by 2025"));
    }
}
