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

    @Test
    void aNameIsPlacedWhereItsListPrintsItNotAtAnEarlierMentionOrCoordinatorsLine() {
        // found by a contributor: a Japanese letter whose coordinators' line, "呼びかけ団体：ヒューマンライツ・ナウ、…", came
        // before its list printing ヒューマンライツ・ナウ again gave the signatory the coordinators' paragraph, and a name a
        // sentence mentions before the list was cited at the sentence, as where it signed
        var reading = new org.dossier.normalize.Normalizer().normalize(String.join("\n\n",
                "Joint letter",
                "We, with Peace Boat and others, urge the Government to support the Court.",
                "呼びかけ団体：ヒューマンライツ・ナウ、ヒューマン・ライツ・ウォッチ",
                "賛同団体：Peace Boat、ピースボート、ヒューマンライツ・ナウほか12団体"));
        var sign = (java.util.function.BiFunction<String, org.dossier.model.SignatureRole, org.dossier.model.Signature>)
                (name, role) -> new org.dossier.model.Signature(name, "x", role, 0);
        var located = CrossReferencer.locate(new org.dossier.model.Signatures(-1, "", org.dossier.model.CountQualifier.EXACT,
                java.util.List.of(sign.apply("ヒューマンライツ・ナウ", org.dossier.model.SignatureRole.COORDINATOR),
                        sign.apply("ヒューマン・ライツ・ウォッチ", org.dossier.model.SignatureRole.COORDINATOR)),
                java.util.List.of(sign.apply("Peace Boat", org.dossier.model.SignatureRole.SIGNATORY),
                        sign.apply("ピースボート", org.dossier.model.SignatureRole.SIGNATORY),
                        sign.apply("ヒューマンライツ・ナウ", org.dossier.model.SignatureRole.SIGNATORY)),
                12, "ほか12団体", org.dossier.model.CountQualifier.EXACT), reading);
        assertEquals(java.util.List.of(3, 3), located.coordinators().stream().map(org.dossier.model.Signature::paragraph).toList());
        assertEquals(java.util.List.of(4, 4, 4), located.signatories().stream().map(org.dossier.model.Signature::paragraph).toList());
    }
}
