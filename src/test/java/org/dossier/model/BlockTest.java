package org.dossier.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class BlockTest {
    private static final Entity ICC = new Entity(EntityKind.ORGANIZATION, "icc", "International Criminal Court", List.of("ICC"),
            OrganizationKind.OTHER, false, "", List.of(), List.of(), "", "", "content/organizations.yaml");

    @Test
    void aParagraphsLinesAreMadeFromItsSegments() {
        Block.Paragraph p = new Block.Paragraph(1, List.of("Japan and the ICC.", "Tokyo"), List.of(
                List.of(Segment.plain("Japan and the "), Segment.mention("ICC", ICC), Segment.plain(".")),
                List.of(Segment.plain("Tokyo"))));
        assertInstanceOf(JoinedLines.class, p.lines());
        assertEquals(List.of("Japan and the ICC.", "Tokyo"), p.lines());
        assertEquals("Japan and the ICC. Tokyo", p.text());
    }

    @Test
    void linesTheSegmentsDoNotJoinToAreKeptAsGiven() {
        Block.Paragraph p = new Block.Paragraph(1, List.of("Japan"), List.of(List.of(Segment.plain("Japon"))));
        assertEquals(List.of("Japan"), p.lines());
        assertEquals(List.of("Japon"), List.of(p.linked().get(0).get(0).text()));
    }
}
