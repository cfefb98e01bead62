package org.dossier.source;

import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.normalize.TextMatch;
import org.dossier.source.Spellings.Name;
import org.dossier.source.Spellings.Spelling;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.dossier.source.RoleTitles.kanji;
import static org.dossier.source.RoleTitles.spaceless;
import static org.dossier.source.RoleTitles.wordChar;
import static org.dossier.source.Spellings.wordAt;
import static org.dossier.source.UnregisteredNames.MAX_NAME_WORDS;
import static org.dossier.source.UnregisteredNames.NOT_NAMES;
import static org.dossier.source.UnregisteredNames.capitalised;
import static org.dossier.source.UnregisteredNames.inCapitals;
import static org.dossier.source.UnregisteredNames.isInitial;
import static org.dossier.source.UnregisteredNames.printedNameEndingAt;

/**
 * Whom a text gives a printed role to, where the way it is printed leaves no doubt, so that a role printed beside
 * another person's name is not taken for the role of someone named nearby. A role is bound to a person when
 * <ul>
 *   <li>it stands directly before their name, with only spaces and honorifics between ("Prime Minister Fumio
 *       Kishida", "Foreign Minister H.E. Ms. Yoko Kamikawa"), and so to a personal name the registers do not spell
 *       ("Prime Minister Shigeru Ishiba"), which is then not the role of the person named next, or</li>
 *   <li>it follows their name and a comma ("Fumio Kishida, Prime Minister"), and no capitalised word follows it: in
 *       "Director Waly, Professor Cammett" the comma ends an item of a list, and Professor goes with Cammett; and so
 *       a personal name the registers do not spell, where it starts an item ("Cc: Shigeru Ishiba, Prime Minister of
 *       Japan"), not a sentence ("However, Foreign Minister …"), or</li>
 *   <li>in Japanese order, it follows their name with nothing between ("岩屋毅外務大臣"), and so a full name in kanji
 *       the registers do not spell ("石破茂内閣総理大臣"; {@link #japaneseNameBefore}).</li>
 * </ul>
 * A list of names so placed shares a role in the plural ({@link RoleTitles#plural}: "Judges Tomoko Akane and Reine
 * Alapini-Gansou"; "Yahya Sinwar, Mohammed Deif and Ismail Haniyeh, Hamas leaders"), unless a name after the role has
 * words of address of its own ("Professor Cammett and Ms Nyanjura"); one in the singular is the nearest name's only
 * ("Israeli Prime Minister Benjamin Netanyahu and Yoav Gallant"). Anything else binds it to nobody, since it may be
 * anyone's: the singular of a plural printed ("Hamas leader" in "three Hamas leaders (Yahya Sinwar, …)"; a role cut
 * from a longer word otherwise is not printed at all, {@link RoleTitles#printings}), other words between a role and a name ("ICC
 * president and Japanese national, Judge Tomoko Akane"; "Fumio Kishida, the Prime Minister", which may as well be
 * "after meeting Fumio Kishida, the Prime Minister said"), a comma after the role ("the ICC prosecutor, Karim Khan"),
 * or a name before the role written another way than the registers spell it.
 * <p>
 * Names are the registered spellings of every entity, or the same in capitals, the longest at a place taken, so that
 * "Imran Khan" is not read as the "Khan" of Karim Khan and "Fumio Kishida Foundation" names no person; a spelling
 * counts as a whole word only ({@link Spellings}). What reads as a personal name the registers do not spell, and what
 * does not, is {@link UnregisteredNames}'s; what reads as a title, and how a text prints one, {@link RoleTitles}'s.
 * The text is the one roles are compared with: tags out, quotes folded, white space as single spaces.
 */
final class RoleBinding {
    /**
     * What one printed occurrence of a role is bound to: the registered people, the personal names the registers do
     * not spell, as printed (none of either when the text binds it to nobody), and the printed words that bind it,
     * {@code from} (inclusive) to {@code to} (exclusive) in the text.
     */
    record Bound(List<Entity> people, List<String> unregistered, int from, int to) {
        Bound {
            people = List.copyOf(people);
            unregistered = List.copyOf(unregistered);
        }

        /** Whether the text binds the role to nobody in particular, so that it may be anyone's named near it. */
        boolean toNobody() {
            return people.isEmpty() && unregistered.isEmpty();
        }

