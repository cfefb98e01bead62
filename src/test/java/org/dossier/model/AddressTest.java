package org.dossier.model;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressTest {
    @Test
    void addressesALinkHoldsAsWrittenHaveNoProblem() {
        for (String url : List.of("../../documents/x/index.html", "index.html#p-3", "#top", "", "seeds/a%20b.txt",
                "https://www.mofa.go.jp/mofaj/files/100123.pdf?lang=ja&x=1#page=2", "mailto:office@example.org",
                "https://ja.wikipedia.org/wiki/国際刑事裁判所", "https://[2001:db8::1]/a", "a:b/c", "../seeds/a+b&c's(1).txt")) {
            assertEquals(Optional.empty(), Address.problem(url), url);
        }
    }

    @Test
    void eachCharacterALinkCannotHoldIsNamedWithItsPlaceAndItsEncoding() {
        assertEquals(List.of(
                        "\"|\" (character 22) must be percent-encoded, as %7C",
                        "a space (character 16) must be percent-encoded, as %20",
                        "\"{\" (character 21) must be percent-encoded, as %7B",
                        "\"\\\" (character 3) must be percent-encoded, as %5C",
                        "\"[\" (character 5) must be percent-encoded, as %5B",
                        "\"#\" (character 4) must be percent-encoded, as %23",
                        "\"%\" (character 16) starts no %XX escape: write it as %25",
                        "\"%\" (character 4) starts no %XX escape: write it as %25",
                        "U+0009 (character 2) must be percent-encoded, as %09",
                        "U+3000 (character 4) must be percent-encoded, as %E3%80%80",
                        "\"^\" (character 4) must be percent-encoded, as %5E"),
                List.of("https://example.org/a|b", "https://e.org/a b", "https://example.org/{r}", "a/\\b", "a/b/[c]", "#a/#b",
                                "https://e.org/a%", "100%zz.txt", "a\tb", "国際刑\u3000事", "国際刑^事").stream()
                        .map(url -> Address.problem(url).orElseThrow().description()).toList());
    }

    @Test
    void aBracketOutsideTheHostAndAPortThatIsNoNumberAreProblemsAsTheHtmlCheckerSays() {
        // found by the second review: java.net.URI accepts both, the Nu checker does not
        assertEquals("\"[\" (character 33) must be percent-encoded, as %5B", Address.problem("https://www.mofa.go.jp/search?q=[icc]").orElseThrow().description());
        assertEquals("\"[\" (character 32) must be percent-encoded, as %5B", Address.problem("https://example.org/report#para[3]").orElseThrow().description());
        assertEquals(Optional.of("https://www.mofa.go.jp/search?q=%5Bicc%5D"), Address.encoded("https://www.mofa.go.jp/search?q=[icc]"));
        assertEquals("the port \"abc\" is not a number", Address.problem("https://example.org:abc/").orElseThrow().description());
        assertEquals(Optional.empty(), Address.problem("https://[2001:db8::1]:8080/a?b=c"));
        assertEquals(Optional.empty(), Address.problem("https://example.org:8080/a"));
    }

    @Test
    void anAddressNotMendedByEncodingSaysWhatIsWrong() {
        Address.Problem problem = Address.problem("http://").orElseThrow();
        assertEquals("expected authority (character 8)", problem.description());
        assertEquals(false, problem.encodable());
        assertEquals(Optional.empty(), Address.encoded("http://"));
        assertEquals("write it as shown", Address.encodingHint("http://", "write it as shown"));
    }

    @Test
    void encodingMendsEveryCharacterAndChangesNothingElse() throws URISyntaxException {
        assertEquals(Optional.of("https://example.org/a%7Cb%7Bc%7D%20d%25zz#x%23y"), Address.encoded("https://example.org/a|b{c} d%zz#x#y"));
        assertEquals(Optional.of("https://ja.wikipedia.org/wiki/国際%E3%80%80刑事"), Address.encoded("https://ja.wikipedia.org/wiki/国際\u3000刑事"));
        assertEquals(Optional.of("seeds/a%20b.txt"), Address.encoded("seeds/a%20b.txt"));
        assertEquals("percent-encode it: a%5Bb%5D", Address.encodingHint("a[b]", "otherwise"));
        String messy = "https://e.org/ |\"<>\\^`{}[]%%41#a#b";
        String mended = Address.encoded(messy).orElseThrow();
        assertEquals(Optional.empty(), Address.problem(mended));
        assertEquals(new URI(mended).toString(), mended);
        assertEquals("https://e.org/%20%7C%22%3C%3E%5C%5E%60%7B%7D%5B%5D%25%41#a%23b", mended);
        assertTrue(mended.endsWith("%41#a%23b"), "an escape already written is kept");
    }
}
