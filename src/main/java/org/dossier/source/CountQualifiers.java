package org.dossier.source;

import org.dossier.model.CountQualifier;
import org.dossier.model.CountQualifier.Bound;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The qualifier a letter prints with a count, in English or Japanese: "over 30", "at least 30", "about 30", "30 or
 * more", "30 organizations or more", "30+", "30団体以上", "約30団体", "30余団体", "30数団体", "30を超える団体". A count so printed is not exact, and is read
 * as the bound it is ({@link CountQualifier}).
 */
final class CountQualifiers {
    /** Words of a qualifier printed before or after the number, what they mean, and how pages show them. */
    private record Form(Pattern pattern, Bound bound, String english) {
    }

    /**
     * Tried in order, the first that ends just before the number wins, so "no more than" comes before "more than".
     * English words may run over a line.
     */
    private static final List<Form> BEFORE = List.of(
            english("no\\s+(?:fewer|less)\\s+than|not\\s+(?:fewer|less)\\s+than|at\\s+least|a\\s+minimum\\s+of|a\\s+good", Bound.AT_LEAST),
            english("no\\s+more\\s+than|not\\s+more\\s+than|up\\s+to|at\\s+most|a\\s+maximum\\s+of", Bound.AT_MOST),
            english("more\\s+than|over|upwards?\\s+of|in\\s+excess\\s+of|exceeding|north\\s+of", Bound.MORE_THAN),
            english("fewer\\s+than|less\\s+than|under|below|shy\\s+of|just\\s+short\\s+of|south\\s+of", Bound.FEWER_THAN),
            // "as many as 30" is used of an estimate's top ("up to") as of a count found large: how far from 30, it does not say
            english("about|around|approximately|approx\\.?|roughly|some|nearly|almost|close\\s+to|circa|ca\\.|c\\.|(?:an\\s+)?estimated|~|≈"
                    + "|more\\s+or\\s+less|in\\s+the\\s+region\\s+of|(?:on|of)\\s+the\\s+order\\s+of|as\\s+(?:many|few)\\s+as",
                    Bound.ABOUT),
            // 約 ends some words (契約30団体, a contract's; 条約, 規約, 締約...), but after any other kanji it is "about":
            // 計約30団体 is about 30 in all, 賛同者約30名 (signatories: about 30), 賛同団体約30団体
            japanese("(?<![契条規公協予要集制節誓盟確締解違成特先口密旧新黙婚])約|おおよそ|およそ|凡そ|概ね|おおむね", Bound.ABOUT, "about"),
            japanese("ほぼ", Bound.ABOUT, "nearly"),
            japanese("少なくとも|最低", Bound.AT_LEAST, "at least"),
            japanese("最大", Bound.AT_MOST, "at most"));

    /**
     * Just after the number: words that start another count are none ("25 and over 100 individuals", "25 and more
     * than 100").
     */
    private static final List<Form> AFTER = List.of(
            after("\\s*(\\+|[-‐]?\\s*plus|or\\s+more|or\\s+above|or\\s+over|and\\s+more|and\\s+above|and\\s+over|(?:and|or)\\s+upwards?(?!\\s+of(?!\\p{L}))"
                    + "|and\\s+up(?!\\s+to(?!\\p{L})))",
                    Bound.AT_LEAST), // "25 and upwards of 100" counts others
            after("\\s*(and\\s+counting)", Bound.AT_LEAST),
            after("\\s*(or\\s+(?:fewer|less|under|below)|and\\s+(?:fewer|less|under|below))", Bound.AT_MOST),
            after("\\s*(or\\s+so|or\\s+thereabouts|give\\s+or\\s+take|[-‐]?\\s*odd|[-‐]\\s*some(?:thing)?|[-‐]?\\s*ish)", Bound.ABOUT),
            // 30数団体, 三十数名: thirty and some, written before the counter; 100数十名, 百数十団体: a hundred and some tens;
            // "30数", the words qualifier-left-out's hint gives, at the end of a quote cut before the counter
            new Form(Pattern.compile("(数[十百千]?)(?=" + PrintedNumbers.COUNTERS + "|(?![\\s\\S]))"), Bound.MORE_THAN, "more than"),
            japaneseAfter("以上", Bound.AT_LEAST, "at least"),
            japaneseAfter("を?超える|を?超えた|を?超え|を?超す|を上回る|超|強(?![くいま化])|有余|余り|余|あまり", Bound.MORE_THAN, "more than"),
            japaneseAfter("未満|弱|を?下回る|を?下回った|足らず|足らない|に満たない|に満たず", Bound.FEWER_THAN, "fewer than"),
            // 以下 that goes on to what is below is no bound: "30名 以下敬称略" (titles left out below), "以下、五十音順"
            japaneseAfter("以下(?![、,，\\s]*(?:の?(?:通り|とおり)|敬称略|略|同じ|同様|五十音順|アルファベット順|順不同|[「『]|に(?:示|掲|記|列|挙)|を?参照|省略))|以内",
                    Bound.AT_MOST, "at most"),
            japaneseAfter("近く|近い", Bound.ABOUT, "nearly"),
            japaneseAfter("程度|ほど|程|前後|内外|くらい|ぐらい|ばかり|規模", Bound.ABOUT, "about"));