        /**
         * Whether the role is bound to the person: to a registered spelling of theirs, or to a name the registers do
         * not spell that may be theirs: all its words but initials are words of their spellings, accents aside
         * ("Foreign Minister Iwaya" for Takeshi Iwaya, when "Iwaya" is not an alias of his), or its first word is one
         * and it has their surname, the word in capitals of a spelling of theirs or else its last word ("Foreign
         * Minister Iwaya Attends", a heading; "Prosecutor Karim Asad Ahmad Khan KC"), and, when it starts with a surname
         * in capitals, the given name after it is theirs too. "Imran Khan" is not Karim Khan, nor "Fumio Kishida" Fumio
         * Tanaka, nor "KISHIDA Yuko" Fumio Kishida.
         */
        boolean binds(Entity person) {
            return people.stream().anyMatch(p -> p.id().equals(person.id())) || unregistered.stream().anyMatch(n -> mayName(n, person));
        }

        /** Every name the role is bound to, registered ones by their name, others as printed. */
        List<String> names() {
            List<String> names = new ArrayList<>();
            people.forEach(p -> names.add(p.name()));
            names.addAll(unregistered);
            return names;
        }

        private static boolean mayName(String printed, Entity person) {
            Set<String> words = new HashSet<>();
            Set<String> surnames = new HashSet<>();
            List<String> spellings = new ArrayList<>(person.aliases());
            spellings.add(person.name());
            for (String spelling : spellings) {
                List<String> spelled = List.of(TextMatch.normalize(spelling).split(" ")).stream().filter(w -> !isInitial(w)).toList();
                spelled.forEach(w -> words.add(plainWord(w)));
                List<String> inCapitals = spelled.stream().filter(UnregisteredNames::inCapitals).toList(); // "ISHIKANE Kimihiro"
                if (!inCapitals.isEmpty()) {
                    inCapitals.forEach(w -> surnames.add(plainWord(w)));
                } else if (spelled.size() > 1 || spelling.equals(person.name())) {
                    spelled.stream().reduce((a, b) -> b).ifPresent(w -> surnames.add(plainWord(w)));
                }
            }
            // a name in kanji starts with the surname and has no spaces: "小野寺" (before "防衛大臣") may be 小野寺五典
            if (!printed.isEmpty() && printed.chars().allMatch(c -> spaceless((char) c) || c == '\u3005')
                    && spellings.stream().anyMatch(sp -> sp.startsWith(printed))) {
                return true;
            }
            List<String> printedWords = List.of(printed.split(" ")).stream().filter(w -> !isInitial(w))
                    .map(Bound::plainWord).toList();
            if (printedWords.isEmpty()) {
                return false;
            }
            // more words than their spellings have, as a heading in title case prints the verb after a name ("Foreign
            // Minister Iwaya Attends the G7") and a full name its middle names and honours ("Karim Asad Ahmad Khan
            // KC"): theirs when it starts with a word of theirs and has their surname; a surname first, in capitals, is
            // followed by the given name, which must be theirs too ("KISHIDA Yuko" is not Fumio Kishida)
            List<String> asPrinted = List.of(printed.split(" ")).stream().filter(w -> !isInitial(w)).toList();
            boolean givenNameTheirs = !inCapitals(asPrinted.get(0)) || printedWords.size() < 2 || words.contains(printedWords.get(1));
            return words.containsAll(printedWords)
                    || (words.contains(printedWords.get(0)) && printedWords.stream().anyMatch(surnames::contains) && givenNameTheirs);
        }

        /**
         * A word as names are compared: in lower case and without accents, since a romanised name is printed with its
         * macrons or without them ("KONO Taro" for Tarō Kōno), and a European one often loses its accents ("Antonio").
         */
        private static String plainWord(String word) {
            return MARKS.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        }

        private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    }

