package org.dossier.source;

import org.dossier.normalize.ColumnRows;

import java.util.regex.Pattern;

/**
 * What a signature block prints that is no signatory's name: a label, a count of signatories, a role or title, a
 * place, a closing, a heading of the list, a date, a note in brackets. It keeps {@code unlisted-name} from warning of
 * such a line, or cell, printed among the names of a letter's list (see {@link SignatureList}).
 */
final class SignatureBlockNoise {
    private static final Pattern COUNT = Pattern.compile("(?i).*\\d.*(?:organi[sz]ation|signator|group|other|\u56E3\u4F53).*");
    /** A line that starts with a label, such as "Contact:", "cc:", "To:" or "Tel.": an address, not a name of the list. */
    private static final Pattern LABEL = Pattern.compile("[\\p{L} .]{1,15}[:\uFF1A]\\s");
    /**
     * A role or title printed in a signature block, alone ("Chair", "Secretary General", 代表理事) or before the
     * organisation of the person above ("Executive Director, Human Rights Now", "Director of …"): no signatory's name.
     */
    private static final Pattern ROLE = Pattern.compile("(?i)(?:co-?|vice[- ]|deputy |acting |interim |honorary |senior |former )?"
            + "(?:chair(?:person|man|woman)?|president|secretary[- ]general|general secretary|secretary|executive director"
            + "|managing director|representative director|director(?:[- ]general)?|program(?:me)? director|representative|coordinator"
            + "|founder|spokesperson|treasurer|ceo|chief executive(?: officer)?|board member|member of the board|head|professor"
            + "|attorney(?:[- ]at[- ]law)?|lawyer)(?:\\s+emerit(?:us|a))?(?:\\s*(?:,|\\bof\\b|\\bat\\b).*)?"
            + "|(?:\u5171\u540C|\u526F)?(?:\u4EE3\u8868(?:\u7406\u4E8B|\u53D6\u7DE0\u5F79)?|\u7406\u4E8B\u9577|\u7406\u4E8B"
            + "|\u4E8B\u52D9\u5C40\u9577|\u4E8B\u52D9\u7DCF\u9577|\u4F1A\u9577|\u8B70\u9577|\u6240\u9577|\u5F01\u8B77\u58EB|\u6559\u6388)");
    /** A country, as a signature block prints the place it was signed in or where a signatory is. */
    private static final String COUNTRY = "japan|korea|south korea|republic of korea|china|taiwan|hong kong|the philippines|philippines"
            + "|indonesia|malaysia|thailand|cambodia|myanmar|vietnam|viet nam|india|nepal|sri lanka|bangladesh|pakistan|mongolia|singapore"
            + "|timor-leste|australia|new zealand|usa|u\\.s\\.a\\.?|u\\.s\\.|united states(?: of america)?|uk|u\\.k\\.?|united kingdom|england"
            + "|france|germany|the netherlands|netherlands|switzerland|belgium|italy|spain|canada|kenya|uganda|south africa";
    /** A city a joint letter is signed in, printed alone ("Tokyo", 東京) or before its country. */
    private static final String CITY = "tokyo|osaka|kyoto|nagoya|kobe|yokohama|fukuoka|sapporo|sendai|hiroshima|nagasaki|naha|okinawa"
            + "|seoul|beijing|taipei|manila|bangkok|jakarta|kuala lumpur|phnom penh|new delhi|kathmandu|dhaka|geneva|the hague|new york"
            + "|washington,? d\\.?c\\.?|london|paris|berlin|brussels|sydney|canberra";
    /**
     * A place: a city or a country alone, or a city of the list, a Japanese ward, city or prefecture ("Chiyoda-ku"), or
     * a word and a postal code, then a country ("Tokyo, Japan", "Chiyoda-ku, Tokyo 100-0013, Japan"). Any other word
     * before a country is a name of an organisation and where it is, as letters signed across Asia list them
     * ("SUARAM, Malaysia", "KontraS, Jakarta, Indonesia"), and "Peace Boat, Japan" is no place either.
     */
    private static final Pattern PLACE = Pattern.compile("(?i)(?:(?:" + CITY + "|[\\p{L}'-]+-(?:ku|shi|ken|cho|machi|mura|gun))(?:\\s+\\d[\\d-]*)?,\\s*"
            + "|[\\p{L}.'-]+\\s+\\d[\\d-]*,\\s*){0,3}(?:" + COUNTRY + ")\\.?"
            + "|(?:" + CITY + ")\\.?|\u65E5\u672C|\u6771\u4EAC(?:\u90FD)?|\u5927\u962A(?:\u5E9C|\u5E02)?|\u4EAC\u90FD(?:\u5E9C|\u5E02)?");
    /** A letter's closing, printed above its signatures: "Sincerely", "Yours faithfully", "With best regards", 敬具. */
    private static final Pattern CLOSING = Pattern.compile("(?i)(?:(?:yours\\s+)?(?:sincerely|faithfully|truly|respectfully)(?:\\s+yours)?"
            + "|(?:with\\s+)?(?:(?:best|kind|warm)\\s+)?regards|signed|thank you|\u656C\u5177|\u4EE5\u4E0A|\u8349\u3005)[.,!]?");
    /** A heading of a list of signatures that the label words of {@link ColumnRows#mayBeLabel} do not read: "Additional signatories". */
    private static final Pattern LIST_HEADING = Pattern.compile("(?i)(?:additional|other|further|more|new|late|initial|original|list of)\\s+"
            + "(?:co-?)?(?:signator(?:y|ies)|signers?|signatures|endorsers?|supporters?|organi[sz]ations?|individuals?|groups?)(?:\\s*\\(.*\\))?"
            + "|(?:signator(?:y|ies)|organi[sz]ations?|individuals?)\\s*\\(.*\\)");