    /**
     * After the counted noun, one or two words after the number ("30 organizations or more", "30 member groups and
     * above"): read only where the qualifier ends the phrase ({@link #endsThePhrase}), since "30 organizations and more
     * individuals" and "30 organizations and more than 100 individuals" count others.
     */
    private static final List<Form> AFTER_NOUN = List.of(
            afterNoun("or\\s+more|or\\s+above|or\\s+over|and\\s+more|and\\s+above|and\\s+over|(?:and|or)\\s+upwards?|at\\s+least|and\\s+counting|and\\s+up",
                    Bound.AT_LEAST),
            afterNoun("or\\s+(?:fewer|less|under|below)|and\\s+(?:fewer|less|under|below)|at\\s+most", Bound.AT_MOST),
            afterNoun("or\\s+so|or\\s+thereabouts|give\\s+or\\s+take", Bound.ABOUT));

    /** The counted noun: a word or two, none of which starts a qualifier or is one's ("30 or more", "30 and over"). */
    private static final String NOUN = "(?:\\s+(?!(?:and|or|at|than|more|fewer|less|over|above|under|below|so)(?![\\p{L}\\p{N}]))"
            + "\\p{L}+(?:['\u2019.-]\\p{L}+)*){1,2}";

    /**
     * Verbs a count is the subject of: "30 organizations or more have signed" ends the count where "30 organizations
     * and more individuals" does not.
     */
    private static final Pattern VERB = Pattern.compile("(?:have|has|had|are|were|signed|joined|endorsed|support|supported)(?![\\p{L}\\p{N}])");