    /**
     * Words of address that may stand between a role and the name it goes with: "Foreign Minister H.E. Ms. Yoko
     * Kamikawa", "Permanent Representative Amb. Kimihiro Ishikane" or "Permanent Representative Ambassador ISHIKANE
     * Kimihiro", "Prime Minister the Hon. Anthony Albanese", "Permanent Representative His Excellency Mr. …", and the
     * French "Mme" used at the UN. "M." is not one of them, since it is as often an initial
     * ({@link #MONSIEUR}).
     */
    static final List<String> HONORIFICS = List.of("H.E.", "H.R.H.", "H.H.", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms",
            "Mx.", "Mx", "Mme.", "Mme", "Mlle.", "Mlle", "Dr.", "Dr", "Prof.", "Prof", "Hon.", "Hon", "Rt. Hon.", "Rt Hon", "Amb.",
            "Amb", "Rev.", "Rev", "Sen.", "Rep.", "Fr.", "Judge", "Ambassador", "Professor", "Sir", "Dame",
            "the Hon.", "the Hon", "The Hon.", "The Hon", "the Rt. Hon.", "the Rt Hon", "The Rt. Hon.", "The Rt Hon", "the Honourable",
            "The Honourable", "the Honorable", "The Honorable", "Honourable", "Honorable", "His Excellency", "Her Excellency");
    /**
     * "M.", French "Monsieur" ("M. Kimihiro Ishikane"), is read as a word of address only before a registered name of
     * two words or more: before a surname alone ("Prime Minister M. Khan") it may be the initial of another person
     * of that surname, and the role is bound to "M. Khan" as printed, which may be anyone of that surname
     * ({@link Bound#binds}) but no one else.
     */
    static final String MONSIEUR = "M.";
    /** What parts the names of a list, the longest first so that ", and " is not read as ", " then "and ". */
    private static final List<String> LIST_SEPARATORS = List.of(", and ", ", or ", " and ", " or ", " & ", ", ");

    /**
     * A person named after a role: a registered person, or (none) a personal name the registers do not spell,
     * "Shigeru Ishiba", of which {@code printed} is the words.
     */
    record Named(Optional<Entity> person, String printed, int start, int end) {
        static Named of(Name name) {
            return new Named(Optional.of(name.entity()), "", name.start(), name.end());
        }
    }

    /** Every entity's registered spellings, and the personal names they do not spell, read with them. */
    private final Spellings spellings;
    private final UnregisteredNames unregisteredNames;

    RoleBinding(List<Entity> entities) {
        this.spellings = new Spellings(entities);
        this.unregisteredNames = new UnregisteredNames(spellings);
    }

    /** Whom the role printed at {@code start} to {@code end} of {@code text}, a text read as one line, is bound to. */
    Bound of(String text, int start, int end) {
        return of(text, new BitSet(), start, end);
    }

    /**
     * Whom the role printed at {@code start} to {@code end} of {@code text} is bound to, where {@code lineBreaks} are
     * the spaces of the text that stand for a line break ({@link TextMatch#lineBreaks}). A role that ends its line is
     * not bound to a name on the next when it starts its line, or follows a name and a comma on it: lines of a
     * signature block or an address ("Kenneth Roth, Executive Director" above "Jane Doe, Program Director"; "Kenneth
     * Roth" above "Executive Director" above "Jane Doe") are items, each set apart from the next.
     */
    Bound of(String text, BitSet lineBreaks, int start, int end) {
        return of(text, lineBreaks, new BitSet(), start, end);
    }

    /**
     * As {@link #of(String, BitSet, int, int)}, where {@code blockBreaks} are the line breaks where the reading text
     * starts a new heading, paragraph or item ({@link Readable#forRoles}): a role that ends a title, a paragraph or an
     * item is not bound to the name that starts the next ("Statement by the Minister for Foreign Affairs" above
     * "Takeshi Iwaya welcomed…"), nor one that starts them to the name that ends the one before: the source does not
     * set them side by side.
     */
    Bound of(String text, BitSet lineBreaks, BitSet blockBreaks, int start, int end) {
        if (cutFromAWord(text, start) || cutFromAWord(text, end)) { // "Hamas leader" of "Yahya Sinwar, Hamas leadership"
            return new Bound(List.of(), List.of(), start, end);
        }
        // read inside its heading, paragraph or item only: the text from the block break before it to the one after
        int blockStart = start == 0 ? -1 : blockBreaks.previousSetBit(start - 1);
        int blockEnd = blockBreaks.nextSetBit(end);
        if (blockStart >= 0 || blockEnd >= 0) {
            int from = blockStart + 1;
            int to = blockEnd < 0 ? text.length() : blockEnd;
            Bound inside = read(text.substring(from, to), lineBreaks.get(from, to), start - from, end - from);
            return new Bound(inside.people(), inside.unregistered(), inside.from() + from, inside.to() + from);
        }
        return read(text, lineBreaks, start, end);
    }

