package org.dossier.xref;

import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.OrganizationKind;
import org.dossier.model.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MentionLinkerTest {
    private static Entity org(String id, String name, String... aliases) {
        return new Entity(EntityKind.ORGANIZATION, id, name, List.of(aliases), OrganizationKind.OTHER, false, "",
                List.of(), List.of(), "", "", "content/organizations.yaml");
    }

    private final MentionLinker linker = new MentionLinker(List.of(
            org("icc", "International Criminal Court", "ICC"),
            org("asp", "Assembly of States Parties", "ICC Assembly of States Parties", "ASP"),
            org("wam", "Women's Active Museum on War and Peace (WAM)", "Women’s Active Museum on War and Peace(WAM)")));

    private static String joined(List<Segment> segments) {
        return String.join("", segments.stream().map(Segment::text).toList());
    }

    @Test
    void theSegmentsJoinToExactlyTheLine() {
        String line = "The Bureau of the ICC Assembly of States Parties, to which Japan is a member, and the ICC’s judges.";
        List<Segment> segments = linker.link(line);
        assertEquals(line, joined(segments));
        assertEquals(List.of(
                Segment.plain("The Bureau of the "),
                new Segment("ICC Assembly of States Parties", "asp", "organizations/asp/index.html", ""),
                Segment.plain(", to which Japan is a member, and the "),
                new Segment("ICC", "icc", "organizations/icc/index.html", ""),
                Segment.plain("’s judges.")), segments);
    }

    @Test
    void typographicQuotesMatchStraightOnesAndTheTextKeepsItsOwn() {
        List<Segment> segments = linker.link("Women’s Active Museum on War and Peace (WAM)");
        assertEquals(List.of(new Segment("Women’s Active Museum on War and Peace (WAM)", "wam", "organizations/wam/index.html", "")), segments);
    }

    @Test
    void aNameIsFoundThroughASoftHyphenAndTheMentionKeepsIt() {
        // the reading text keeps a PDF's soft hyphen (U+00AD), which a reader does not see: "Crimi\u00ADnal Court" read
        // "Criminal Court" on the page but was not linked
        String line = "The International Crimi\u00ADnal Court and the ICC\u00AD's judges.";
        List<Segment> segments = linker.link(line);
        assertEquals(line, joined(segments));
        assertEquals(List.of(
                Segment.plain("The "),
                new Segment("International Crimi\u00ADnal Court", "icc", "organizations/icc/index.html", ""),
                Segment.plain(" and the "),
                new Segment("ICC", "icc", "organizations/icc/index.html", ""),
                Segment.plain("\u00AD's judges.")), segments);
    }

    @Test
    void aNameIsFoundAcrossAnyKindOfSpaceAndTheMentionKeepsItAsPrinted() {
        // a web page's "&nbsp;" is read as a no-break space (U+00A0) in the reading text: "International\u00A0Criminal
        // Court" was shown but not linked, nor a name with two spaces or a narrow no-break space inside
        String line = "The International\u00A0Criminal Court,  the Assembly of  States\u202FParties \u00A0and the ICC.";
        List<Segment> segments = linker.link(line);
        assertEquals(line, joined(segments));
        assertEquals(List.of(
                Segment.plain("The "),
                new Segment("International\u00A0Criminal Court", "icc", "organizations/icc/index.html", ""),
                Segment.plain(",  the "),
                new Segment("Assembly of  States\u202FParties", "asp", "organizations/asp/index.html", ""),
                Segment.plain(" \u00A0and the "),
                new Segment("ICC", "icc", "organizations/icc/index.html", ""),
                Segment.plain(".")), segments);
    }

    @Test
    void namesInsideWordsAreNotMentions() {
        assertEquals(List.of(Segment.plain("The ICCJ and ASPIRE are not here.")), linker.link("The ICCJ and ASPIRE are not here."));
    }

    @Test
    void aLineWithoutMentionsIsOnePlainSegment() {
        assertEquals(List.of(Segment.plain("")), linker.link(""));
        assertEquals(List.of(Segment.plain("Thank you.")), linker.link("Thank you."));
    }
}
