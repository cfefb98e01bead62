package org.dossier.source;

import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.dossier.source.RoleTitles.wordChar;
import static org.dossier.source.UnregisteredNames.capitalised;

/**
 * The registered spellings of every entity, and the same in capitals as a heading prints them, for {@link RoleBinding}:
 * which one starts or ends at a place in a text as a whole word, the longest taken, so that "Imran Khan" is not read
 * as the "Khan" of Karim Khan and "Fumio Kishida Foundation" names no person.
 */
final class Spellings {
    /** A registered spelling, or ({@code capitals}) the same in capitals. */
    record Spelling(String text, Entity entity, boolean capitals) {
    }

    /** A spelling found in the text: whose it is, and where. */
    record Name(Entity entity, int start, int end) {
    }

    /** The spellings by their first and by their last character, the longest first. */
    private final Map<Character, List<Spelling>> byFirst = new HashMap<>();
    private final Map<Character, List<Spelling>> byLast = new HashMap<>();

    Spellings(List<Entity> entities) {
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

    /**
     * The longest registered spelling that starts at {@code at} as a whole word. One in capitals is not read before a
     * capitalised word: "KISHIDA Yuko" is a surname and another given name, not the "Kishida" of Fumio Kishida.
     */
    Optional<Name> nameAt(String text, int at) {
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
    static String wordAt(String text, int at) {
        if (at >= text.length()) {
            return "";
        }
        int end = text.indexOf(' ', at);
        return text.substring(at, end < 0 ? text.length() : end);
    }

    /** The person whose registered spelling, the longest, ends at {@code end} as a whole word. */
    Optional<Name> personEndingAt(String text, int end) {
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
    boolean spelledEndingAt(String text, int end) {
        for (Spelling s : byLast.getOrDefault(text.charAt(end - 1), List.of())) {
            int start = end - s.text().length();
            if (start >= 0 && text.startsWith(s.text(), start) && (start == 0 || !wordChar(text.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The spellings that end in {@code c}, the longest first. */
    List<Spelling> endingIn(char c) {
        return byLast.getOrDefault(c, List.of());
    }
}