    private Bound read(String text, BitSet lineBreaks, int start, int end) {
        boolean endsLine = lineBreaks.get(end);
        boolean plural = RoleTitles.plural(text.substring(start, end));
        boolean affiliation = affiliationAfter(text, lineBreaks, start, end);
        List<Named> before = namesBefore(text, lineBreaks, start, end, endsLine || affiliation, plural);
        if (before.isEmpty()) {
            japaneseNameBefore(text, start).ifPresent(before::add);
        }
        boolean startsLine = start == 0 || lineBreaks.get(start - 1);
        List<Named> after = affiliation || (endsLine && (startsLine || !before.isEmpty())) ? List.of() : namesAfter(text, lineBreaks, end, plural);
        List<Entity> people = new ArrayList<>();
        List<String> unregistered = new ArrayList<>();
        before.forEach(n -> n.person().ifPresentOrElse(people::add, () -> unregistered.add(n.printed())));
        after.forEach(n -> n.person().ifPresentOrElse(people::add, () -> unregistered.add(n.printed())));
        return new Bound(people, unregistered, before.isEmpty() ? start : before.get(0).start(), after.isEmpty() ? end : after.get(after.size() - 1).end());
    }

    /**
     * Whether the role is printed on a line of a signature block, before the body its signer speaks for rather than a
     * person's name: it follows a registered person's name and a comma that start the line ("Jane Doe, Director Amnesty
     * International Japan"), or starts the line under one ("Jane Doe" above "Director Peace Boat"), and capitalised
     * words that name no registered person run from it to the end of the line. The role is then the name's before
     * it and a comma, and no one's after it.
     */
    private boolean affiliationAfter(String text, BitSet lineBreaks, int start, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || lineBreaks.get(end) || spellings.nameAt(text, end + 1).isPresent()) {
            return false;
        }
        Optional<Named> words = unregisteredNames.printedName(text, lineBreaks, end + 1);
        if (words.isEmpty()) {
            return false;
        }
        int after = words.get().end();
        while (after < text.length() && ".,;:".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        if (after < text.length() && !lineBreaks.get(after)) {
            return false; // the words run on: "Director Peace Boat said" may as well be a person's name
        }
        Optional<Name> signer = start >= 2 && text.startsWith(", ", start - 2) ? spellings.personEndingAt(text, start - 2)
                : start >= 1 && lineBreaks.get(start - 1) ? spellings.personEndingAt(text, start - 1) : Optional.empty();
        return signer.isPresent() && (signer.get().start() == 0 || lineBreaks.get(signer.get().start() - 1));
    }

    /**
     * The people named directly after the role: "Prime Minister Fumio Kishida", "Judges Tomoko Akane and Reine …", and
     * "Prime Minister Shigeru Ishiba" though the registers do not name him, so that the role is not taken for that of
     * a registered person named next. A name on the next line is read only where the registers spell it: a capital
     * there may start a sentence ("Dear Foreign Minister" above "The undersigned …").
     */
    private List<Named> namesAfter(String text, BitSet lineBreaks, int end, boolean plural) {
        List<Named> names = new ArrayList<>();
        if (end >= text.length() || text.charAt(end) != ' ') {
            return names; // punctuation follows: "the ICC prosecutor, Karim Khan" may as well be "after the ICC prosecutor, Karim Khan …"
        }
        Optional<Named> next = personAfterHonorifics(text, lineBreaks, end + 1, !lineBreaks.get(end));
        while (next.isPresent()) {
            names.add(next.get());
            if (!plural) {
                break; // "Israeli Prime Minister Benjamin Netanyahu and Yoav Gallant": the title is Netanyahu's
            }
            int at = next.get().end();
            // a name with words of address of its own does not share the role ("Professor Cammett and Ms Nyanjura");
            // a name no register spells does, on the same line ("Hamas leaders Yahya Sinwar, Mohammed Diab Ibrahim
            // Al-Masri and Mohammed Deif"), and the list goes on after it
            next = LIST_SEPARATORS.stream().filter(s -> text.startsWith(s, at)).findFirst().flatMap(s -> {
                int from = at + s.length();
                Optional<Name> registered = spellings.nameAt(text, from);
                if (registered.isPresent()) {
                    return registered.filter(n -> n.entity().kind() == EntityKind.PERSON).map(Named::of);
                }
                boolean sameLine = lineBreaks.nextSetBit(at) < 0 || lineBreaks.nextSetBit(at) >= from;
                return sameLine && honorificAt(text, from).isEmpty() && !text.startsWith(MONSIEUR + " ", from)
                        ? unregisteredNames.printedName(text, lineBreaks, from) : Optional.empty();
            });
        }
        return names;
    }

