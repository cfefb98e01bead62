package org.dossier.render;

import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFeedEntryEscapesItsTextAndGivesAMonthAsItsFirstDaySayingSo() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir).write("content/documents/speech.md", """
                ---
                title: 'Remarks on "A & B" <draft>'
                date: 2024-06
                kind: speech
                speaker: "Hana Tanaka"
                summary: "Cooperation & <support>, \\"in full\\""
                ---
                Japan supports the Court.
                """);
        site.build();
        String feed = Files.readString(site.out().resolve("feed.xml"));
        String entry = feed.substring(feed.indexOf("  <entry>\n    <title>Remarks"));
        entry = entry.substring(0, entry.indexOf("  </entry>\n") + "  </entry>\n".length());
        String sha = entry.substring(entry.indexOf("urn:sha256:") + "urn:sha256:".length(), entry.indexOf("</id>"));
        assertEquals(64, sha.length());
        assertEquals("""
                  <entry>
                    <title>Remarks on &quot;A &amp; B&quot; &lt;draft&gt;</title>
                    <id>urn:sha256:%s</id>
                    <link rel="alternate" href="documents/speech/index.html"/>
                    <updated>2024-06-01T00:00:00Z</updated>
                    <summary>Dated June 2024: the source states the month only, so the entry's updated time gives its first day. Cooperation &amp; &lt;support&gt;, &quot;in full&quot;</summary>
                    <category term="speech" label="Speech"/>
                  </entry>
                """.formatted(sha), entry);
        assertTrue(feed.contains("  <updated>2024-06-01T00:00:00Z</updated>\n  <author>"), "the feed's own time, the newest entry's");
    }
}
