package org.dossier.source;

import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.dossier.source.RoleTitles.kanji;
import static org.dossier.source.RoleTitles.spaceless;
import static org.dossier.source.RoleTitles.wordChar;

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
 * Names are the registered spellings of every entity, or the same in capitals, the longest at a place taken, so that "Imran Khan" is not read
 * as the "Khan" of Karim Khan and "Fumio Kishida Foundation" names no person; a spelling counts as a whole word only.
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
                List<String> inCapitals = spelled.stream().filter(RoleBinding::inCapitals).toList(); // "ISHIKANE Kimihiro"
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
    private static final List<String> HONORIFICS = List.of("H.E.", "H.R.H.", "H.H.", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms",
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
    private static final String MONSIEUR = "M.";
    /** The most words a personal name the registers do not spell is read as; more are a heading in title case. */
    private static final int MAX_NAME_WORDS = 5;
    /** Capitalised words that start a sentence, name a date or greet an audience, rather than name a person. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "This", "That", "These", "Those", "It", "Its", "We",
            "I", "He", "She", "They", "Our", "His", "Her", "Their", "In", "On", "At", "Of", "For", "To", "And", "But", "Or",
            "As", "By", "From", "With", "If", "When", "While", "After", "Before", "Since", "Following", "Dear",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            // a speech's salutation: "Distinguished Delegates, President of the Assembly"
            "Delegates", "Guests", "Colleagues", "Excellencies", "Gentlemen", "Ladies", "Friends", "Participants");
    /**
     * Verbs that a heading in title case prints right after a title when it names no one ("Foreign Minister Attends
     * G20 Meeting", "Prime Minister Meets Press"), and that are no one's name: read as one, they bound the role to a
     * person called "Attends" or "Meets Press". Only where a name would start: after a name ("Foreign Minister Iwaya
     * Attends the G7") the name is read as before ({@link Bound#binds}).
     */
    private static final Set<String> HEADING_VERBS = Set.of("Attends", "Attended", "Meets", "Met", "Holds", "Held", "Visits", "Visited",
            "Visit", "Calls", "Called", "Says", "Urges", "Urged", "Welcomes", "Welcomed", "Announces", "Announced", "Delivers",
            "Delivered", "Joins", "Joined", "Signs", "Signed", "Speaks", "Spoke", "Addresses", "Addressed", "Receives", "Received",
            "Hosts", "Hosted", "Discusses", "Discussed", "Condemns", "Condemned", "Expresses", "Expressed", "Issues", "Issued", "Makes",
            "Made", "Gives", "Gave", "Travels", "Travelled", "Traveled", "Participates", "Participated", "Stresses", "Stressed",
            "Reaffirms", "Reaffirmed", "Congratulates", "Congratulated", "Launches", "Launched", "Opens", "Opened", "Chairs", "Chaired",
            "Leads", "Led", "Takes", "Took", "Responds", "Responded", "Comments", "Commented", "Talks", "Talked", "Pays", "Paid",
            "Sends", "Sent", "Concludes", "Concluded", "Pledges", "Pledged", "Supports", "Supported", "Appoints", "Appointed",
            "Resigns", "Resigned", "Thanks", "Thanked", "Briefs", "Briefed", "Outlines", "Outlined", "Highlights", "Highlighted",
            "Emphasizes", "Emphasises", "Emphasized", "Emphasised", "Rejects", "Rejected", "Declares", "Declared", "Unveils", "Unveiled",
            "Greets", "Greeted", "Hails", "Hailed", "Vows", "Vowed", "Warns", "Warned", "Seeks", "Sought", "Backs", "Backed",
            "Arrives", "Arrived", "Departs", "Departed", "Returns", "Returned", "Presents", "Presented", "Accepts", "Accepted");

    /**
     * Words that make a run of capitalised words the name of a body, of a part of one, or of a region, not of a person:
     * "Executive Director Human Rights Watch", "Director Asia Division", "Representative Asia Pacific", "Kyoto
     * Prefecture", "Hiroshima City", "Yomiuri Shimbun".
     */
    private static final Set<String> ORGANISATION_WORDS = Set.of("Watch", "Committee", "Council", "Court", "Office", "Ministry",
            "Foundation", "Association", "Network", "Center", "Centre", "Institute", "University", "Union", "Organization",
            "Organisation", "Agency", "Commission", "Department", "Government", "Federation", "Society", "Campaign", "Group",
            "Forum", "Fund", "Bank", "Programme", "Program", "Assembly", "Nations", "League", "Movement", "Project", "Alliance",
            "Coalition", "Bureau", "Secretariat", "Party", "Museum", "Platform", "Company", "Corporation", "Inc", "Ltd", "Service",
            "Services", "Board", "Authority", "School", "College", "Academy", "Church", "Embassy", "Mission", "Parliament",
            "Congress", "Senate", "Cabinet", "Republic", "Kingdom", "Initiative", "Meeting", "Conference", "Summit", "Statement",
            "Division", "Section", "Unit", "Branch", "Team", "Desk", "Affairs", "Region", "Asia", "Africa", "Europe", "Pacific",
            "Americas", "Middle", "East",
            // a place's government or a newspaper: "Cc: Kyoto Prefecture, Governor", "Cc: Yomiuri Shimbun, Editor"
            "Prefecture", "Prefectural", "City", "Town", "Village", "County", "Province", "Municipality", "Memorial",
            "Shimbun", "Newspaper", "News", "Press", "Times", "Broadcasting", "Television", "Radio");
    /** What parts the names of a list, the longest first so that ", and " is not read as ", " then "and ". */
    private static final List<String> LIST_SEPARATORS = List.of(", and ", ", or ", " and ", " or ", " & ", ", ");

    /** A registered spelling, or ({@code capitals}) the same in capitals. */
    private record Spelling(String text, Entity entity, boolean capitals) {
    }

    /** A spelling found in the text: whose it is, and where. */
    private record Name(Entity entity, int start, int end) {
    }

    /**
     * A person named after a role: a registered person, or (none) a personal name the registers do not spell,
     * "Shigeru Ishiba", of which {@code printed} is the words.
     */
    private record Named(Optional<Entity> person, String printed, int start, int end) {
        static Named of(Name name) {
            return new Named(Optional.of(name.entity()), "", name.start(), name.end());
        }
    }

    /** The spellings by their first and by their last character, the longest first. */
    private final Map<Character, List<Spelling>> byFirst = new HashMap<>();
    private final Map<Character, List<Spelling>> byLast = new HashMap<>();

    RoleBinding(List<Entity> entities) {
        List<Spelling> all = new ArrayList<>();
        for (Entity e : entities) {
            Set<String> spellings = new LinkedHashSet<>();
            spellings.add(TextMatch.normalize(e.name()));
            e.aliases().forEach(a -> spellings.add(TextMatch.normalize(a)));
            spellings.remove("");
            spellings.forEach(s -> all.add(new Spelling(s, e, false)));
        }
        // a spelling printed in capitals, as a heading prints it ("FOREIGN MINISTER TAKESHI IWAYA"), is the same name,
        // unless it is another entity's spelling as it stands, or a surname before a given name ({@link #nameAt})
        Set<String> spelled = new HashSet<>();
        all.forEach(s -> spelled.add(s.text()));
        for (Spelling s : List.copyOf(all)) {
            String capitals = s.text().toUpperCase(Locale.ROOT);
            if (capitals.length() == s.text().length() && spelled.add(capitals)) {
                all.add(new Spelling(capitals, s.entity(), true));
            }
        }
        all.sort(Comparator.comparingInt((Spelling s) -> -s.text().length()).thenComparing(Spelling::text));
        for (Spelling s : all) {
            byFirst.computeIfAbsent(s.text().charAt(0), c -> new ArrayList<>()).add(s);
            byLast.computeIfAbsent(s.text().charAt(s.text().length() - 1), c -> new ArrayList<>()).add(s);
        }
    }

    /** {@link RoleTitles#printings}, which tests call here. */
    static List<RoleTitles.Printed> printings(String text, String lowerCase, String role) {
        return RoleTitles.printings(text, lowerCase, role);
    }

    /** {@link RoleTitles#longerTitle}, which tests call here. */
    static Optional<String> longerTitle(String text, String lowerCase, String role) {
        return RoleTitles.longerTitle(text, lowerCase, role);
    }

    /** {@link RoleTitles#insideWords}, which tests call here. */
    static Optional<String> insideWords(String text, String lowerCase, String role) {
        return RoleTitles.insideWords(text, lowerCase, role);
    }

    /** {@link RoleTitles#lowerCase}, which tests call here. */
    static String lowerCase(String text) {
        return RoleTitles.lowerCase(text);
    }

    /** {@link RoleTitles#plural}, which tests call here. */
    static boolean plural(String role) {
        return RoleTitles.plural(role);
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
        if (cutFromAWord(text, start) || cutFromAWord(text, end)) { // "Hamas leader" of "Yahya Sinwar, Hamas leadership"
            return new Bound(List.of(), List.of(), start, end);
        }
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
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || lineBreaks.get(end) || nameAt(text, end + 1).isPresent()) {
            return false;
        }
        Optional<Named> words = printedName(text, lineBreaks, end + 1);
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
        Optional<Name> signer = start >= 2 && text.startsWith(", ", start - 2) ? personEndingAt(text, start - 2)
                : start >= 1 && lineBreaks.get(start - 1) ? personEndingAt(text, start - 1) : Optional.empty();
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
                Optional<Name> registered = nameAt(text, from);
                if (registered.isPresent()) {
                    return registered.filter(n -> n.entity().kind() == EntityKind.PERSON).map(Named::of);
                }
                boolean sameLine = lineBreaks.nextSetBit(at) < 0 || lineBreaks.nextSetBit(at) >= from;
                return sameLine && honorificAt(text, from).isEmpty() && !text.startsWith(MONSIEUR + " ", from)
                        ? printedName(text, lineBreaks, from) : Optional.empty();
            });
        }
        return names;
    }

    /**
     * The people named directly before the role and a comma: "Fumio Kishida, Prime Minister", "A, B and C, leaders";
     * before a title in the singular, only the name nearest it ("Fumio Kishida and Yoko Kamikawa, Foreign Minister").
     * Nearest the role, a personal name the registers do not spell too, where it cannot be a sentence's first words
     * ({@link #unregisteredNameBefore}): "Cc: Shigeru Ishiba, Prime Minister of Japan".
     */
    private List<Named> namesBefore(String text, BitSet lineBreaks, int start, int end, boolean endsLine, boolean plural) {
        List<Named> names = new ArrayList<>();
        int comma = start >= 2 && text.startsWith(", ", start - 2) ? start - 2 : start >= 1 && text.charAt(start - 1) == ',' ? start - 1 : -1;
        // a capitalised word on the next line starts that line, and is no name the role is the title of
        if (comma < 0 || (!endsLine && titlesANameAfter(text, end))) {
            return names;
        }
        Optional<Named> nearest = personEndingAt(text, comma).map(Named::of)
                .or(() -> appositionEnds(text, lineBreaks, end) ? unregisteredNameBefore(text, lineBreaks, comma) : Optional.empty());
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
            previous = personEndingAt(text, itemEnd);
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
     * A personal name the registers do not spell that ends at {@code end}, before a comma and a role, where it stands
     * as an item, not as a sentence's first words ("In Geneva, Prime Minister …", "However, Foreign Minister …"): after
     * a label of an address ("Cc: Shigeru Ishiba, Prime Minister of Japan", "To:", "Bcc:", "Attn:"), or, two words or
     * more, after "and" ("Takeshi Iwaya and Shigeru Ishiba, Prime Minister") or at the start of a line (a line of a
     * list of addressees or a signature block), words of address before it aside ("Cc: H.E. Mr. Shigeru Ishiba").
     * Without it, the role bound nobody, and could be given to a registered person named near.
     */
    private Optional<Named> unregisteredNameBefore(String text, BitSet lineBreaks, int end) {
        int start = printedNameEndingAt(text, lineBreaks, end);
        if (start < 0 || spelledEndingAt(text, end)) {
            return Optional.empty(); // "Cc: Amnesty International Japan, Director": a registered body, not a person
        }
        // a title printed before the name is none of it: "Cc: Minister Kamikawa, Foreign Minister" names Kamikawa
        int titled = start;
        for (int space = text.indexOf(' ', start); space > 0 && space < end && TITLE_WORDS.contains(text.substring(start, space));
                space = text.indexOf(' ', start)) {
            start = space + 1;
        }
        String printed = text.substring(start, end);
        long words = java.util.Arrays.stream(printed.split(" ")).filter(w -> !isInitial(w)).count();
        int from = titled;
        for (boolean more = true; more; ) {
            more = false;
            for (String h : java.util.stream.Stream.concat(HONORIFICS.stream(), java.util.stream.Stream.of(MONSIEUR)).toList()) {
                int at = from - h.length() - 1;
                if (at >= 0 && text.startsWith(h + " ", at) && (at == 0 || !wordChar(text.charAt(at - 1)))) {
                    from = at;
                    more = true;
                    break;
                }
            }
        }
        String before = text.substring(0, from);
        boolean item = ADDRESS_LABEL.matcher(before).find()
                || (words >= 2 && (from == 0 || lineBreaks.get(from - 1) || before.endsWith(" and ") || before.equals("and ")));
        return item ? Optional.of(new Named(Optional.empty(), printed, start, end)) : Optional.empty();
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
            if (text.charAt(at) != ' ' || nameAt(text, at + 1).filter(n -> n.entity().kind() == EntityKind.PERSON).isPresent()) {
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

    /**
     * Words of a title that may stand before a name and a comma, and are no part of the name: "Cc: Minister Kamikawa,
     * Foreign Minister", "To: Foreign Minister Yoko Kamikawa, Foreign Minister of Japan".
     */
    private static final Set<String> TITLE_WORDS = Set.of("Minister", "Foreign", "Prime", "President", "Director", "Governor",
            "Mayor", "Chair", "Chairman", "Chairperson", "Secretary", "Prosecutor", "Registrar", "Representative", "Senator",
            "Commissioner", "Rapporteur", "Deputy", "Vice", "Justice", "Chief", "Executive", "Special", "Permanent", "Counsel");

    /** Words that join the parts of a title: "Minister for Foreign Affairs of Japan", "Head of the Delegation". */
    private static final Set<String> TITLE_CONNECTORS = Set.of("of", "for", "the", "to", "and", "on", "at", "in");

    /** A label of an address just before a name: "Cc: ", "To: ", "Bcc: ", "Attn: ", in any letter case. */
    private static final java.util.regex.Pattern ADDRESS_LABEL = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(cc|bcc|to|attn|attention)\\s?: ?$");

    /**
     * Where a personal name the registers do not spell starts that ends at {@code end}: capitalised words back to the
     * first that is not one ({@link #printedName}, read from its end), on the same line; or -1.
     */
    private static int printedNameEndingAt(String text, BitSet lineBreaks, int end) {
        int start = -1;
        boolean spelled = false;
        int wordEnd = end;
        for (int words = 0; words < MAX_NAME_WORDS && wordEnd > 0; words++) {
            int wordStart = text.lastIndexOf(' ', wordEnd - 1) + 1;
            String word = text.substring(wordStart, wordEnd);
            if (NOT_NAMES.contains(word) || ORGANISATION_WORDS.contains(word) || !(isInitial(word) || capitalised(word) || inCapitals(word))) {
                break;
            }
            start = wordStart;
            spelled |= capitalised(word);
            if (wordStart == 0 || lineBreaks.get(wordStart - 1)) {
                break;
            }
            wordEnd = wordStart - 1;
        }
        return spelled ? start : -1;
    }

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
            Optional<Name> name = nameAt(text, i);
            if (name.isPresent()) { // a spelling that starts with an honorific ("Judge Tomoko Akane") is read whole
                return name.filter(n -> n.entity().kind() == EntityKind.PERSON).map(Named::of);
            }
            int here = i;
            Optional<String> honorific = honorificAt(text, here);
            if (honorific.isEmpty() && text.startsWith(MONSIEUR + " ", here)) {
                Optional<Named> whole = nameAt(text, here + MONSIEUR.length() + 1)
                        .filter(n -> n.entity().kind() == EntityKind.PERSON && text.substring(n.start(), n.end()).contains(" ")).map(Named::of);
                if (whole.isPresent() || !unregistered) {
                    return whole;
                }
                // "Prime Minister M. Khan": Monsieur Khan or M. Khan, a person of that name, whom the role is then
                // bound to as printed, rather than to nobody, which would let it be anyone's named near
                return printedName(text, lineBreaks, here);
            }
            if (honorific.isEmpty()) {
                return unregistered ? printedName(text, lineBreaks, here) : Optional.empty();
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
     * A personal name the registers do not spell, at {@code at}: capitalised words ("Shigeru Ishiba", "KISHIDA Fumio",
     * "J. Smith") up to a word that is not one, a punctuation mark or a line break. Not a name: a word written in no
     * capitals ("Prime Minister of Japan"), a word that starts a sentence or a date ("The", "In", "January"), letters
     * alone ("ICC"), the spelling of a registered organisation or a name of one ("Director Human Rights Watch",
     * "Minister Office"), or more than five words, as a heading in title case. Scripts without capitals (Japanese)
     * have none.
     */
    private Optional<Named> printedName(String text, BitSet lineBreaks, int at) {
        List<String> words = new ArrayList<>();
        int end = at;
        int i = at;
        boolean spelled = false;
        while (i < text.length() && words.size() <= MAX_NAME_WORDS) {
            int wordEnd = i;
            while (wordEnd < text.length() && text.charAt(wordEnd) != ' ') {
                wordEnd++;
            }
            String word = text.substring(i, wordEnd);
            String bare = isInitial(word) ? word : word.replaceAll("('s|’s|[,.;:!?)\\]\"'])+$", "");
            Optional<Name> registered = nameAt(text, i);
            if (registered.isPresent() && registered.get().entity().kind() != EntityKind.PERSON) {
                return Optional.empty(); // "Director Fumio Kishida Foundation"
            }
            if (NOT_NAMES.contains(bare) || ORGANISATION_WORDS.contains(bare)) {
                if (ORGANISATION_WORDS.contains(bare)) {
                    return Optional.empty();
                }
                break;
            }
            if (!isInitial(bare) && !capitalised(bare) && !inCapitals(bare)) {
                break;
            }
            if (words.isEmpty() && HEADING_VERBS.contains(bare)) {
                return Optional.empty(); // "Foreign Minister Attends G20 Meeting": a heading that names no one
            }
            words.add(bare);
            spelled |= capitalised(bare);
            end = i + bare.length();
            if (bare.length() < word.length() || wordEnd >= text.length() || lineBreaks.get(wordEnd)) {
                break; // punctuation, or the end of the line, ends the name
            }
            i = wordEnd + 1;
        }
        if (!spelled || words.size() > MAX_NAME_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Named(Optional.empty(), String.join(" ", words), at, end));
    }

    /** A word written as names are: a capital, then letters with one in lower case at least ("Ishiba", "Alapini-Gansou", "O'Brien"). */
    private static boolean capitalised(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')
                && word.chars().anyMatch(Character::isLowerCase);
    }

    /** A word in capitals, as Japanese surnames are printed ("ISHIKANE Kimihiro"); a name only beside a capitalised word. */
    private static boolean inCapitals(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    /** An initial: "M.", "J.". */
    static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    /**
     * The longest registered spelling that starts at {@code at} as a whole word. One in capitals is not read before a
     * capitalised word: "KISHIDA Yuko" is a surname and another given name, not the "Kishida" of Fumio Kishida.
     */
    private Optional<Name> nameAt(String text, int at) {
        if (at >= text.length() || (at > 0 && wordChar(text.charAt(at - 1)))) {
            return Optional.empty();
        }
        for (Spelling s : byFirst.getOrDefault(text.charAt(at), List.of())) {
            int end = at + s.text().length();
            if (text.startsWith(s.text(), at) && (end == text.length() || !wordChar(text.charAt(end)))
                    && !(s.capitals() && capitalised(wordAt(text, end + 1)))) {
                return Optional.of(new Name(s.entity(), at, end));
            }
        }
        return Optional.empty();
    }

    /** The word that starts at {@code at}, up to a space, or "" past the end. */
    private static String wordAt(String text, int at) {
        if (at >= text.length()) {
            return "";
        }
        int end = text.indexOf(' ', at);
        return text.substring(at, end < 0 ? text.length() : end);
    }

    /** The person whose registered spelling, the longest, ends at {@code end} as a whole word. */
    private Optional<Name> personEndingAt(String text, int end) {
        if (end <= 0 || (end < text.length() && wordChar(text.charAt(end)))) {
            return Optional.empty();
        }
        for (Spelling s : byLast.getOrDefault(text.charAt(end - 1), List.of())) {
            int start = end - s.text().length();
            if (start >= 0 && text.startsWith(s.text(), start) && (start == 0 || !wordChar(text.charAt(start - 1)))) {
                return Optional.of(new Name(s.entity(), start, end)).filter(n -> n.entity().kind() == EntityKind.PERSON);
            }
        }
        return Optional.empty();
    }

    /** Whether a registered spelling of any entity ends at {@code end} as a whole word. */
    private boolean spelledEndingAt(String text, int end) {
        for (Spelling s : byLast.getOrDefault(text.charAt(end - 1), List.of())) {
            int start = end - s.text().length();
            if (start >= 0 && text.startsWith(s.text(), start) && (start == 0 || !wordChar(text.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

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
            for (Spelling sp : byLast.getOrDefault(text.charAt(e - 1), List.of())) {
                int from = e - sp.text().length();
                if (sp.text().length() >= 2 && spaceless(sp.text().charAt(0)) && from >= 0 && text.startsWith(sp.text(), from)
                        && (e == start || from >= runStart)) {
                    return sp.entity().kind() == EntityKind.PERSON
                            ? Optional.of(new Named(Optional.of(sp.entity()), "", from, e)) : Optional.empty();
                }
            }
        }
        int length = start - runStart;
        String run = text.substring(runStart, start);
        if (length < 3 || length > 5 || NOT_NAME_ENDINGS_JA.indexOf(text.charAt(start - 1)) >= 0
                || run.startsWith("第") || NOT_NAME_WORDS_JA.stream().anyMatch(run::endsWith)
                || NOT_IN_NAMES_JA.stream().anyMatch(run::contains)) {
            return Optional.empty();
        }
        if (runStart > 0) {
            char before = text.charAt(runStart - 1);
            if (Character.UnicodeScript.of(before) == Character.UnicodeScript.KATAKANA || before == 'ー' || before == '・'
                    || (Character.isLetterOrDigit(before) && !spaceless(before))) {
                return Optional.empty(); // "ロシア連邦外務大臣": the end of a longer word
            }
        }
        return Optional.of(new Named(Optional.empty(), text.substring(runStart, start), runStart, start));
    }

    /**
     * Kanji that end the name of a body or a place rather than a person's ("日本国", "外務省", "日本政府", "内閣",
     * "国際刑事裁判所", "日弁連"), or that make the title another office or one no longer held ("前", "元", "副", "新").
     */
    /**
     * Words of time or order that stand between a name and its title, or before a title alone, and end no personal
     * name: "上川当時外務大臣" (Kamikawa, then Foreign Minister), "我が国歴代外務大臣", "本日外務大臣"; a run starting
     * with 第 is an ordinal ("第百二代内閣総理大臣").
     */
    private static final List<String> NOT_NAME_WORDS_JA = List.of("当時", "歴代", "現職", "前任", "後任", "新任", "初代", "次期",
            "本日", "今日", "昨日", "同日", "今般", "先般", "今回", "前回", "先日", "同年");

    /**
     * Words of a body or of a title, which no personal name holds, so that kanji holding one are no name before a role
     * that ends a longer title: "国際連合事務総長" ("事務総長" of the United Nations), "国連人権高等弁務官", "特命全権大使",
     * "内閣官房長官", "欧州連合上級代表".
     */
    private static final List<String> NOT_IN_NAMES_JA = List.of("国連", "連合", "人権", "全権", "特命", "官房", "政府", "内閣", "大臣",
            "長官", "大使", "代表", "委員", "議員", "事務", "国際", "日本", "政務", "担当", "首席", "常駐", "高等", "総理", "外務", "防衛",
            "法務", "欧州", "米国", "英国", "中国", "韓国", "国家", "上級", "特別", "報告");

    private static final String NOT_NAME_ENDINGS_JA = "国省府庁県都道市町村区会部局課院党団所室閣館社校軍隊署連協盟邦州界領際前元副新現故同駐在";
}
