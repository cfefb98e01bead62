package org.dossier.model;

/**
 * How a letter qualifies a count it prints: exactly ("32 organizations"), as a bound ("over 30", "30団体以上") or
 * roughly ("about 30"). A count the letter qualifies is never shown, or checked, as if it were exact.
 *
 * @param bound what the printed number says of the true count
 * @param words the qualifier as pages show it beside the number: the letter's own English words, lower-cased
 *              ("over", "or more", "+"), or the English for a Japanese one ("at least" for 以上); "" when exact
 * @param after whether the words follow the number ("30 or more", "30+") rather than precede it ("over 30")
 */
public record CountQualifier(Bound bound, String words, boolean after) {
    public static final CountQualifier EXACT = new CountQualifier(Bound.EXACT, "", false);

    /** What a printed number N says of the true count. */
    public enum Bound {
        EXACT("exact"),
        MORE_THAN("more-than"),
        AT_LEAST("at-least"),
        FEWER_THAN("fewer-than"),
        AT_MOST("at-most"),
        /** "about", "some", "nearly" N: how far from N the letter does not say. */
        ABOUT("about");

        private final String id;

        Bound(String id) {
            this.id = id;
        }

        /** As the data exports write it. */
        public String id() {
            return id;
        }
    }

    public boolean isExact() {
        return bound == Bound.EXACT;
    }

    public boolean isApproximate() {
        return bound == Bound.ABOUT;
    }

    /** The count as the letter qualifies it: "32", "over 30", "30 or more", "30+". */
    public String show(int count) {
        if (isExact()) {
            return String.valueOf(count);
        }
        if (!after) {
            return words + " " + count;
        }
        return count + (Character.isLetter(words.codePointAt(0)) ? " " : "") + words;
    }

    /**
     * The whole numbers a count so qualified may be, as {lowest, highest} ({@link Long#MAX_VALUE} when it has no
     * upper bound; highest below lowest when none), or null when the letter gives it only roughly.
     */
    long[] range(int count) {
        return switch (bound) {
            case EXACT -> new long[] {count, count};
            case MORE_THAN -> new long[] {count + 1L, Long.MAX_VALUE};
            case AT_LEAST -> new long[] {count, Long.MAX_VALUE};
            case FEWER_THAN -> new long[] {0, count - 1L};
            case AT_MOST -> new long[] {0, count};
            case ABOUT -> null;
        };
    }
}