    /**
     * The people named directly before the role and a comma: "Fumio Kishida, Prime Minister", "A, B and C, leaders";
     * before a title in the singular, only the name nearest it ("Fumio Kishida and Yoko Kamikawa, Foreign Minister").
     * Nearest the role, a personal name the registers do not spell too, where it cannot be a sentence's first words
     * ({@link UnregisteredNames#unregisteredNameBefore}): "Cc: Shigeru Ishiba, Prime Minister of Japan".
     */
    private List<Named> namesBefore(String text, BitSet lineBreaks, int start, int end, boolean endsLine, boolean plural) {
        List<Named> names = new ArrayList<>();
        int comma = start >= 2 && text.startsWith(", ", start - 2) ? start - 2 : start >= 1 && text.charAt(start - 1) == ',' ? start - 1 : -1;
        // a capitalised word on the next line starts that line, and is no name the role is the title of
        if (comma < 0 || (!endsLine && titlesANameAfter(text, end))) {
            return names;
        }
        Optional<Named> nearest = spellings.personEndingAt(text, comma).map(Named::of)
                .or(() -> appositionEnds(text, lineBreaks, end) ? unregisteredNames.unregisteredNameBefore(text, lineBreaks, comma) : Optional.empty());
        int at = nearest.map(Named::start).orElse(-1);
        nearest.ifPresent(names::add);
        Optional<Name> previous;
        while (plural && at >= 0) {
            int here = at;
            Optional<String> separator = LIST_SEPARATORS.stream().filter(s -> here >= s.length() && text.startsWith(s, here - s.length())).findFirst();
            if (separator.isEmpty()) {
                break;
            }
            int itemEnd = at - separator.get().length();
            previous = spellings.personEndingAt(text, itemEnd);
            if (previous.isPresent()) {
                names.add(0, Named.of(previous.get()));
                at = previous.get().start();
            } else {
                // "Yahya Sinwar, Mohammed Diab Ibrahim Al-Masri and Ismail Haniyeh, Hamas leaders": a name no register
                // spells is an item of the list too, and the list goes on before it
                at = printedNameEndingAt(text, lineBreaks, itemEnd);
            }
        }
        return names;
    }

    /**
     * Whether the role printed up to {@code end} ends its phrase, as a title set after a name does: it, and words that
     * complete it ("of Japan", "for Foreign Affairs of Japan"), run to a punctuation mark, the end of the line or of the
     * text. Not when the sentence runs on ("However, Foreign Minister of Japan said"), or a registered person is named
     * after it ("between Japan and South Korea, Prime Minister of Japan Fumio Kishida"), where the words before the
     * comma are no name the role is set beside.
     */
    private boolean appositionEnds(String text, BitSet lineBreaks, int end) {
        int at = end;
        for (int words = 0; words <= 2 * MAX_NAME_WORDS; words++) {
            if (at >= text.length() || lineBreaks.get(at) || ",.;:)".indexOf(text.charAt(at)) >= 0) {
                return true;
            }
            if (text.charAt(at) != ' ' || spellings.nameAt(text, at + 1).filter(n -> n.entity().kind() == EntityKind.PERSON).isPresent()) {
                return false; // "…, Prime Minister of Japan Fumio Kishida": the role is the name's after it
            }
            String word = wordAt(text, at + 1);
            String bare = word.replaceAll("[,.;:)]+$", "");
            if (!TITLE_CONNECTORS.contains(bare) && (NOT_NAMES.contains(bare) || !(capitalised(bare) || inCapitals(bare)))) {
                return false;
            }
            at += 1 + bare.length();
        }
        return false;
    }

    /** Words that join the parts of a title: "Minister for Foreign Affairs of Japan", "Head of the Delegation". */
    private static final Set<String> TITLE_CONNECTORS = Set.of("of", "for", "the", "to", "and", "on", "at", "in");

