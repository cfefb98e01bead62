package org.dossier.source;

import org.dossier.model.EntityKind;
import org.dossier.source.RoleBinding.Named;
import org.dossier.source.Spellings.Name;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.dossier.source.RoleBinding.HONORIFICS;
import static org.dossier.source.RoleBinding.MONSIEUR;
import static org.dossier.source.RoleTitles.spaceless;
import static org.dossier.source.RoleTitles.wordChar;
import static org.dossier.source.Spellings.wordAt;

/**
 * Reading a personal name that no register spells, for {@link RoleBinding}: capitalised words, and the words that are
 * no name (a sentence's first word, a date, a salutation, a heading's verb, a word of a body or a place); before a
 * comma and a role, only where it stands as an item (after "Cc:" or "and", or at a line's start), titles and words of
 * address before it aside; and in Japanese, the kanji before a title that a full name may be.
 */
final class UnregisteredNames {
    private final Spellings spellings;

    UnregisteredNames(Spellings spellings) {
        this.spellings = spellings;
    }

    /** The most words a personal name the registers do not spell is read as; more are a heading in title case. */
    static final int MAX_NAME_WORDS = 5;
    /** Capitalised words that start a sentence, name a date or greet an audience, rather than name a person. */
    static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "This", "That", "These", "Those", "It", "Its", "We",
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
     * Attends the G7") the name is read as before ({@link RoleBinding.Bound#binds}).
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
            "Arrives", "Arrived", "Departs", "Departed", "Returns", "Returned", "Presents", "Presented", "Accepts", "Accepted",
            // the same after a word of the future or of ability: "Foreign Minister Will Attend G7 Meeting"
            "Attend", "Meet", "Hold", "Call", "Say", "Urge", "Welcome", "Announce", "Deliver", "Join", "Sign", "Speak", "Address",
            "Receive", "Host", "Discuss", "Condemn", "Express", "Issue", "Make", "Give", "Travel", "Participate", "Stress",
            "Reaffirm", "Congratulate", "Launch", "Open", "Chair", "Lead", "Take", "Respond", "Comment", "Talk", "Pay", "Send",
            "Conclude", "Pledge", "Support", "Appoint", "Resign", "Thank", "Brief", "Outline", "Highlight", "Emphasize",
            "Emphasise", "Reject", "Declare", "Unveil", "Greet", "Vow", "Warn", "Seek", "Back", "Arrive", "Depart", "Return",
            "Present", "Accept", "Not", "Be", "Also", "Again", "Soon");
    /**
     * Words of the future, of ability or of duty, that a heading in title case prints before its verb ("Prime Minister
     * Will Host Summit", "Foreign Minister Cannot Attend"): no name where a verb of {@link #HEADING_VERBS} follows.
     * "Will" is a given name too ("Prime Minister Will Smith"), read as one before any other word.
     */
    private static final Set<String> AUXILIARIES = Set.of("Will", "Shall", "Would", "Could", "Can", "Cannot", "Must", "Should",
            "Might", "Does", "Did", "Has", "Have", "Had", "Is", "Was", "Won't");

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

    /**
     * Words of a title that may stand before a name and a comma, and are no part of the name: "Cc: Minister Kamikawa,
     * Foreign Minister", "To: Foreign Minister Yoko Kamikawa, Foreign Minister of Japan".
     */
    private static final Set<String> TITLE_WORDS = Set.of("Minister", "Foreign", "Prime", "President", "Director", "Governor",
            "Mayor", "Chair", "Chairman", "Chairperson", "Secretary", "Prosecutor", "Registrar", "Representative", "Senator",
            "Commissioner", "Rapporteur", "Deputy", "Vice", "Justice", "Chief", "Executive", "Special", "Permanent", "Counsel");

    /** A label of an address just before a name: "Cc: ", "To: ", "Bcc: ", "Attn: ", in any letter case. */
    private static final java.util.regex.Pattern ADDRESS_LABEL = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(cc|bcc|to|attn|attention)\\s?: ?$");

    /**
     * A personal name the registers do not spell that ends at {@code end}, before a comma and a role, where it stands
     * as an item, not as a sentence's first words ("In Geneva, Prime Minister …", "However, Foreign Minister …"): after
     * a label of an address ("Cc: Shigeru Ishiba, Prime Minister of Japan", "To:", "Bcc:", "Attn:"), or, two words or
     * more, after "and" ("Takeshi Iwaya and Shigeru Ishiba, Prime Minister") or at the start of a line (a line of a
     * list of addressees or a signature block), words of address before it aside ("Cc: H.E. Mr. Shigeru Ishiba").
     * Without it, the role bound nobody, and could be given to a registered person named near.
     */
    Optional<Named> unregisteredNameBefore(String text, BitSet lineBreaks, int end) {
        int start = printedNameEndingAt(text, lineBreaks, end);
        if (start < 0 || spellings.spelledEndingAt(text, end)) {
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
     * Where a personal name the registers do not spell starts that ends at {@code end}: capitalised words back to the
     * first that is not one ({@link #printedName}, read from its end), on the same line; or -1.
     */
    static int printedNameEndingAt(String text, BitSet lineBreaks, int end) {
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
     * A personal name the registers do not spell, at {@code at}: capitalised words ("Shigeru Ishiba", "KISHIDA Fumio",
     * "J. Smith") up to a word that is not one, a punctuation mark or a line break. Not a name: a word written in no
     * capitals ("Prime Minister of Japan"), a word that starts a sentence or a date ("The", "In", "January"), letters
     * alone ("ICC"), the spelling of a registered organisation or a name of one ("Director Human Rights Watch",
     * "Minister Office"), or more than five words, as a heading in title case. Scripts without capitals (Japanese)
     * have none.
     */
    Optional<Named> printedName(String text, BitSet lineBreaks, int at) {
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
            Optional<Name> registered = spellings.nameAt(text, i);
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
            if (words.isEmpty() && AUXILIARIES.contains(bare) && bare.length() == word.length() && wordEnd < text.length()
                    && !lineBreaks.get(wordEnd) && HEADING_VERBS.contains(wordAt(text, wordEnd + 1).replaceAll("[,.;:!?)\\]\"']+$", ""))) {
                return Optional.empty(); // "Foreign Minister Will Attend G7 Meeting": no one called "Will Attend"
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
    static boolean capitalised(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')
                && word.chars().anyMatch(Character::isLowerCase);
    }

    /** A word in capitals, as Japanese surnames are printed ("ISHIKANE Kimihiro"); a name only beside a capitalised word. */
    static boolean inCapitals(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    /** An initial: "M.", "J.". */
    static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    /**
     * The kanji {@code runStart} to {@code start} before a role in Japanese order read as a full name no register
     * spells, or empty; what {@link RoleBinding}'s {@code japaneseNameBefore} reads once no registered spelling ends there.
     */
    static Optional<Named> kanjiNameBefore(String text, int runStart, int start) {
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

    /**
     * Kanji that end the name of a body or a place rather than a person's ("日本国", "外務省", "日本政府", "内閣",
     * "国際刑事裁判所", "日弁連"), or that make the title another office or one no longer held ("前", "元", "副", "新").
     */
    private static final String NOT_NAME_ENDINGS_JA = "国省府庁県都道市町村区会部局課院党団所室閣館社校軍隊署連協盟邦州界領際前元副新現故同駐在";
}
