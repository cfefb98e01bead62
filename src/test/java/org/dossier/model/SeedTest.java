package org.dossier.model;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeedTest {
    private static String urlName(String fileName) {
        return new Seed(fileName, "", 0, false).urlName();
    }

    @Test
    void aPlainNameIsLinkedAsItIs() {
        assertEquals("002_6448e20c8a5ce4b0.txt", urlName("002_6448e20c8a5ce4b0.txt"));
        assertEquals("Notes-v1.2~(final)!$&'*+,;=:@.txt", urlName("Notes-v1.2~(final)!$&'*+,;=:@.txt"));
    }

    @Test
    void whatWouldEndOrChangeThePathIsPercentEncoded() {
        assertEquals("Press%20release%20(17%20July)%20%231.txt", urlName("Press release (17 July) #1.txt"));
        assertEquals("communiqu%C3%A9%3F.txt", urlName("communiqué?.txt"));
        assertEquals("Report%2520final.txt", urlName("Report%20final.txt"));
        assertEquals("%5Bdraft%5D%20%22a%22%3Cb%3E%5C%5E%60%7B%7C%7D%09%E6%9D%B1%E4%BA%AC%F0%9F%93%84.txt",
                urlName("[draft] \"a\"<b>\\^`{|}\t東京📄.txt"));
    }

    @Test
    void everyNameComesBackFromItsLinkAsAUriReadsIt() {
        Random random = new Random(7);
        String alphabet = "aZ09 #?%/&+;=:@!$'()*,[]\"<>\\^`{|}~._-\téü東📄";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                name.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String link = urlName(name.toString());
            URI uri = URI.create("seeds/" + link);
            assertEquals("seeds/" + name, uri.getPath(), link);
            assertEquals(null, uri.getRawQuery(), link);
            assertEquals(null, uri.getRawFragment(), link);
        }
    }
}