    /**
     * Whether the role is followed by a capitalised word, as a title is by the name it goes with, registered or not:
     * then a name and comma before it end the item of a list before ("Director Waly, Professor Cammett and …"), and
     * are not a name the role is set beside.
     */
    private static boolean titlesANameAfter(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    /**
     * A person's name at {@code at}, or after honorifics there ("H.E. Ms. Yoko Kamikawa"); names the registers do not
     * spell only when {@code unregistered}.
     */
    private Optional<Named> personAfterHonorifics(String text, BitSet lineBreaks, int at, boolean unregistered) {
        int i = at;
        while (true) {
            Optional<Name> name = spellings.nameAt(text, i);
            if (name.isPresent()) { // a spelling that starts with an honorific ("Judge Tomoko Akane") is read whole
                return name.filter(n -> n.entity().kind() == EntityKind.PERSON).map(Named::of);
            }
            int here = i;
            Optional<String> honorific = honorificAt(text, here);
            if (honorific.isEmpty() && text.startsWith(MONSIEUR + " ", here)) {
                Optional<Named> whole = spellings.nameAt(text, here + MONSIEUR.length() + 1)
                        .filter(n -> n.entity().kind() == EntityKind.PERSON && text.substring(n.start(), n.end()).contains(" ")).map(Named::of);
                if (whole.isPresent() || !unregistered) {
                    return whole;
                }
                // "Prime Minister M. Khan": Monsieur Khan or M. Khan, a person of that name, whom the role is then
                // bound to as printed, rather than to nobody, which would let it be anyone's named near
                return unregisteredNames.printedName(text, lineBreaks, here);
            }
            if (honorific.isEmpty()) {
                return unregistered ? unregisteredNames.printedName(text, lineBreaks, here) : Optional.empty();
            }
            i += honorific.get().length() + 1;
            if (lineBreaks.get(i - 1)) {
                unregistered = false;
            }
        }
    }

    /**
     * The word of address that stands at {@code at}, followed by a space, or the words that end a title there and are
     * no name ({@link #TITLE_ENDINGS}).
     */
    private static Optional<String> honorificAt(String text, int at) {
        return java.util.stream.Stream.concat(TITLE_ENDINGS.stream(), HONORIFICS.stream()).filter(h -> text.startsWith(h + " ", at)).findFirst();
    }

    /**
     * Words that end a title, printed after the role and before the name, and so no name: "Ambassador Extraordinary
     * and Plenipotentiary Kimihiro Ishikane", "Professor Emeritus John Smith". The one who holds the longer title
     * holds the role.
     */
    private static final List<String> TITLE_ENDINGS = List.of("Extraordinary and Plenipotentiary", "Plenipotentiary", "Emeritus", "Emerita");

    /**
     * Whether {@code at} falls inside a word, as where "Hamas leader" ends in "Hamas leaders". Kanji and kana are
     * written without spaces, and cut no word: "外務大臣" stands whole in "岩屋毅外務大臣".
     */
    private static boolean cutFromAWord(String text, int at) {
        return at > 0 && at < text.length() && wordChar(text.charAt(at - 1)) && wordChar(text.charAt(at))
                && !spaceless(text.charAt(at - 1)) && !spaceless(text.charAt(at));
    }

    /**
     * The person a role printed in Japanese order follows directly, the name before the title and nothing between
     * ("岩屋毅外務大臣", "上川陽子外務大臣", "石破茂内閣総理大臣"): Japanese has no spaces, so the name is found by the registered
     * spellings and the role as printed. A registered spelling in Japanese that ends where the role starts, or ends
     * in the kanji just before it ("岩屋毅外務大臣" for "大臣"), is the person's. Otherwise the kanji before the role
     * are read as a personal name no register spells ("石破茂" of "石破茂内閣総理大臣", so that the role is not taken for
     * Takeshi Iwaya's named nearby) only when they are three to five, as a full name is, after a space, a punctuation
     * mark, kana that is not katakana, or the start of the text, and do not end in a character that makes them a body,
     * a place or a word that changes the title ("日本国", "日本政府", "内閣", "前", "副"): a surname alone ("岸田外務大臣")
     * and anything else bind nobody, as before.
     */
    private Optional<Named> japaneseNameBefore(String text, int start) {
        if (start <= 0 || start >= text.length() || !spaceless(text.charAt(start))) {
            return Optional.empty();
        }
        int runStart = start;
        while (runStart > 0 && kanji(text.charAt(runStart - 1))) {
            runStart--;
        }
        // the nearest registered spelling ending there: directly before the role, or in the kanji before it
        for (int e = start; e >= runStart && e > 0; e--) {
            for (Spelling sp : spellings.endingIn(text.charAt(e - 1))) {
                int from = e - sp.text().length();
                if (sp.text().length() >= 2 && spaceless(sp.text().charAt(0)) && from >= 0 && text.startsWith(sp.text(), from)
                        && (e == start || from >= runStart)) {
                    return sp.entity().kind() == EntityKind.PERSON
                            ? Optional.of(new Named(Optional.of(sp.entity()), "", from, e)) : Optional.empty();
                }
            }
        }
        return UnregisteredNames.kanjiNameBefore(text, runStart, start);
    }
}