    private SignatureBlockNoise() {
    }

    /**
     * Whether a line of a list, or a cell of a row of columns ({@code item}, as read for names; {@code rawLine}, the line
     * as printed, or the cell) could be an organisation's name: short, not a heading, a [label], a salutation or a
     * sentence, and no count ("25 organizations", "2 other organizations").
     */
    static boolean mayBeAName(String item, String rawLine) {
        return !item.isEmpty() && item.length() <= ColumnRows.NAME_MAX && !rawLine.startsWith("#") && !(item.startsWith("[") && item.endsWith("]"))
                && !LABEL.matcher(item).lookingAt()
                && !item.endsWith(":") && !item.endsWith(",") && !(item.endsWith(".") && item.split(" ").length > 6)
                && !COUNT.matcher(item).matches() && !noSignatory(item);
    }

    /**
     * Words of a signature block that name no signatory: a role or title, a place, a closing, a date, a heading of the
     * list ("Individuals", "Endorsed by").
     */
    private static boolean noSignatory(String item) {
        return ROLE.matcher(item).matches() || PLACE.matcher(item).matches() || CLOSING.matcher(item).matches()
                || LIST_HEADING.matcher(item).matches() || ColumnRows.isDate(item) || IN_BRACKETS.matcher(item).matches()
                // a legal form in brackets starts a name ("（特活）ヒューマンライツ・ナウ", "(NPO) Peace Boat"): no label
                || (ColumnRows.mayBeLabel(item) && !OPENS_BRACKET.matcher(item).lookingAt()
                && (!JAPANESE_LABEL_WORD.matcher(item).find() || JAPANESE_HEADING.matcher(item).matches()));
    }

    /** The words that make a Japanese line a label (see {@link ColumnRows#mayBeLabel}): 団体, 個人, 賛同, 呼びかけ, 署名, 一同. */
    private static final Pattern JAPANESE_LABEL_WORD = Pattern.compile("\u56E3\u4F53|\u500B\u4EBA|\u8CDB\u540C|\u547C\u3073\u304B\u3051|\u7F72\u540D|\u4E00\u540C");
    /**
     * A Japanese heading of a list, which ends with its label word ("賛同団体", "呼びかけ団体一覧（五十音順）：", "賛同人",
     * "賛同者一同"), or a sentence ("以下の団体が賛同しています。"); a name goes on after the word ("全国消費者団体連絡会") or
     * signs as a group of its own ("市民有志一同").
     */
    private static final Pattern JAPANESE_HEADING = Pattern.compile(".*(?:\u56E3\u4F53|\u500B\u4EBA|\u8CDB\u540C[\u8005\u4EBA]?|\u547C\u3073\u304B\u3051\u4EBA?"
            + "|\u7F72\u540D[\u8005\u4EBA]?|(?:\u547C\u3073\u304B\u3051\u4EBA|\u8CDB\u540C\u8005|\u7F72\u540D\u8005)\u4E00\u540C)"
            + "(?:\u4E00\u89A7|\u540D\u7C3F|\u30EA\u30B9\u30C8)?(?:\s*[(\uFF08][^)\uFF09]*[)\uFF09])?\\s*[:\uFF1A]?"
            + "|.*\u3002");

    /** A line wholly in brackets: a note, or the organisation of the person above ("(Human Rights Now)"), no signatory. */
    private static final Pattern IN_BRACKETS = Pattern.compile("[(\uFF08\\[\u3010][^)\uFF09\\]\u3011]*[)\uFF09\\]\u3011]");
    private static final Pattern OPENS_BRACKET = Pattern.compile("[(\uFF08\\[\u3010]");
}
