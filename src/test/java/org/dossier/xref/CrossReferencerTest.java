package org.dossier.xref;

import org.dossier.model.Block;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.Mention;
import org.dossier.model.OrganizationKind;
import org.dossier.model.ReadingText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossReferencerTest {
    @Test
    void excerptsCutAtWordsAndMarkWhatIsLeftOut() {
        String text = "a".repeat(100) + " one two three MENTION four five six " + "b".repeat(100);
        int at = text.indexOf("MENTION");
        String excerpt = CrossReferencer.excerpt(text, at, at + "MENTION".length());
        assertEquals("…one two three MENTION four five six…", excerpt);
    }

    @Test
    void shortTextIsQuotedWhole() {
        assertEquals("Human Rights Now", CrossReferencer.excerpt("Human Rights Now", 0, 16));
    }

    /** A speaker named only in a statement's title line: his page said the text never mentions him. */
    @Test
    void aHeadingThatNamesAnEntityIsAMentionThoughItIsNotLinked() {
        Entity speaker = new Entity(EntityKind.PERSON, "ishikane", "ISHIKANE Kimihiro", List.of(), OrganizationKind.OTHER, false, "",
                List.of(), List.of(), "", "", "content/people.yaml");
        CrossReferencer xref = new CrossReferencer(List.of(speaker));
        ReadingText linked = xref.link(new ReadingText(List.of(
                new Block.Heading(1, 1, "Statement by H.E. Ambassador ISHIKANE Kimihiro"),
                new Block.Paragraph(2, List.of("Mr. President,"))), List.of()));
        assertTrue(linked.blocks().get(0) instanceof Block.Heading);
        assertEquals(List.of(new Mention("ishikane", "statement", 1, "Statement by H.E. Ambassador ISHIKANE Kimihiro")),
                xref.mentions("statement", linked));
    }
}
