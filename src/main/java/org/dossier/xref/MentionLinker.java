package org.dossier.xref;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.dossier.model.Entity;
import org.dossier.model.Segment;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds mentions of registered entities (by name or alias) in a line of reading text and turns the line into
 * segments. Matching ignores the difference between straight and typographic quotes, respects word boundaries,
 * and prefers the longest name where two overlap. The words are never changed: the segments join to the line.
 */
public final class MentionLinker {
    private record Match(int start, int end, Entity entity) {
    }

    /** Each spelling (an entity's name or alias, quotes folded) and its entity; the first entity to use it keeps it. */
    private final java.util.TreeMap<String, Entity> spellings = new java.util.TreeMap<>();
    private final AhoCorasickDoubleArrayTrie<Entity> trie = new AhoCorasickDoubleArrayTrie<>();

    public MentionLinker(List<Entity> entities) {
        for (Entity e : entities) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                String folded = TextMatch.normalize(n);
                if (!folded.isEmpty()) {
                    spellings.putIfAbsent(folded, e);
                }
            }
        }
        if (!spellings.isEmpty()) {
            trie.build(spellings);
        }
    }

    /**
     * The entities mentioned in {@code line}, as segments that join to exactly {@code line}. A name is found through
     * the characters a reader does not see, as a soft hyphen a PDF left inside a word ("Crimi\u00ADnal Court"), and
     * across any kind of space, as a no-break space a web page printed inside it ("Human\u00A0Rights Now", from
     * "&amp;nbsp;"), or two spaces: the text searched leaves the unseen characters out and reads each run of spaces as
     * one space, and the mention keeps the characters as printed.
     */
    public List<Segment> link(String line) {
        List<Match> found = new ArrayList<>();
        if (spellings.isEmpty()) {
            return List.of(Segment.plain(line));
        }
        String quotesFolded = TextMatch.foldQuotesAndHyphens(line);
        int[] from = null; // where each character searched is in line, once unseen characters and spaces are read
        StringBuilder seen = null;
        for (int i = 0; i < quotesFolded.length(); i++) {
            char c = quotesFolded.charAt(i);
            boolean invisible = TextMatch.isInvisible(c);
            boolean space = TextMatch.isSpace(c);
            boolean afterSpace = seen == null ? i > 0 && TextMatch.isSpace(quotesFolded.charAt(i - 1))
                    : seen.length() > 0 && seen.charAt(seen.length() - 1) == ' ';
            if (seen == null && (invisible || (space && (c != ' ' || afterSpace)))) {
                seen = new StringBuilder(quotesFolded.length()).append(quotesFolded, 0, i);
                from = new int[quotesFolded.length()];
                for (int k = 0; k < i; k++) {
                    from[k] = k;
                }
            }
            if (seen != null && !invisible && !(space && afterSpace)) {
                from[seen.length()] = i;
                seen.append(space ? ' ' : c);
            }
        }
        String folded = seen == null ? quotesFolded : seen.toString();
        // every occurrence of every spelling in one pass (Aho-Corasick), then the longest at each place wins
        AhoCorasickDoubleArrayTrie.IHit<Entity> hit = (at, end, entity) -> {
            if (isBoundary(folded, at - 1) && isBoundary(folded, end)) {
                found.add(new Match(at, end, entity));
            }
        };
        trie.parseText(folded, hit);
        found.sort(Comparator.comparingInt(Match::start).thenComparingInt(m -> -(m.end() - m.start())));
        if (from != null) {
            int[] at = from;
            found.replaceAll(m -> new Match(at[m.start()], at[m.end() - 1] + 1, m.entity()));
        }
        List<Segment> segments = new ArrayList<>();
        int pos = 0;
        for (Match m : found) {
            if (m.start() < pos) {
                continue;
            }
            if (m.start() > pos) {
                segments.add(Segment.plain(line.substring(pos, m.start())));
            }
            segments.add(Segment.mention(line.substring(m.start(), m.end()), m.entity()));
            pos = m.end();
        }
        if (pos < line.length() || segments.isEmpty()) {
            segments.add(Segment.plain(line.substring(pos)));
        }
        return segments;
    }

    /** A name must not start or end inside a word. */
    private static boolean isBoundary(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        return !Character.isLetterOrDigit(text.charAt(index));
    }
}
