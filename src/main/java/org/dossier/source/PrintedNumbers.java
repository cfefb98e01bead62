package org.dossier.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole numbers that words printed in a source state, so that a count given in the metadata can be checked
 * against the words it quotes: digits (25, 1,234, full-width ２５), English number words (twenty-five, thirty two,
 * one hundred and twelve, two thousand) and kanji numerals before a counter (三十二団体), each with the word of magnitude
 * after it ("2 million", 3万); not a percentage (30%).
 */
final class PrintedNumbers {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    /** Japanese counters of organisations, people and countries: a kanji numeral counts only before one. */
    static final String COUNTERS = "団体|組織|人|名|か国|カ国|ヶ国|社";

    /**
     * Digits in groups of three parted by a space (any: a thin, narrow no-break or no-break space folds to one) or an
     * apostrophe, as SI, French and Swiss text print thousands: "1 500", "12 345 678", "1'500". The first group has one
     * to three digits, every other exactly three, on one line (a line break given as "\n"), and no word that numbers
     * what follows it stands before ("Article 5 100 organisations" is article 5, then 100). Nor is the first group the
     * end of a date, a time or a name it is joined to ("2024-05-30 125 organisations", "at 10:30 120", "30/5 120",
     * "COVID-19 120", "G7 120", a note's mark "Statute1 120"): those digits are no thousands of the count after them.
     * A colon or slash joins them only after a digit, a hyphen after a digit or letter: "Signatories:1 500" is 1500.
     */
    private static final String GROUPED = "(?<![\\p{N}.,'’#\\p{IsLatin}])(?<!\\p{N}[:/])(?<![\\p{N}\\p{IsLatin}][-‐‑–])(?<!(?<!\\p{L})(?:article|articles|art|art\\.|no|no\\.|nos|nos\\.|nr\\.|para|paras|para\\.|paras\\.|paragraph|paragraphs"
            + "|section|sections|sec\\.|§|rule|rules|page|pages|p\\.|pp\\.|chapter|chapters|annex|annexes|appendix|item|items|resolution|res\\.|footnote"
            + "|note|notes|point|points|line|lines|part|parts|table|figure|fig\\.|vol\\.|volume|recommendation|recommendations) )\\d{1,3}(?:[ '’]\\d{3})+(?!\\d)";

    /**
     * Digits in groups of three parted by points, as German, Spanish or Indonesian text prints thousands: "1.500
     * organisations" is 1500 (no count is 1.5), and quoted whole stated 1 and 500. Not a date's ("30.05.2024"), nor
     * before a word of magnitude, where the point is a decimal one ("1.500 million", read with it).
     */
    private static final String POINT_GROUPED = "(?<![\\p{N}.,])\\d{1,3}(?:\\.\\d{3})+(?![\\p{N}.,])";

    /**
     * Digits grouped as Indian text prints them, by two above the thousands: "1,00,000" (a lakh) is 100000, "1,00,00,000"
     * (a crore) 10000000; else "1,00,000 signatures" stated 1 and 0.
     */
    private static final String LAKHS = "(?<![\\p{N}.,])\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\p{N}]|[.,]\\d)";

    /**
     * Digits (with thousands separators; an ordinal such as 20th is no count, nor a plural such as 100s, "hundreds"),
     * a word (hyphens inside), or any other sign.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(" + LAKHS + "|\\d{1,3}(?:,\\d{3})+(?!\\d)|" + POINT_GROUPED + "|" + GROUPED + "|\\d+)((?:st|nd|rd|th|s)(?!\\p{L}))?|(\\p{L}+(?:[-‐‑–]\\p{L}+)*)|\\S");

    private PrintedNumbers() {
    }

    /** The different numbers the words state, in the order they first occur. */
    static List<Long> in(String words) {
        List<Long> found = new ArrayList<>();
        for (Found n : found(Folded.of(words).text())) {
            if (!found.contains(n.value())) {
                found.add(n.value());
            }
        }
        return found;
    }

    /** A number stated in folded words, and where: {@code [start, end)} in them. */
    record Found(long value, int start, int end) {
    }

