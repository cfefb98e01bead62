package org.dossier.model;

import org.dossier.model.CountQualifier.Bound;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignaturesTest {
    private static List<Signature> names(int n) {
        List<Signature> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Signature("Org " + i, "org-" + i, SignatureRole.SIGNATORY, 0));
        }
        return out;
    }

    private static CountQualifier before(Bound bound, String words) {
        return new CountQualifier(bound, words, false);
    }

    /** A letter stating {@code stated} as qualified, listing {@code listed} names and leaving {@code unnamed} unnamed. */
    private static Signatures letter(int stated, CountQualifier q, int listed, int unnamed, CountQualifier u) {
        return new Signatures(stated, "words", q, List.of(), names(listed), unnamed, unnamed > 0 ? "words" : "", u);
    }

    /** agree, differ or cannot tell, and the counts as the page gives them. */
    private static String verdict(Signatures s) {
        String v = s.countAgrees() ? "agree" : s.countDiffers() ? "differ" : s.countUncheckable() ? "cannot tell" : "no count";
        return v + ": " + s.statedShown() + " stated, " + s.accountedShown() + " accounted for";
    }

    @Test
    void aBoundIsCheckedAsTheBoundItIsNotAsAnExactCount() {
        // "over 30" and 32 names agree: the page said "The stated count and the list differ: 30 stated, 32 accounted for"
        assertEquals("agree: over 30 stated, 32 accounted for", verdict(letter(30, before(Bound.MORE_THAN, "over"), 32, 0, CountQualifier.EXACT)));
        assertEquals("differ: over 30 stated, 30 accounted for", verdict(letter(30, before(Bound.MORE_THAN, "over"), 30, 0, CountQualifier.EXACT)));
        assertEquals("agree: at least 30 stated, 30 accounted for", verdict(letter(30, before(Bound.AT_LEAST, "at least"), 30, 0, CountQualifier.EXACT)));
        assertEquals("differ: at least 30 stated, 29 accounted for", verdict(letter(30, before(Bound.AT_LEAST, "at least"), 29, 0, CountQualifier.EXACT)));
        assertEquals("agree: fewer than 30 stated, 29 accounted for", verdict(letter(30, before(Bound.FEWER_THAN, "fewer than"), 29, 0, CountQualifier.EXACT)));
        assertEquals("differ: fewer than 30 stated, 30 accounted for", verdict(letter(30, before(Bound.FEWER_THAN, "fewer than"), 30, 0, CountQualifier.EXACT)));
        assertEquals("agree: up to 30 stated, 30 accounted for", verdict(letter(30, before(Bound.AT_MOST, "up to"), 30, 0, CountQualifier.EXACT)));
        assertEquals("differ: up to 30 stated, 31 accounted for", verdict(letter(30, before(Bound.AT_MOST, "up to"), 31, 0, CountQualifier.EXACT)));
        assertEquals("agree: 30 or more stated, 31 accounted for",
                verdict(letter(30, new CountQualifier(Bound.AT_LEAST, "or more", true), 31, 0, CountQualifier.EXACT)));
        assertEquals("agree: 30+ stated, 30 accounted for",
                verdict(letter(30, new CountQualifier(Bound.AT_LEAST, "+", true), 30, 0, CountQualifier.EXACT)));
    }

    @Test
    void anApproximateCountCannotBeCheckedAgainstTheList() {
        assertEquals("cannot tell: about 30 stated, 30 accounted for", verdict(letter(30, before(Bound.ABOUT, "about"), 30, 0, CountQualifier.EXACT)));
        assertEquals("cannot tell: nearly 30 stated, 12 accounted for", verdict(letter(30, before(Bound.ABOUT, "nearly"), 12, 0, CountQualifier.EXACT)));
    }

    @Test
    void anExactCountIsCheckedAsBefore() {
        assertEquals("agree: 32 stated, 32 accounted for", verdict(letter(32, CountQualifier.EXACT, 30, 2, CountQualifier.EXACT)));
        assertEquals("differ: 32 stated, 29 accounted for", verdict(letter(32, CountQualifier.EXACT, 29, 0, CountQualifier.EXACT)));
        assertEquals("no count: -1 stated, 29 accounted for", verdict(letter(-1, CountQualifier.EXACT, 29, 0, CountQualifier.EXACT)));
    }

    @Test
    void aQualifiedUnnamedCountMakesTheTotalInexact() {
        CountQualifier over = before(Bound.MORE_THAN, "over");
        // never summed as if exact; agrees or differs only when every total it allows does
        assertEquals("cannot tell: 150 stated, 30 named and over 100 unnamed accounted for", verdict(letter(150, CountQualifier.EXACT, 30, 100, over)));
        assertEquals("differ: 120 stated, 30 named and over 100 unnamed accounted for", verdict(letter(120, CountQualifier.EXACT, 30, 100, over)));
        assertEquals("agree: over 120 stated, 30 named and over 100 unnamed accounted for", verdict(letter(120, over, 30, 100, over)));
        assertEquals("cannot tell: 130 stated, 30 named and about 100 unnamed accounted for",
                verdict(letter(130, CountQualifier.EXACT, 30, 100, before(Bound.ABOUT, "about"))));
        assertEquals("differ: 20 stated, 30 named and up to 100 unnamed accounted for",
                verdict(letter(20, CountQualifier.EXACT, 30, 100, before(Bound.AT_MOST, "up to"))));
        assertEquals("30 named and over 100 unnamed", letter(-1, CountQualifier.EXACT, 30, 100, over).accountedShown());
    }

    @Test
    void peopleUnnamedBesideACountOfOrganisationsAreNotAddedToTheList() {
        // found by a contributor: "We, the undersigned 20 organizations and 5 individuals" with the 20 organisations
        // named was said to differ in red, "20 stated, 25 accounted for": the 5 individuals are no part of the 20
        Signatures orgsAndPeople = new Signatures(20, "20 organizations", CountQualifier.EXACT, List.of(), names(20), 5,
                "5 individuals", CountQualifier.EXACT);
        assertEquals("agree: 20 stated, 20 accounted for", verdict(orgsAndPeople));
        assertEquals("agree: 20 stated, 20 accounted for", verdict(new Signatures(20, "20団体", CountQualifier.EXACT, List.of(),
                names(20), 5, "個人5名", CountQualifier.EXACT)));
        // others of the same kind, or a count of all signatories, are still part of the total
        assertEquals("agree: 25 stated, 25 accounted for", verdict(new Signatures(25, "25 organizations", CountQualifier.EXACT,
                List.of(), names(23), 2, "2 other organizations", CountQualifier.EXACT)));
        assertEquals("agree: 25 stated, 25 accounted for", verdict(new Signatures(25, "25 signatories", CountQualifier.EXACT,
                List.of(), names(20), 5, "5 individuals", CountQualifier.EXACT)));
    }

    @Test
    void namesOfOneOrganisationListedTwiceAreShownAsOne() {
        // found by a contributor: "6 organizations" above six names, "Peace Boat" and "Peaceboat" among them, was said to
        // agree with its list, and nothing on the page said that the list names five organisations
        List<Signature> list = new ArrayList<>(names(4));
        list.add(1, new Signature("Peace Boat", "peace-boat", SignatureRole.SIGNATORY, 0));
        list.add(3, new Signature("Peaceboat", "peace-boat", SignatureRole.SIGNATORY, 0));
        Signatures letter = new Signatures(6, "6 organizations", CountQualifier.EXACT, List.of(), list, 0, "", CountQualifier.EXACT);
        assertEquals(List.of("\u201CPeace Boat\u201D and \u201CPeaceboat\u201D"), letter.repeatedOrganizations());
        assertEquals(5, letter.listedOrganizationCount());
        assertEquals(List.of(), letter(6, CountQualifier.EXACT, 6, 0, CountQualifier.EXACT).repeatedOrganizations());
    }
}
