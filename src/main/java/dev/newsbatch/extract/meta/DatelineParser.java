package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.Dateline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a wire story's first paragraph and splits it from the text that follows:
 * {@code "BEIJING, Jan. 3 (Xinhua) --"}, {@code "LONDON (Reuters) -"}, {@code "NEW YORK, March 5, 2019 /PRNewswire/ --"},
 * {@code "Berlin (dpa) -"}, {@code "MADRID, 5 mar (EFE).-"}, {@code "(AP) —"}. Thread-safe.
 *
 * <p>A dateline is a head (place, optional region and date segments after commas, optional agency in brackets or
 * slashes) followed by a dash. To keep ordinary sentences ("US-China talks - a summary") out, a place written in
 * mixed case counts only when a known agency follows it; an upper-case place may stand alone, as in "WASHINGTON -".
 *
 * <pre>{@code new DatelineParser().parse("LONDON (Reuters) - Shares fell.")  // place London, agency Reuters}</pre>
 */
public final class DatelineParser {

    // --- Where to look --------------------------------------------------------------------------------------------

    /**
     * The dash must come within this many characters of the start. The longest real heads are press releases like
     * "WASHINGTON, D.C., Sept. 12, 2019 /PRNewswire-USNewswire/ --" (about 60); a dash further in belongs to a sentence.
     */
    static final int MAX_HEAD_CHARS = 100;

    /**
     * The dash that closes a dateline: "--", an em or en dash (spaces optional: AP writes "WASHINGTON (AP) —"), a hyphen
     * with white space after it and white space or ")" before it (a hyphen glued to a word is a compound, "US-China"),
     * or the Spanish ".-" right after the agency's bracket ("(EFE).-").
     */
    private static final int LONGEST_DASH_CHARS = 2;
    private static final Pattern DASH = Pattern.compile("\\s*(?<dash>(?<=\\))\\.-|--|[—–]|(?<=[\\s)])-(?=\\s))\\s*");

    // --- The place ------------------------------------------------------------------------------------------------

    /** Places have at most this many words ("RIO DE JANEIRO", "SALT LAKE CITY", "FRANKFURT AM MAIN"). */
    static final int MAX_PLACE_WORDS = 5;
    /** An upper-case head shorter than this is an initialism in a sentence ("A - B", "US - China"), not a place. */
    static final int MIN_PLACE_LETTERS = 3;
    /** A word of a place: letters, with the dots, apostrophes, hyphens and slashes of "ST. LOUIS", "N'DJAMENA",
     *  "PORT-AU-PRINCE", "Frankfurt/Main". */
    private static final Pattern PLACE_WORD = Pattern.compile("\\p{L}[\\p{L}.'’/-]*");
    /** Small words that stay lower case inside a place name ("Rio de Janeiro", "Frankfurt am Main"). */
    private static final Set<String> PLACE_PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di",
            "du", "des", "la", "le", "les", "el", "es", "al", "am", "an", "der", "den", "von", "van", "au", "aux",
            "sur", "en", "of", "on", "upon", "im", "bei", "y");
    /** Upper-case words that open a story the way a place would but are wire slugs and banners, not places. */
    private static final Set<String> NOT_PLACES = Set.of("BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE",
            "REFILE", "CORRECTED", "FACTBOX", "EXPLAINER", "ANALYSIS", "OPINION", "EDITORIAL", "INTERVIEW", "WATCH",
            "VIDEO", "PHOTOS", "LIVE", "NOTE", "WARNING", "URGENT", "FLASH", "ADVISORY", "EDITORS", "SPONSORED");

    // --- Segments after the place: regions, then the date ---------------------------------------------------------

    /** Place, regions and date are at most this many comma-separated pieces ("SAN FRANCISCO, Calif., March 5, 2019"). */
    static final int MAX_SEGMENTS = 5;
    /** A region after the place ("Calif.", "D.C.", "N.Y.", "Germany") has at most this many words. */
    static final int MAX_REGION_WORDS = 3;
    /** Month and weekday words in English, French, German, Spanish and Italian, with their usual abbreviations. */
    private static final Set<String> DATE_WORDS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
            "janv", "janvier", "fév", "févr", "février", "mars", "avr", "avril", "mai", "juin", "juil", "juillet",
            "août", "septembre", "octobre", "novembre", "déc", "décembre",
            "januar", "februar", "märz", "juni", "juli", "okt", "oktober", "dez", "dezember",
            "ene", "enero", "febrero", "marzo", "abr", "abril", "mayo", "junio", "julio", "ago", "agosto",
            "septiembre", "setiembre", "octubre", "noviembre", "dic", "diciembre",
            "gen", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "set", "settembre", "ottobre",
            "mag", "giu", "lug", "ott",
            "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thurs", "thursday", "fri", "friday",
            "sat", "saturday", "sun", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lunes",
            "martes", "miércoles", "jueves", "viernes", "sábado", "domingo");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    // --- The agency -----------------------------------------------------------------------------------------------

    /** An agency the list does not know is still taken after an upper-case place if it is this short and
     *  capitalised ("WASHINGTON (CNN) -"), since wire and broadcast credits are one to three words. */
    static final int MAX_UNKNOWN_AGENCY_WORDS = 3;
    /** Longest text taken for an agency inside brackets or slashes. */
    static final int MAX_AGENCY_CHARS = 40;

    /** The dateline and the paragraph without it. */
    public record Match(Dateline dateline, String rest) {
    }

    /** The dateline at the start of a paragraph and the text after it, or empty if the paragraph opens with none. */
    public Optional<Match> parse(String paragraph) {
        if (paragraph == null) {
            return Optional.empty();
        }
        // Only the head is searched, so a long paragraph without a dash costs no more than a short one.
        Matcher dash = DASH.matcher(paragraph).useTransparentBounds(true)
                .region(0, Math.min(paragraph.length(), MAX_HEAD_CHARS + LONGEST_DASH_CHARS));
        if (!dash.find() || dash.start() > MAX_HEAD_CHARS) {
            return Optional.empty();
        }
        String rest = paragraph.substring(dash.end()).trim();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        return parseHead(paragraph.substring(0, dash.start()).trim()).map(head -> new Match(
                new Dateline(paragraph.substring(0, dash.end("dash")).trim(), head.location(), head.agency(),
                        head.dateText()),
                rest));
    }

    /** What the text before the dash says, if it reads as a dateline head. */
    private record Head(String location, String agency, String dateText) {
    }

    private Optional<Head> parseHead(String head) {
        AgencyCut cut = cutAgency(head);
        if (cut == null) {
            return Optional.empty();
        }
        String beforeAgency = cut.before().trim();
        if (beforeAgency.isEmpty()) {
            // "(AP) —" alone: only a known agency makes a bracket at the start of a paragraph a dateline.
            String known = knownAgency(cut.agencyText());
            return known == null ? Optional.empty() : Optional.of(new Head(null, known, null));
        }
        String[] segments = beforeAgency.split(",", -1);
        if (segments.length > MAX_SEGMENTS) {
            return Optional.empty();
        }
        String place = segments[0].trim();
        boolean upperCase = isUpperCasePlace(place);
        if (!upperCase && !isMixedCasePlace(place)) {
            return Optional.empty();
        }
        String agency = null;
        if (cut.agencyText() != null) {
            agency = knownAgency(cut.agencyText());
            if (agency == null && upperCase && looksLikeAgencyName(cut.agencyText())) {
                agency = cut.agencyText().trim();
            }
            if (agency == null) {
                return Optional.empty();
            }
        } else if (!upperCase) {
            return Optional.empty(); // "Berlin - ..." without an agency is as likely a sentence as a dateline
        }
        List<String> regions = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i].trim();
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            if (isDateSegment(segment)) {
                dates.add(segment);
            } else if (dates.isEmpty() && isRegionSegment(segment)) {
                regions.add(segment); // regions come before the date, never after it
            } else {
                return Optional.empty();
            }
        }
        StringBuilder location = new StringBuilder(upperCase ? normalizePlaceCase(place) : place);
        for (String region : regions) {
            location.append(", ").append(isUpperCasePlace(region) ? normalizePlaceCase(region) : region);
        }
        String dateText = dates.isEmpty() ? null : String.join(", ", dates);
        return Optional.of(new Head(location.toString(), agency, dateText));
    }

    /** The head split at its agency: "(Xinhua)" or "/PRNewswire/" at its end; agencyText is null when there is none. */
    private record AgencyCut(String before, String agencyText) {
    }

    private static AgencyCut cutAgency(String head) {
        char last = head.isEmpty() ? ' ' : head.charAt(head.length() - 1);
        if (last != ')' && last != '/') {
            return new AgencyCut(head, null);
        }
        char open = last == ')' ? '(' : '/';
        int start = head.lastIndexOf(open, head.length() - 2);
        if (start < 0 || head.length() - start - 2 > MAX_AGENCY_CHARS) {
            return null;
        }
        String inside = head.substring(start + 1, head.length() - 1).trim();
        return inside.isEmpty() ? null : new AgencyCut(head.substring(0, start), inside);
    }

    /** The canonical name of the agency in a credit such as "Xinhua", "dpa/lno" (dpa's regional desks) or "AP". */
    private static String knownAgency(String text) {
        String whole = Agencies.canonicalName(text);
        if (whole != null) {
            return whole;
        }
        int slash = text.indexOf('/');
        return slash > 0 ? Agencies.canonicalName(text.substring(0, slash)) : null;
    }

    private static boolean looksLikeAgencyName(String text) {
        String[] words = text.trim().split("\\s+");
        if (words.length > MAX_UNKNOWN_AGENCY_WORDS || DIGIT.matcher(text).find()) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperCasePlace(String place) {
        if (!hasPlaceShape(place) || NOT_PLACES.contains(place)) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= MIN_PLACE_LETTERS;
    }

    /** "Berlin", "Frankfurt am Main", "Rio de Janeiro": capitalised words, particles in lower case. */
    private static boolean isMixedCasePlace(String place) {
        if (!hasPlaceShape(place)) {
            return false;
        }
        String[] words = place.split(" ");
        for (int i = 0; i < words.length; i++) {
            boolean capitalised = Character.isUpperCase(words[i].codePointAt(0));
            if (!capitalised && (i == 0 || !PLACE_PARTICLES.contains(words[i]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasPlaceShape(String place) {
        if (place.isEmpty()) {
            return false;
        }
        String[] words = place.split(" ");
        if (words.length > MAX_PLACE_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!PLACE_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /** "Jan. 3", "March 5", "2019", "12 mars", "Monday": a digit, or a month or weekday word. */
    private static boolean isDateSegment(String segment) {
        if (DIGIT.matcher(segment).find()) {
            return true;
        }
        for (String word : segment.split("\\s+")) {
            if (DATE_WORDS.contains(word.replace(".", "").toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Calif.", "D.C.", "N.Y.", "Germany": a few capitalised words without digits. */
    private static boolean isRegionSegment(String segment) {
        String[] words = segment.split("\\s+");
        if (words.length > MAX_REGION_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!PLACE_WORD.matcher(word).matches() || !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An upper-case place in the case it is usually written: "NEW YORK" → "New York", "RIO DE JANEIRO" →
     * "Rio de Janeiro", "PORT-AU-PRINCE" → "Port-au-Prince", "N'DJAMENA" → "N'Djamena"; initials stay ("D.C.").
     */
    static String normalizePlaceCase(String place) {
        StringBuilder out = new StringBuilder(place.length());
        int wordIndex = 0;
        for (String word : place.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String[] parts = word.split("-", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    out.append('-');
                }
                out.append(placePartCase(parts[p], wordIndex == 0 && p == 0));
            }
            wordIndex++;
        }
        return out.toString();
    }

    private static String placePartCase(String part, boolean first) {
        if (part.isEmpty() || isInitials(part)) {
            return part;
        }
        String lower = part.toLowerCase(Locale.ROOT);
        if (!first && PLACE_PARTICLES.contains(lower)) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower);
        out.setCharAt(0, Character.toUpperCase(lower.charAt(0)));
        // One letter and an apostrophe is an elided article: N'Djamena, L'Aquila, O'Hare.
        if (lower.length() > 2 && (lower.charAt(1) == '\'' || lower.charAt(1) == '’')) {
            out.setCharAt(2, Character.toUpperCase(lower.charAt(2)));
        }
        return out.toString();
    }

    /** "D.C.", "U.S.": single letters each followed by a period. */
    private static boolean isInitials(String part) {
        return part.length() >= 2 && part.matches("(?:\\p{L}\\.)+");
    }
}