    /**
     * Every number the folded words state, each time it is stated, with where: digits and number words in the order
     * they occur, then kanji numerals.
     */
    static List<Found> found(String text) {
        List<Found> found = new ArrayList<>();
        List<int[]> spelled = new ArrayList<>(); // the words in a row that may spell numbers: start, end in text
        List<String> spelledWords = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            List<String> parts = m.group(3) == null ? List.of() : List.of(m.group(3).split("[-‐‑–]"));
            String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
            if (parts.size() > 1 && (last.equals("odd") || last.equals("plus") || last.equals("some") || last.equals("something") || last.equals("ish"))
                    && parts.subList(0, parts.size() - 1).stream().allMatch(PrintedNumbers::isNumberWord)) {
                // "thirty-odd", "thirty-plus", "thirty-some": the number ends before its qualifier (CountQualifiers reads it)
                int numberEnd = m.end(3) - last.length() - 1;
                parts.subList(0, parts.size() - 1).forEach(p -> {
                    spelledWords.add(p);
                    spelled.add(new int[] {m.start(3), numberEnd});
                });
                found.addAll(new Spelled(spelledWords, spelled).numbers());
                spelled.clear();
                spelledWords.clear();
                continue;
            }
            if (!parts.isEmpty() && parts.stream().allMatch(PrintedNumbers::isNumberWord)) {
                spelledWords.addAll(parts);
                parts.forEach(p -> spelled.add(new int[] {m.start(3), m.end(3)}));
                continue;
            }
            found.addAll(new Spelled(spelledWords, spelled).numbers());
            spelled.clear();
            spelledWords.clear();
            if (m.group(1) != null && m.group(2) == null) {
                found.add(new Found(digits(m.group(1).replaceAll("[,. '’]", "")), m.start(1), m.end(1)));
            }
        }
        found.addAll(new Spelled(spelledWords, spelled).numbers());
        Matcher kanji = KANJI.matcher(text);
        while (kanji.find()) {
            int g = kanji.group(1) != null ? 1 : kanji.group(2) != null ? 2 : 3;
            found.add(new Found(kanji(kanji.group(g)), kanji.start(g), kanji.end(g)));
        }
        scaled(text, found);
        found.removeIf(n -> percentEnd(text, n.end()) >= 0
                || (n.start() > 0 && text.charAt(n.start() - 1) == '割' && text.startsWith("分", n.end()))); // 3割5分, 35%
        return found;
    }

    /**
     * Digits before a word of magnitude, and kanji of magnitude after digits: "2 million", "1.5 million", "30 thousand",
     * "30k", 3万, 3万5千, 1.2万. The number so printed is its digits times the magnitude.
     */
    private static final Pattern MAGNITUDE = Pattern.compile("(?<![\\p{N}.,])(" + LAKHS + "|\\d{1,3}(?:,\\d{3})+(?!\\d)|" + GROUPED + "|\\d+)(?:\\.(\\d+))?"
            + "(?:\\s*(million|billion|trillion|thousand|dozen|score)|(k|bn|m))(?![\\p{L}\\p{N}])"
            + "|(?<![\\p{N}.,])(?:\\d+(?:\\.\\d+)?[億万千百])+(?:\\d+|[〇一二三四五六七八九十百千]+(?=" + PrintedNumbers.TO_COUNTER + "))?"); // a constant: no forward reference
    private static final Pattern KANJI_MAGNITUDE = Pattern.compile("(\\d+(?:\\.\\d+)?)([億万千百])|(\\d+)$|([〇一二三四五六七八九十百千]+)$");
    /** A spelled number's words, then a word of magnitude: "two million", "two and a half million". */
    private static final Pattern SPELLED_MAGNITUDE = Pattern.compile("((?:[\\s-]+(?:and|a|half|quarter|point|[a-z]+teen|zero|one|two|three|four"
            + "|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))*)[\\s-]+(million|billion|trillion)(?![\\p{L}\\p{N}])");

    /**
     * Each number printed with a word of magnitude is read with it: "2 million signatures" stated 2, "1.5 million" 1 and
     * 5, 3万人 (30,000 people) 3, "two million" 2, so a count of 2 built where the letter gives two million. Where what it
     * comes to is no whole number, or spelled with words between ("two and a half million"), the words state none.
     */
    private static void scaled(String text, List<Found> found) {
        Matcher m = MAGNITUDE.matcher(text);
        while (m.find()) {
            java.math.BigDecimal value;
            if (m.group(1) != null) {
                String word = m.group(3) != null ? m.group(3) : m.group(4);
                long times = switch (word) {
                    case "dozen" -> 12L; // "2 dozen" is 24, as "two dozen" is
                    case "score" -> 20L;
                    case "thousand", "k" -> 1_000L;
                    case "million", "m" -> 1_000_000L;
                    case "billion", "bn" -> 1_000_000_000L;
                    default -> 1_000_000_000_000L;
                };
                value = new java.math.BigDecimal(m.group(1).replaceAll("[, '’]", "") + (m.group(2) == null ? "" : "." + m.group(2)))
                        .multiply(java.math.BigDecimal.valueOf(times));
            } else {
                value = japanese(m.group());
            }
            replace(found, m.start(), m.end(), value);
        }
        for (Found n : List.copyOf(found)) {
            if (!Character.isLetter(text.charAt(n.start()))) {
                continue;
            }
            Matcher w = SPELLED_MAGNITUDE.matcher(text).region(n.end(), text.length());
            if (w.lookingAt()) {
                long times = switch (w.group(2)) {
                    case "million" -> 1_000_000L;
                    case "billion" -> 1_000_000_000L;
                    default -> 1_000_000_000_000L;
                };
                replace(found, n.start(), w.end(), w.group(1).isEmpty()
                        ? java.math.BigDecimal.valueOf(n.value()).multiply(java.math.BigDecimal.valueOf(times)) : null);
            }
        }
    }

    /** Digits and kanji of magnitude: 3万5千 is 35,000, 1.2万 12,000, 1千5百 1,500, 5百 500, 1万五千 15,000. */
    private static java.math.BigDecimal japanese(String printed) {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        java.math.BigDecimal section = java.math.BigDecimal.ZERO; // below 万, or below 億
        Matcher part = KANJI_MAGNITUDE.matcher(printed);
        while (part.find()) {
            if (part.group(3) != null || part.group(4) != null) { // 1万5千人, or 1万五千人: kanji below the digits' 万
                section = section.add(part.group(3) != null ? new java.math.BigDecimal(part.group(3)) : java.math.BigDecimal.valueOf(kanji(part.group(4))));
                continue;
            }
            java.math.BigDecimal n = new java.math.BigDecimal(part.group(1));
            switch (part.group(2)) {
                case "千" -> section = section.add(n.multiply(java.math.BigDecimal.valueOf(1_000)));
                case "百" -> section = section.add(n.multiply(java.math.BigDecimal.valueOf(100)));
                case "万" -> {
                    total = total.add(section.add(n).multiply(java.math.BigDecimal.valueOf(10_000)));
                    section = java.math.BigDecimal.ZERO;
                }
                default -> {
                    total = total.add(section.add(n).multiply(java.math.BigDecimal.valueOf(100_000_000)));
                    section = java.math.BigDecimal.ZERO;
                }
            }
        }
        return total.add(section);
    }

    /**
     * The numbers found within {@code [start, end)} give way to the one they print there, in the place of the first; to
     * none when it is null or no whole number.
     */
    private static void replace(List<Found> found, int start, int end, java.math.BigDecimal value) {
        int at = -1;
        for (int i = found.size() - 1; i >= 0; i--) {
            Found n = found.get(i);
            if (n.start() >= start && n.end() <= end) {
                found.remove(i);
                at = i;
            }
        }
        if (value == null || value.stripTrailingZeros().scale() > 0) {
            return;
        }
        long whole;
        try {
            whole = value.longValueExact();
        } catch (ArithmeticException tooLarge) {
            whole = Long.MAX_VALUE;
        }
        found.add(at < 0 ? found.size() : at, new Found(whole, start, end));
    }

    /**
     * Two numbers printed as the ends of a range: "30–40", "30-40", "30 to 40", "from 30 to 40", "between 30 and 40",
     * "30 or 40", "30/40", "30〜40団体", "30から40団体", "30団体から40団体", the first below the second. Neither is the count: a
     * letter so printed gives none exactly.
     *
     * An end may be words that state no number (数十～百団体, "dozens to a hundred organizations", "30 to several
     * hundred"): the other end is no count all the same. Such an end is a {@link Found} of value -1 where the words stand.
     *
     * @param start where the range's words start in the folded text ("between" included)
     * @param end   where they end (the second number's)
     * @param text  the folded text, so that an end in words is shown as printed
     */
    record Range(Found low, Found high, int start, int end, String text) {
        Range(Found low, Found high, int start, int end) {
            this(low, high, start, end, "");
        }

        /** The range as the message gives it: "30 to 40", "数十 to 100", "dozens to 100". */
        String show() {
            return end(low) + " to " + end(high);
        }

        private String end(Found f) {
            return f.value() >= 0 ? String.valueOf(f.value()) : text.substring(f.start(), f.end());
        }
    }

    /**
     * Words for some tens, hundreds or thousands, which may be a range's end though they state no number: 数十, 数百, 何百, 数万,
     * 十数, 二十数, 百数十; "dozens", "tens", "hundreds", "scores", "a few dozen", "several hundred", "some dozens".
     */
    private static final String VAGUE = "(?:[〇一二三四五六七八九十百千]+数[十百千]*|[数何幾][十百千万億]+"
            + "|(?<![\\p{L}\\p{N}])(?:(?:a\\s+few|several|some|many)\\s+)?(?:dozens|tens|hundreds|thousands|scores)"
            + "|(?<![\\p{L}\\p{N}])(?:a\\s+few|several|some)\\s+(?:dozen|hundred|thousand)(?![\\p{L}\\p{N}]))";
    /**
     * An em dash between words that state no number and a number is a range's only where a space does not stand on
     * both sides: "in the hundreds — 120 organizations and 300 individuals — signed" sets 120 aside, no range's end.
     */
    private static final String NOT_ASIDE = "(?:—(?!\\s)|(?<!\\s)—)";
    private static final Pattern VAGUE_LOW = Pattern.compile("(?:(?<![\\p{L}\\p{N}])(between|from)\\s+)?(" + VAGUE + ")(?:\\s*(?<counter>" + COUNTERS
            + "))?(?:\\s*(?:[-‐‑–―ー~〜]|" + NOT_ASIDE + "|to|から|ないし|乃至)\\s*|\\s+(and)\\s+)$");
    private static final Pattern VAGUE_HIGH = Pattern.compile("\\s*(?<counter>" + COUNTERS + ")?\\s*(?:[-‐‑–―ー~〜]|" + NOT_ASIDE + "|to|から|ないし|乃至)\\s*(" + VAGUE + ")");

    /**
     * Between the ends of a range: a dash (the Japanese ― too, and ー typed for one), a tilde or wave dash, "to", "or",
     * から, ないし, 乃至, after the first's counter or
     * not (30〜40団体, 30団体〜40団体).
     * "between" is looked for before the first for "and".
     */
    private static final Pattern RANGE_GAP = Pattern.compile("\\s*(?:(?<counter>" + COUNTERS + ")\\s*)?(?:[-‐‑–—―ー~〜]|to|or|から|ないし|乃至)\\s*");

    /**
     * Whether the second end of a range whose first is printed with a counter ({@code counter}, or null) is printed with
     * one of the same things, a qualifier between: "30団体から40団体" and "30人から40名" are ranges, but "30団体から40件の意見"
     * (40 comments from 30 organisations) and "120団体から数百件" are two counts of different things.
     */
    private static boolean sameCounter(String counter, String text, int at) {
        if (counter == null) {
            return true;
        }
        Pattern same = counter.equals("人") || counter.equals("名") ? SAME_PEOPLE : counter.endsWith("国") ? SAME_COUNTRIES : SAME_BODIES;
        return same.matcher(text).region(at, text.length()).lookingAt();
    }

    private static final String COUNTER_QUALIFIER = "\\s*(?:数[十百千]?|有余|余り?|以上|以下|未満|超|近く|ほど|程度|前後)?の?\\s*";
    private static final Pattern SAME_PEOPLE = Pattern.compile(COUNTER_QUALIFIER + "(?:人|名)");
    private static final Pattern SAME_COUNTRIES = Pattern.compile(COUNTER_QUALIFIER + "(?:か国|カ国|ヶ国)");
    private static final Pattern SAME_BODIES = Pattern.compile(COUNTER_QUALIFIER + "(?:団体|組織|社)");

    /**
     * A slash between two numbers, as "30/40 organizations" prints two counts, either of them; not in a date
     * ("30/5/2024", "2024/5/30": a slash or point and a digit before the first or after the second).
     */
    private static final Pattern SLASH_GAP = Pattern.compile("\\s*[/\uFF0F]\\s*");
    private static final Pattern DATE_BEFORE = Pattern.compile("\\d\\s*[/.\uFF0F]\\s*$");
    private static final Pattern DATE_AFTER = Pattern.compile("\\s*[/.\uFF0F]\\s*\\d");
    private static final Pattern AND_GAP = Pattern.compile("\\s+and\\s+");
    private static final Pattern BETWEEN = Pattern.compile("(?<![\\p{L}\\p{N}])between\\s+$");
    private static final Pattern FROM = Pattern.compile("(?<![\\p{L}\\p{N}])from\\s+$");

    /**
     * Words of a change, not a range: "grew from 25 to 30 organizations", "up from 25 to 30", "25団体から30団体に増えた": 30
     * is a count. Up to three words may stand between the verb and "from" ("grew this year from 25 to 30", "has grown,
     * from 25 to 30"), no sentence ending between them; "by" just after the verb gives the change's size ("rose by 12 to
     * 45 organizations": 45 is the count, 12 how many joined), but not after "up" ("backed up by 30 to 40 organizations").
     */
    private static final String CHANGE_VERB = "(?<![\\p{L}\\p{N}])(?:gr[eo]w[sn]?|growing|r[io]sen?|rises|rising"
            + "|(?:in|de)creas(?:e[sd]?|ing)|(?:chang|jump|expand|climb|doubl|dropp|declin)(?:e[sd]?|ed|ing|s)|went|gone|fell|fallen|shr[au]nk)";
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?:" + CHANGE_VERB + "(?:,?\\s+[\\p{L}\\p{N}'’-]+){0,3}?,?"
            + "|(?<![\\p{L}\\p{N}])(?:up|down))\\s+from\\s+$|" + CHANGE_VERB + "\\s+by\\s+$");
    /**
     * ... and after the second number: に or へ (へと) and a verb of change, or に and "became" in the past (40団体になった,
     * になりました); "will be" (40団体になる見込み) may give a range as the count expected, and stays one.
     */
    private static final Pattern CHANGE_AFTER = Pattern.compile("(?:" + COUNTERS + ")?(?:(?:に|へと?)(?:増|減|拡|倍|達)|になっ|になりまし)");

    /**
     * A page's number set between dashes ("- 3 -", "— 3 —"), as PDF text prints it between the last line of a page and
     * the first of the next: "- 3 - 45 organizations have signed" is page 3, then 45, no range.
     */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])[-‐‑–—]\\s*\\d{1,3}\\s*[-‐‑–—]\\s*$");

    /**
     * A year that ends a dateline, a place's or a date's, before a dash set apart by spaces: "Tokyo, 2023 – 2500
     * organisations", "Geneva, 12 May 2024 - 310 organisations" print the date, then the count. The place starts the
     * words, a sentence or a bracket, so that "300 organisations, 2000 – 3000 individuals" stays a range.
     */
    private static final Pattern DATELINE = Pattern.compile("(?:(?:(?<![\\s\\S])|[.!?:;]\\s+|[(\\[「『\"“]\\s*)(?<place>(?:\\p{L}[\\p{L}.'’-]*\\s+){0,2}\\p{L}[\\p{L}.'’-]*)\\s*,\\s*"
            + "|(?<![\\p{L}\\p{N}])(?:january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s*,\\s*)?)$");
    private static final Pattern SPACED_DASH = Pattern.compile("\\s+[-‐‑–—―]\\s+");

    /** Whether the first of two numbers is a dateline's year, and the second, no year, what follows it. */
    private static boolean datelineYear(String text, Found low, Found high) {
        return isYear(text, low) && !isYear(text, high)
                && SPACED_DASH.matcher(text).region(low.end(), high.start()).matches()
                && dateline(DATELINE.matcher(text).region(Math.max(0, low.start() - 80), low.start()).useTransparentBounds(true));
    }

    /**
     * Whether the words before the comma may name a place: "In total, 2000 – 3000 people", "Altogether, 2000 – 3000"
     * and "Of these, 1900 – 2100" open a sentence with words no place is named by, and print a range.
     */
    private static boolean dateline(Matcher m) {
        if (!m.find()) {
            return false;
        }
        String place = m.group("place");
        return place == null || java.util.Arrays.stream(place.toLowerCase(Locale.ROOT).split("\\s+")).noneMatch(NO_PLACE::contains);
    }

    /** Words that open a sentence before a comma and name no place. */
    private static final java.util.Set<String> NO_PLACE = java.util.Set.of("in", "on", "at", "of", "for", "to", "by", "with", "from",
            "as", "and", "or", "but", "so", "all", "total", "these", "those", "this", "that", "them", "which", "we", "they", "it",
            "altogether", "overall", "together", "moreover", "furthermore", "however", "additionally", "also", "finally", "thus",
            "today", "currently", "now", "then", "since", "until", "yet", "still", "meanwhile", "nevertheless", "instead", "again",
            "previously", "recently", "later", "earlier", "approximately", "about", "roughly", "around", "some", "between");

    private static boolean isYear(String text, Found n) {
        return n.end() - n.start() == 4 && n.value() >= 1800 && n.value() <= 2199 && text.substring(n.start(), n.end()).chars().allMatch(Character::isDigit);
    }

    /** The ranges folded words print. */
    static List<Range> ranges(String text) {
        List<Found> numbers = new ArrayList<>(found(text));
        numbers.sort(java.util.Comparator.comparingInt(Found::start));
        List<Range> out = new ArrayList<>();
        for (int i = 0; i + 1 < numbers.size(); i++) {
            Found low = numbers.get(i);
            Found high = numbers.get(i + 1);
            if (low.value() >= high.value() || low.end() > high.start()) {
                continue;
            }
            Matcher between = BETWEEN.matcher(text).region(0, low.start());
            boolean and = AND_GAP.matcher(text).region(low.end(), high.start()).matches() && between.find();
            boolean slash = SLASH_GAP.matcher(text).region(low.end(), high.start()).matches()
                    && !DATE_BEFORE.matcher(text).region(0, low.start()).find()
                    && !DATE_AFTER.matcher(text).region(high.end(), text.length()).lookingAt();
            Matcher gap = RANGE_GAP.matcher(text).region(low.end(), high.start());
            if (!and && !slash && !(gap.matches() && sameCounter(gap.group("counter"), text, high.end()))) {
                continue;
            }
            if (CHANGE_BEFORE.matcher(text).region(0, low.start()).find()
                    || CHANGE_AFTER.matcher(text).region(high.end(), text.length()).lookingAt()
                    || PAGE_NUMBER.matcher(text).region(0, high.start()).find() || datelineYear(text, low, high)) {
                continue;
            }
            Matcher from = FROM.matcher(text).region(0, low.start());
            out.add(new Range(low, high, and ? between.start() : from.find() ? from.start() : low.start(), high.end()));
        }
        for (Found n : numbers) {
            Matcher low = VAGUE_LOW.matcher(text).region(0, n.start());
            if (low.find() && (low.group(4) == null) == (low.group(1) == null || !low.group(1).equals("between"))
                    && !CHANGE_BEFORE.matcher(text).region(0, low.start(2)).find()
                    && !CHANGE_AFTER.matcher(text).region(n.end(), text.length()).lookingAt()
                    && sameCounter(low.group("counter"), text, n.end())) {
                out.add(new Range(new Found(-1, low.start(2), low.end(2)), n, low.start(), n.end(), text));
            }
            Matcher high = VAGUE_HIGH.matcher(text).region(n.end(), text.length());
            if (high.lookingAt() && !CHANGE_BEFORE.matcher(text).region(0, n.start()).find()
                    && sameCounter(high.group("counter"), text, high.end(2))) {
                Matcher from = FROM.matcher(text).region(0, n.start());
                out.add(new Range(n, new Found(-1, high.start(2), high.end(2)), from.find() ? from.start() : n.start(), high.end(2), text));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Range::start));
        return out;
    }

    /** Where the words that make the number ending at {@code at} of folded text a percentage end, or -1 when none follow. */
    static int percentEnd(String text, int at) {
        Matcher m = PERCENT.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * A percentage is no count: "30%", "30.5%", "３０％", "30 per cent", "thirty percent", "30 percentage points",
     * "30パーセント", nor a proportion in tenths (3割, 三割). Read as 30, "30% of our members" would be shown as 30 signatories.
     */
    private static final Pattern PERCENT = Pattern.compile("(?:\\.\\d+)?[\\s-]*(?:%|per\\s*cent|percent|pct(?!\\p{L})|パーセント|割)");

    /**
     * Words as numbers and their qualifiers are read in: each code point in its compatibility form (full-width ３０ is
     * 30) and lower case, with where each character came from, so that what is found there can be quoted as printed.
     *
     * @param from for each character of {@code text}, and its end, the index in the words of the code point it came from
     * @param to   for each index of the words, and their end, the index in {@code text} of what it became
     */
    record Folded(String text, int[] from, int[] to) {
        static Folded of(String words) {
            StringBuilder out = new StringBuilder(words.length());
            int[] from = new int[words.length() * 2 + 1];
            int[] to = new int[words.length() + 1];
            for (int i = 0; i < words.length(); ) {
                int cp = words.codePointAt(i);
                int next = i + Character.charCount(cp);
                String one = cp < 0x80 ? Character.toString(Character.toLowerCase(cp))
                        : java.text.Normalizer.normalize(Character.toString(cp), java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                for (int j = i; j < next; j++) {
                    to[j] = out.length();
                }
                if (from.length < out.length() + one.length() + 1) {
                    from = java.util.Arrays.copyOf(from, (out.length() + one.length()) * 2 + 1);
                }
                for (int k = 0; k < one.length(); k++) {
                    from[out.length() + k] = i;
                }
                out.append(one);
                i = next;
            }
            to[words.length()] = out.length();
            from[out.length()] = words.length();
            return new Folded(out.toString(), java.util.Arrays.copyOf(from, out.length() + 1), to);
        }
    }

    /**
     * Kanji numerals that count something (三十二団体, 二十五の団体, 百十二名, 三十余団体, 三十以上の団体): only before a
     * counter, or a qualifier and a counter, since 一 and its kin stand inside many words (一同, 統一). A numeral after
     * 数 ("several"), 何 or 幾 states none: 数十団体 is some tens of organisations, not ten, 何百人 hundreds of people;
     * 三十数団体 is thirty and some. 万 and 億 go on a numeral (一万五千人 is 15,000, not the 5,000 of 五千人), never start
     * one (万人 is "all people").
     */
    private static final String NUMERAL = "[〇一二三四五六七八九十百千]+(?:[万億][〇一二三四五六七八九十百千]*)*";
    private static final String TO_COUNTER = "(?:数[十百千]?|有余|余り?|以上|以下|以内|未満|を?超える|を?超え|を?超す|超|近く|ほど|程度|前後)?の?(?:"
            + COUNTERS + ")";

    /**
     * ... and the first of a range (三十～四十団体, 三十から四十団体, 三十ないし四十団体, 三十乃至四十団体), which stands before the second's counter; after no
     * other kanji where a word parts the ends (統一から三名 is no range), but after any where a dash or tilde does
     * (賛同三十～四十団体 is).
     */
    private static final Pattern KANJI = Pattern.compile("(?<![数何幾])(" + NUMERAL + ")(?=" + TO_COUNTER + ")"
            + "|(?<![\\p{IsHan}&&[^約計]])(" + NUMERAL + ")(?=(?:から|ないし|乃至)" + NUMERAL + TO_COUNTER + ")"
            + "|(?<![〇一二三四五六七八九十百千万億数何幾])(" + NUMERAL + ")(?=[-‐–―ー~〜]" + NUMERAL + TO_COUNTER + ")");

    private static long kanji(String numeral) {
        String digits = "〇一二三四五六七八九";
        long total = 0; // of 万 and 億
        long section = 0; // below 万
        long current = 0;
        for (char c : numeral.toCharArray()) {
            int d = digits.indexOf(c);
            if (d >= 0) {
                current = current * 10 + d; // 二〇二 is written digit by digit too
            } else if (c == '万' || c == '億') {
                total += (section + current) * (c == '万' ? 10_000L : 100_000_000L);
                section = 0;
                current = 0;
            } else {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (current == 0 ? 1 : current) * unit;
                current = 0;
            }
        }
        return total + section + current;
    }

    private static boolean isNumberWord(String word) {
        return UNITS.containsKey(word) || TENS.containsKey(word) || word.equals("hundred") || word.equals("thousand")
                || word.equals("dozen") || word.equals("score") || word.equals("half") || word.equals("and") || word.equals("a");
    }

    /** A number too long for a long (no count is) is kept as the largest long: it differs from any count all the same. */
    private static long digits(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        return significant.length() > 18 ? Long.MAX_VALUE : Long.parseLong(significant);
    }

    /**
     * Words in a row read as numbers, each as long as it can be: "twenty five" is 25, "one hundred and twelve" 112,
     * "a thousand" 1000, "two dozen" 24, "a dozen" 12, "half a dozen" 6, "two score" 40, "a score" 20, "one two" two
     * numbers; "a", "and", "half", "hundred", "thousand", "dozen" or "score" alone state none.
     */
    private static final class Spelled {
        private final List<String> words;
        private final List<int[]> places;
        private int at;

        Spelled(List<String> words, List<int[]> places) {
            this.words = words;
            this.places = places;
        }

        List<Found> numbers() {
            List<Found> out = new ArrayList<>();
            while (at < words.size()) {
                int first = at;
                Long n = number();
                if (n == null) {
                    at++;
                } else {
                    out.add(new Found(n, places.get(first)[0], places.get(at - 1)[1]));
                }
            }
            return out;
        }

        private String word(int offset) {
            return at + offset >= 0 && at + offset < words.size() ? words.get(at + offset) : "";
        }

        private Long number() {
            if (word(0).equals("half") && word(1).equals("a")) { // "half a dozen" is 6; half of any other is no count
                at += word(2).equals("dozen") ? 3 : 1; // and the caller steps over "a"
                return word(-1).equals("dozen") ? 6L : null;
            }
            if (word(0).equals("a") && (word(1).equals("dozen") || word(1).equals("score"))) {
                at += 2;
                return word(-1).equals("dozen") ? 12L : 20L;
            }
            Long thousands = belowThousand();
            if (thousands != null && (word(0).equals("dozen") || word(0).equals("score"))) { // "two dozen" is 24, "two score" 40, not 2
                return thousands * (words.get(at++).equals("dozen") ? 12 : 20);
            }
            if (thousands == null && word(0).equals("a") && word(1).equals("thousand")) {
                at++;
                thousands = 1L;
            }
            if (thousands == null || !word(0).equals("thousand")) {
                return thousands;
            }
            at++;
            skipAnd();
            Long rest = belowThousand();
            return thousands * 1000 + (rest == null ? 0 : rest);
        }

        /** 1 to 999: [unit or "a"] hundred [and] [below a hundred], or below a hundred. */
        private Long belowThousand() {
            long value = 0;
            boolean any = false;
            int unit = word(0).equals("a") ? 1 : UNITS.getOrDefault(word(0), 0);
            if (unit >= 1 && unit <= 9 && word(1).equals("hundred")) {
                at += 2;
                value = unit * 100L;
                any = true;
                skipAnd();
            }
            Long rest = belowHundred();
            if (rest != null) {
                value += rest;
                any = true;
            }
            return any ? value : null;
        }

        /** 0 to 99: tens [unit], or a unit or teen. */
        private Long belowHundred() {
            if (TENS.containsKey(word(0))) {
                long value = TENS.get(word(0));
                at++;
                int unit = UNITS.getOrDefault(word(0), 0);
                if (unit >= 1 && unit <= 9) {
                    at++;
                    value += unit;
                }
                return value;
            }
            if (UNITS.containsKey(word(0))) {
                return (long) UNITS.get(words.get(at++));
            }
            return null;
        }

        /** "and" after hundred or thousand, when a number follows it. */
        private void skipAnd() {
            if (word(0).equals("and") && (UNITS.containsKey(word(1)) || TENS.containsKey(word(1)))) {
                at++;
            }
        }
    }
}
