package org.dossier.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A paragraph's lines, made from its segments when asked for rather than held beside them: the segments of each
 * line join to exactly that line, so holding both would keep every mention-bearing line of a large dossier in
 * memory twice. Immutable, like the segment lists it reads.
 */
final class JoinedLines extends AbstractList<String> implements RandomAccess {
    private final List<List<Segment>> linked;

    JoinedLines(List<List<Segment>> linked) {
        this.linked = linked;
    }

    /** Whether the segments of each line join to that line, so that the lines can be made from them. */
    static boolean sameAs(List<String> lines, List<List<Segment>> linked) {
        if (lines.size() != linked.size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = 0;
            for (Segment s : linked.get(i)) {
                String text = s.text();
                if (!line.startsWith(text, at)) {
                    return false;
                }
                at += text.length();
            }
            if (at != line.length()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String get(int index) {
        List<Segment> segments = linked.get(index);
        if (segments.size() == 1) {
            return segments.get(0).text();
        }
        StringBuilder line = new StringBuilder();
        segments.forEach(s -> line.append(s.text()));
        return line.toString();
    }

    @Override
    public int size() {
        return linked.size();
    }
}