    /**
     * Verbs whose "over" is their particle, not a bound: "we handed over 30 letters", "turned over 12 files", "took over
     * 40 cases" give 30, 12 and 40 exactly. Verbs after which "over 30" reads as "more than 30" as often are not among
     * them ("signed over 30 letters", "passed over 30 bills", "won over 30 votes", "carried over 30 signatures", "gave
     * over 30 copies", "went over 30"), nor is a word that only comes before the verb ("we think over 30 will sign").
     * But "take" and "turn" go without a particle as often: "it took over 30 organizations to pass it" is more than
     * 30, and "turned over 100 pages" may be; {@link #overTwoWays} tells the validator so.
     */
    private static final Pattern PARTICLE_VERB = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|take[sn]?|taking|took)\\s+$");

    /**
     * Of those, the verbs with which "over" and a number read two ways: "took over 30 organizations" is more than 30 (it
     * took them to pass it) or 30 (it took charge of them), "turned over 100 pages" more than 100 or 100. "hand" is not
     * among them: it goes with a recipient ("handed them over 30 letters"), so "over" right after it is its particle.
     */
    private static final Pattern TWO_WAY_VERB = Pattern.compile("(?<![\\p{L}\\p{N}'’-])(?:turn(?:s|ed|ing)?|take[sn]?|taking|took)\\s+$");
    private static final Pattern OVER_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])over\\s+$");

    /**
     * Words "below" follows when it points to what is printed below rather than bounds a number: "the organizations
     * listed below", "see below".
     */
    private static final Pattern POINTS_BELOW = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])(?:listed|named|shown|given|mentioned|printed|written|signed|undersigned|see)\\s+$");

    /** Verbs after which "below" bounds the number though its line ends there: "membership fell below / 30 organizations". */
    private static final Pattern FALLS_BELOW = Pattern.compile("(?<![\\p{L}\\p{N}'’-])(?:f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?"
            + "|dip(?:s|ped|ping)?|s[aiu]nk|sinks|sinking|went|go(?:es|ne|ing)?|is|are|was|were|be|been|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?"
            + "|keep(?:s|ing)?|kept)\\s+$");

    /** A span of time after the number: "took over 40 days" is more than 40 days all the same. */
    private static final Pattern TIME = Pattern.compile(
            "[\\s-]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))(?![\\p{L}\\p{N}])");

    /** How far from the number a qualifier is looked for, in characters. */
    private static final int REACH = 40;

    private static Form english(String words, Bound bound) {
        return new Form(Pattern.compile("(?<![\\p{L}\\p{N}])(" + words + ")\\s*$"), bound, null);
    }

    private static Form japanese(String words, Bound bound, String english) {
        return new Form(Pattern.compile("(" + words + ")\\s*$"), bound, english);
    }

    private static Form after(String pattern, Bound bound) {
        return new Form(Pattern.compile(pattern + "(?![\\p{L}\\p{N}])(?!\\s*(?:than(?!\\p{L})|\\p{N}))"), bound, null);
    }

    private static Form afterNoun(String words, Bound bound) {
        return new Form(Pattern.compile(NOUN + "\\s+(" + words + ")(?![\\p{L}\\p{N}])"), bound, null);
    }

    /**
     * After the number, or after its counter (30団体以上), with の between or not (30以上の団体, 30団体を超える), and a
     * space, ideographic or not, after the counter or not (30団体　以上).
     */
    private static Form japaneseAfter(String words, Bound bound, String english) {
        return new Form(Pattern.compile("\\s*(?:(?:" + PrintedNumbers.COUNTERS + ")\\s*)?の?(" + words + ")"), bound, english);
    }

    private CountQualifiers() {
    }

    /** A qualifier found beside a number, and where it stands: {@code [start, end)} in the folded text. */
    record Found(CountQualifier qualifier, int start, int end) {
    }

    /** How the words qualify the number they state: the first qualifier printed beside it, else exact. */
    static CountQualifier of(String words) {
        String text = PrintedNumbers.Folded.of(TextMatch.normalize(words)).text();
        for (PrintedNumbers.Found n : PrintedNumbers.found(text)) {
            Optional<Found> q = around(text, n.start(), n.end(), i -> false);
            if (q.isPresent()) {
                return q.get().qualifier();
            }
        }
        return CountQualifier.EXACT;
    }

    /**
     * The qualifier printed just before, or else just after, the number at {@code [start, end)} of folded text, or
     * after the noun it counts.
     *
     * @param lineBreak whether the space at an index of the text stands for a line break
     */
    static Optional<Found> around(String text, int start, int end, IntPredicate lineBreak) {
        for (Form form : BEFORE) {
            Matcher m = form.pattern().matcher(text).region(Math.max(0, start - REACH), start)
                    .useTransparentBounds(true).useAnchoringBounds(true);
            if (m.find() && !(m.group(1).equals("over") && overIsAParticle(text, m.start(1), end))
                    && !(m.group(1).equals("below") && belowPointsToTheList(text, m.start(1), m.end(1), lineBreak))) {
                return Optional.of(found(form, m, false));
            }
        }
        for (Form form : AFTER) {
            Matcher m = form.pattern().matcher(text).region(end, Math.min(text.length(), end + REACH))
                    .useTransparentBounds(true);
            if (m.lookingAt() && !(form.english() != null && onItsOwnLine(text, m.start(1), m.end(1), lineBreak))) {
                return Optional.of(found(form, m, true));
            }
        }
        for (Form form : AFTER_NOUN) {
            Matcher m = form.pattern().matcher(text).region(end, Math.min(text.length(), end + 2 * REACH))
                    .useTransparentBounds(true);
            if (m.lookingAt() && endsThePhrase(text, m.end(1), lineBreak, !m.group(1).startsWith("at"))) {
                return Optional.of(found(form, m, true));
            }
        }
        return Optional.empty();
    }

    /** Whether "over", at {@code over} of the text, is the particle of the verb before it, as for the number ending at {@code end}. */
    private static boolean overIsAParticle(String text, int over, int end) {
        return before(PARTICLE_VERB, text, over) && !TIME.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * Whether "below", at {@code [start, end)} of the text, points to the list below rather than bounds the number after
     * it: it follows a word it points from ("listed below 30 organizations", where the line break was lost), or ends
     * its line ("the organizations below" above a line "30 organizations") but for after a verb it bounds the number
     * of ("fell below").
     */
    private static boolean belowPointsToTheList(String text, int start, int end, IntPredicate lineBreak) {
        if (before(POINTS_BELOW, text, start)) {
            return true;
        }
        return end < text.length() && text.charAt(end) == ' ' && lineBreak.test(end) && !before(FALLS_BELOW, text, start);
    }

    /** Whether the words just before {@code at} of the text end as the pattern, anchored at its end, has them. */
    private static boolean before(Pattern words, String text, int at) {
        return words.matcher(text).region(Math.max(0, at - REACH), at).useTransparentBounds(true).useAnchoringBounds(true).find();
    }

    /**
     * Whether Japanese words after a number stand on a line of their own: 以上 so printed ends a Japanese letter
     * ("end"), and qualifies no number on the line before ("賛同団体数 30" above it).
     */
    private static boolean onItsOwnLine(String text, int start, int end, IntPredicate lineBreak) {
        return start > 0 && text.charAt(start - 1) == ' ' && lineBreak.test(start - 1) && endsTheLine(text, end, lineBreak);
    }

    private static boolean endsTheLine(String text, int at, IntPredicate lineBreak) {
        return at >= text.length() || (text.charAt(at) == ' ' && (lineBreak.test(at) || at + 1 == text.length()));
    }

    /**
     * Whether a qualifier that follows the counted noun ends the phrase there: at the end of the words or of their line,
     * before a punctuation mark, or, when asked, before a verb the count is the subject of.
     */
    private static boolean endsThePhrase(String text, int at, IntPredicate lineBreak, boolean verbs) {
        if (endsTheLine(text, at, lineBreak)) {
            return true;
        }
        int next = text.charAt(at) == ' ' ? at + 1 : at;
        int type = Character.getType(text.codePointAt(next));
        boolean punctuation = switch (type) {
            case Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
        return punctuation || (verbs && next > at && VERB.matcher(text).region(next, text.length()).lookingAt());
    }

    private static Found found(Form form, Matcher m, boolean after) {
        boolean asPrinted = form.english() == null;
        String words = asPrinted ? m.group(1).replaceAll("\\s+", " ") : form.english();
        // the English for a Japanese qualifier goes before the number: "at least 30" for 30団体以上
        return new Found(new CountQualifier(form.bound(), words, after && asPrinted), m.start(1), m.end(1));
    }

    /**
     * A quote that leaves out the qualifier the letter prints with its number: the qualifier, and the quote with it,
     * as the letter prints them.
     */
    record LeftOut(String qualifier, String words) {
    }

    /**
     * Whether the quoted words, which state a count with no qualifier, stand in the text only beside one ("30
     * organizations" of "over 30 organizations", "30団体" of "30団体以上"): then the quote drops it and the count would
     * be shown as exact. Where the text prints the words without one too, they may be quoted from there.
     *
     * @param text       the text, normalised ({@link TextMatch#normalize})
     * @param lineBreaks the spaces of the text that stand for a line break ({@link TextMatch#lineBreaks}): 以上 on a
     *                   line of its own ends a letter, and qualifies no number
     */
    static Optional<LeftOut> leftOut(String quote, String text, java.util.BitSet lineBreaks) {
        String q = TextMatch.normalize(quote);
        List<PrintedNumbers.Found> numbers = PrintedNumbers.found(PrintedNumbers.Folded.of(q).text());
        if (q.isEmpty() || numbers.isEmpty() || !of(q).isExact()) {
            return Optional.empty();
        }
        List<LeftOut> found = new ArrayList<>();
        for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
            if (!TextMatch.standsWhole(text, at, at + q.length())) {
                continue; // "30 organizations" of "130 organizations" is not where the letter prints the words bare
            }
            Place place = Place.of(text, at, q.length(), lineBreaks);
            String window = place.window();
            PrintedNumbers.Folded folded = place.folded();
            int quoteStart = place.quoteStart();
            int quoteEnd = place.quoteEnd();
            Optional<LeftOut> here = Optional.empty();
            for (PrintedNumbers.Found n : numbers) {
                Optional<Found> qualifier = around(folded.text(), quoteStart + n.start(), quoteStart + n.end(), place.lineBreak());
                if (qualifier.isPresent() && (qualifier.get().start() < quoteStart || qualifier.get().end() > quoteEnd)) {
                    Found f = qualifier.get();
                    here = Optional.of(new LeftOut(window.substring(folded.from()[f.start()], folded.from()[f.end()]),
                            window.substring(folded.from()[Math.min(f.start(), quoteStart)], folded.from()[Math.max(f.end(), quoteEnd)])));
                    break;
                }
            }
            if (here.isEmpty()) {
                return Optional.empty(); // printed here as quoted
            }
            found.add(here.get());
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Whether a number of the quoted words is, wherever the text prints them, a percentage: "30" of "30% of our
     * members" counts no signatories, and would be shown as 30 of them. Where the text prints the words as a count
     * too, they may be quoted from there. The words as the letter prints them, percentage included ("30%").
     *
     * @param text       the text, normalised ({@link TextMatch#normalize})
     * @param lineBreaks the spaces of the text that stand for a line break ({@link TextMatch#lineBreaks})
     */
    static Optional<String> percentage(String quote, String text, java.util.BitSet lineBreaks) {
        return everywhere(quote, text, lineBreaks, (place, numbers) -> {
            String folded = place.folded().text();
            for (PrintedNumbers.Found n : numbers) {
                int percentEnd = PrintedNumbers.percentEnd(folded, place.quoteStart() + n.end());
                if (percentEnd >= 0) {
                    return Optional.of(place.window().substring(place.printedAt(),
                            Math.max(place.printedAt() + place.printedLength(), place.folded().from()[percentEnd])).strip());
                }
            }
            return Optional.empty(); // printed here as a count
        });
    }

    /**
     * Whether a number of the quoted words is, wherever the text prints them, one end of a range ("40 organizations" of
     * "30–40 organizations", "between 30 and 40 organizations"): the quote would give that end as the count, exactly.
     * Where the text prints the words otherwise too, they may be quoted from there. The range with the quote, as the
     * letter prints them.
     *
     * @param text       the text, normalised ({@link TextMatch#normalize})
     * @param lineBreaks the spaces of the text that stand for a line break ({@link TextMatch#lineBreaks})
     */
    static Optional<String> rangeEnd(String quote, String text, java.util.BitSet lineBreaks) {
        return everywhere(quote, text, lineBreaks, (place, numbers) -> {
            for (PrintedNumbers.Range range : PrintedNumbers.ranges(place.folded().text())) {
                boolean cut = range.start() < place.quoteStart() || range.end() > place.quoteEnd();
                boolean ours = numbers.stream().anyMatch(n -> place.quoteStart() + n.start() == range.low().start()
                        || place.quoteStart() + n.start() == range.high().start());
                if (cut && ours) {
                    int[] from = place.folded().from();
                    return Optional.of(place.window().substring(Math.min(place.printedAt(), from[range.start()]),
                            Math.max(place.printedAt() + place.printedLength(), from[range.end()])));
                }
            }
            return Optional.empty(); // printed here as no range's end
        });
    }

    /**
     * Whether a number of the quoted words is, wherever the text prints them, after "over" after "took" or "turned"
     * (not a span of time after it): the letter's words read as more than the number or as the number exactly, and the
     * page can show neither as the letter's. The verb with the quote, as printed, and the number.
     *
     * @param text       the text, normalised ({@link TextMatch#normalize})
     * @param lineBreaks the spaces of the text that stand for a line break ({@link TextMatch#lineBreaks})
     */
    static Optional<TwoWays> overTwoWays(String quote, String text, java.util.BitSet lineBreaks) {
        return everywhere(quote, text, lineBreaks, (place, numbers) -> {
            String folded = place.folded().text();
            for (PrintedNumbers.Found n : numbers) {
                int start = place.quoteStart() + n.start();
                Matcher over = OVER_BEFORE.matcher(folded).region(Math.max(0, start - REACH), start)
                        .useTransparentBounds(true).useAnchoringBounds(true);
                if (!over.find() || !before(TWO_WAY_VERB, folded, over.start())
                        || TIME.matcher(folded).region(place.quoteStart() + n.end(), folded.length()).lookingAt()) {
                    continue;
                }
                Matcher verb = TWO_WAY_VERB.matcher(folded).region(Math.max(0, over.start() - REACH), over.start())
                        .useTransparentBounds(true).useAnchoringBounds(true);
                verb.find();
                int from = Math.min(place.printedAt(), place.folded().from()[verb.start()]);
                return Optional.of(new TwoWays(place.window().substring(from, place.printedAt() + place.printedLength()), n.value()));
            }
            return Optional.empty(); // printed here with no such verb
        });
    }

    /** Words of a letter that state a count two ways ({@link #overTwoWays}), and the number they state. */
    record TwoWays(String words, long number) {
    }

    /**
     * Words right after a number that make it a count of others than the names the letter gives: "2 other
     * organizations", "30 others", "30 more", "30 additional groups".
     */
    private static final Pattern OTHERS_AFTER = Pattern.compile("\\s*(?:others?|more|additional|further)(?![\\p{L}\\p{N}])");

    /** Words right before a number that do: "another 30", "and 30 other", Japanese ほか30団体, その他30団体. */
    private static final Pattern OTHERS_BEFORE = Pattern.compile("(?:(?<![\\p{L}\\p{N}])another\\s*|ほか\\s*|他\\s*)$");

    /**
     * Whether a number of the quoted words is, wherever the text prints them, a count of signatories besides those
     * the letter names ("2 other organizations", "another 30", "ピースボートほか30団体"), not of all of them: quoted as the
     * stated count, it would have the page give it as the letter's total. The words with the number, as printed.
     *
     * @param text       the text, normalised ({@link TextMatch#normalize})
     * @param lineBreaks the spaces of the text that stand for a line break ({@link TextMatch#lineBreaks})
     */
    static Optional<String> othersCounted(String quote, String text, java.util.BitSet lineBreaks) {
        return everywhere(quote, text, lineBreaks, (place, numbers) -> {
            String folded = place.folded().text();
            int[] from = place.folded().from();
            for (PrintedNumbers.Found n : numbers) {
                int start = place.quoteStart() + n.start();
                int end = place.quoteStart() + n.end();
                Matcher after = OTHERS_AFTER.matcher(folded).region(end, folded.length()).useTransparentBounds(true);
                Matcher before = OTHERS_BEFORE.matcher(folded).region(Math.max(0, start - REACH), start).useTransparentBounds(true);
                boolean isAfter = after.lookingAt();
                boolean isBefore = before.find();
                if (isAfter || isBefore) {
                    return Optional.of(place.window().substring(Math.min(place.printedAt(), from[isBefore ? before.start() : start]),
                            Math.max(place.printedAt() + place.printedLength(), from[isAfter ? after.end() : end])).strip());
                }
            }
            return Optional.empty(); // printed here as a count of all
        });
    }

    /**
     * What {@code reading} finds at the first place the text prints the quote as whole words, when it finds something
     * at every such place; empty when the quote holds no number, or some place prints it otherwise, since the quote
     * may then be from there.
     *
     * @param reading what one place prints around the quote, given the numbers the quote holds
     */
    private static <T> Optional<T> everywhere(String quote, String text, java.util.BitSet lineBreaks,
                                              java.util.function.BiFunction<Place, List<PrintedNumbers.Found>, Optional<T>> reading) {
        String q = TextMatch.normalize(quote);
        List<PrintedNumbers.Found> numbers = PrintedNumbers.found(PrintedNumbers.Folded.of(q).text());
        if (q.isEmpty() || numbers.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> first = Optional.empty();
        for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
            if (!TextMatch.standsWhole(text, at, at + q.length())) {
                continue;
            }
            Optional<T> here = reading.apply(Place.of(text, at, q.length(), lineBreaks), numbers);
            if (here.isEmpty()) {
                return Optional.empty();
            }
            if (first.isEmpty()) {
                first = here;
            }
        }
        return first;
    }

    /**
     * The text around one place where it prints a quote, folded as numbers and qualifiers are read: from as far before
     * the quote as a qualifier before its number may reach to as far past it as one after the counted noun, and the word
     * after that, may reach.
     *
     * @param window     the text's words there, as printed
     * @param folded     the window folded ({@link PrintedNumbers.Folded})
     * @param lineBreak  whether a character of the folded window stands for a line break
     * @param quoteStart where the quote starts in the folded window
     * @param quoteEnd   where it ends
     * @param printedAt  where the quote starts in the window as printed
     * @param printedLength how long it is there
     */
    private record Place(String window, PrintedNumbers.Folded folded, IntPredicate lineBreak, int quoteStart, int quoteEnd,
                         int printedAt, int printedLength) {
        static Place of(String text, int at, int length, java.util.BitSet lineBreaks) {
            int from = Math.max(0, at - REACH - 1);
            String window = text.substring(from, Math.min(text.length(), at + length + 3 * REACH + 1));
            PrintedNumbers.Folded folded = PrintedNumbers.Folded.of(window);
            return new Place(window, folded, i -> lineBreaks.get(from + folded.from()[i]), folded.to()[at - from],
                    folded.to()[at - from + length], at - from, length);
        }

        /** The folded window with each space that stands for a line break as "\n": digits on two lines are two numbers. */
        String foldedWithBreaks() {
            char[] chars = folded.text().toCharArray();
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == ' ' && lineBreak.test(i)) {
                    chars[i] = '\n';
                }
            }
            return new String(chars);
        }
    }

    /**
     * A number of a quote that the letter prints otherwise where it prints the quote: cut from a longer number
     * ({@code numbers} holds that one), or from words that state none (数十名: {@code numbers} is empty), or two numbers
     * that the quote reads as one ({@code numbers} holds them).
     *
     * @param quoted  the number the quote states
     * @param numbers what the letter prints there
     * @param words   the letter's words there: the quote with the longer number, or with the word before it
     * @param onLines whether the letter prints the numbers on lines of their own
     */
    record NumberPrinted(long quoted, List<Long> numbers, String words, boolean onLines) {
        boolean cut() {
            return numbers.size() <= 1;
        }
    }

    /** Kanji numerals, which 数 (何, 幾) before one makes some tens, hundreds or thousands: 数十, 百数十, 何百. */
    private static final String KANJI_DIGITS = "〇一二三四五六七八九十百千";

    /**
     * Whether a number of the quoted words is, wherever the text prints them, cut from a longer number ("500
     * organisations" of "1 500 organisations", 十団体 of 三十団体, "5千人" of "3万5千人", "twenty organizations" of "one
     * hundred and twenty organizations"), or two numbers that the quote reads as one ("2 300 organisations" where the
     * letter prints 2 and 300 on two lines, or "Article 2 300"): the count would be one the letter does not state.
     * Where the text prints the number as the quote reads it too, it may be quoted from there.
     *
     * @param text       the text, normalised ({@link TextMatch#normalize})
     * @param lineBreaks the spaces of the text that stand for a line break ({@link TextMatch#lineBreaks})
     */
    static Optional<NumberPrinted> numberPrintedOtherwise(String quote, String text, java.util.BitSet lineBreaks) {
        return everywhere(quote, text, lineBreaks, (place, numbers) -> {
            List<PrintedNumbers.Found> printed = PrintedNumbers.found(place.foldedWithBreaks());
            int[] from = place.folded().from();
            for (PrintedNumbers.Found n : numbers) {
                int start = place.quoteStart() + n.start();
                int end = place.quoteStart() + n.end();
                String folded = place.folded().text();
                if (start > 0 && "数何幾".indexOf(folded.charAt(start - 1)) >= 0 && KANJI_DIGITS.indexOf(folded.charAt(start)) >= 0) {
                    // 十名 of 数十名 (some tens), 十団体 of 百数十団体 (a hundred and some tens), 百人 of 何百人 (hundreds)
                    int first = start - 1;
                    while (first > 0 && (KANJI_DIGITS + "数何幾0123456789,").indexOf(folded.charAt(first - 1)) >= 0) {
                        first--;
                    }
                    String words = place.window().substring(from[first], place.printedAt() + place.printedLength());
                    List<Long> stated = PrintedNumbers.in(words);
                    return Optional.of(new NumberPrinted(n.value(), stated.size() == 1 ? stated : List.of(), words, false));
                }
                for (PrintedNumbers.Found p : printed) {
                    if (p.start() <= start && p.end() >= end && (p.start() < start || p.end() > end)) {
                        return Optional.of(new NumberPrinted(n.value(), List.of(p.value()), place.window().substring(
                                Math.min(place.printedAt(), from[p.start()]), Math.max(place.printedAt() + place.printedLength(), from[p.end()])), false));
                    }
                }
                List<Long> parts = printed.stream().filter(p -> p.start() >= start && p.end() <= end)
                        .sorted(java.util.Comparator.comparingInt(PrintedNumbers.Found::start)).map(PrintedNumbers.Found::value).toList();
                if (parts.size() > 1) {
                    boolean onLines = java.util.stream.IntStream.range(start, end).anyMatch(place.lineBreak()::test);
                    return Optional.of(new NumberPrinted(n.value(), parts, place.window().substring(
                            previousWord(place.window(), place.printedAt()), place.printedAt() + place.printedLength()), onLines));
                }
            }
            return Optional.empty(); // printed here as the quote reads it
        });
    }

    /**
     * A quote whose qualifier the letter does not give its number where it prints the quote: how the quote reads, the
     * letter's words there, and the words to quote instead.
     *
     * @param quoted  the count as the quote reads it ("30 and more")
     * @param number  the number the qualifier goes with
     * @param words   the letter's words where it prints the quote, with the word that shows how it reads them
     * @param printed how the letter qualifies the number there; exact when it does not
     * @param instead the words that state the count as the letter gives it: the quote without the qualifier, or with
     *                the letter's own
     */
    record NotInSource(String quoted, long number, String words, CountQualifier printed, String instead) {
    }

    /**
     * Whether the quoted words, which carry a qualifier, are printed in the text only where it does not qualify the
     * number so: "30 organizations and more" ends where the qualifier would end the phrase, but the letter goes on
     * ("30 organizations and more individuals", 30 exactly); "more than 30" of "no more than 30". Where the text reads
     * the words as the quote does once, they may be quoted from there, as {@link #leftOut} has it.
     *
     * @param text       the text, normalised ({@link TextMatch#normalize})
     * @param lineBreaks the spaces of the text that stand for a line break ({@link TextMatch#lineBreaks})
     */
    static Optional<NotInSource> notInSource(String quote, String text, java.util.BitSet lineBreaks) {
        String q = TextMatch.normalize(quote);
        PrintedNumbers.Folded fq = PrintedNumbers.Folded.of(q);
        PrintedNumbers.Found number = null;
        Found quoted = null;
        for (PrintedNumbers.Found n : PrintedNumbers.found(fq.text())) {
            Optional<Found> f = around(fq.text(), n.start(), n.end(), i -> false);
            if (f.isPresent()) {
                number = n;
                quoted = f.get();
                break;
            }
        }
        if (quoted == null) {
            return Optional.empty();
        }
        Optional<NotInSource> first = Optional.empty();
        for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
            if (!TextMatch.standsWhole(text, at, at + q.length())) {
                continue;
            }
            Place place = Place.of(text, at, q.length(), lineBreaks);
            String window = place.window();
            PrintedNumbers.Folded folded = place.folded();
            int quoteStart = place.quoteStart();
            int quoteEnd = place.quoteEnd();
            IntPredicate lineBreak = place.lineBreak();
            Optional<Found> here = around(folded.text(), quoteStart + number.start(), quoteStart + number.end(), lineBreak);
            if (here.isPresent() && here.get().qualifier().equals(quoted.qualifier())) {
                return Optional.empty(); // printed here as quoted
            }
            if (first.isPresent()) {
                continue;
            }
            int start = place.printedAt();
            int end = start + q.length();
            String instead;
            if (here.isPresent()) {
                start = Math.min(start, folded.from()[here.get().start()]);
                end = Math.max(end, folded.from()[here.get().end()]);
                instead = window.substring(start, end);
            } else if (quoted.start() > number.start()) { // the words after the number go on: show the next
                end = nextWord(window, end);
                instead = q.substring(0, fq.from()[quoted.start()]).strip();
            } else {
                start = previousWord(window, start);
                instead = q.substring(fq.from()[quoted.end()]).strip();
            }
            first = Optional.of(new NotInSource(quoted.qualifier().show((int) number.value()), number.value(),
                    window.substring(start, end), here.map(Found::qualifier).orElse(CountQualifier.EXACT), instead));
        }
        return first;
    }

    /** Where the word after {@code at} (a space between) ends, or {@code at} when none follows. */
    private static int nextWord(String text, int at) {
        Matcher m = Pattern.compile(" ?[\\p{L}\\p{N}]{1,20}").matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() : at;
    }

    /** Where the word before {@code at} (a space between) starts, or {@code at} when none precedes. */
    private static int previousWord(String text, int at) {
        int end = at > 0 && text.charAt(at - 1) == ' ' ? at - 1 : at;
        int i = end;
        while (i > Math.max(0, end - 20) && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return i < end ? i : at;
    }
}
