package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.Dateline;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline at the start of a wire story's first paragraph ("BEIJING, Jan. 3 (Xinhua) --",
 * "LONDON (Reuters) -", "WASHINGTON -") and splits it from the text that follows. Thread-safe.
 */
public final class DatelineParser {

    /** An upper-case place, an optional ", date", an optional "(Agency)", then a dash of any kind. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}.'’ -]{1,40}?)(?:,\\s*(?<date>[^()—–-]{2,40}?))?\\s*(?:\\((?<agency>[^)]{1,30})\\))?"
                    + "\\s*(?<dash>--|[-—–])\\s+");

    /** The dateline and the paragraph without it. */
    public record Match(Dateline dateline, String rest) {
    }

    public Optional<Match> parse(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String raw = paragraph.substring(0, m.end()).trim();
        String place = m.group("place").trim();
        Dateline dateline = new Dateline(raw, titleCase(place), m.group("agency"), m.group("date"));
        return Optional.of(new Match(dateline, paragraph.substring(m.end()).trim()));
    }

    static String titleCase(String place) {
        StringBuilder out = new StringBuilder(place.length());
        boolean startOfWord = true;
        for (char c : place.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = c == ' ' || c == '-' || c == '.';
        }
        return out.toString();
    }
}
