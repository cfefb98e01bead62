package org.dossier.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
