package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a byline into person names and a wire agency: "By Jane Doe and John Roe", "Jane Doe | Reuters",
 * "Von Hans Müller", "By JANE DOE" (→ "Jane Doe"), "From: Xinhua | 2019-01-03 17:21" (agency only). Photo credits,
 * desks ("Staff"), job titles, e-mail addresses, social handles and dates are never taken for authors. Thread-safe.
 *
 * <p>Steps: refuse photo credits; read the lead word ("By", "Von", "Par", "Por" name people; "From:", "Source:" name an
 * organisation); drop contact details; cut each piece at the first date; split into names; sort each into agency,
 * person or neither.
 *
 * <pre>{@code new BylineParser().parse("By Jane Doe, Associated Press")  // authors [Jane Doe], agency AP}</pre>
 */
public final class BylineParser {

    // --- Lead words ------------------------------------------------------------------------------------------------

    /** Words that introduce people, in the languages of the corpus: "By", "Written by", "Von", "Par", "Por", "Di". */
    private static final Pattern PERSON_LEAD = Pattern.compile(
            "^(?iu)(?:(?:written|reported|words|story|text)\\s+by|by|von|par|por|di|door|av|af|author|autor|auteur"
                    + "|texto?)\\b\\s*:?\\s*");
    /** Words that introduce the organisation a story came from ("From: Xinhua", "Source: Reuters"): no people follow. */
    private static final Pattern SOURCE_LEAD = Pattern.compile(
            "^(?iu)(?:from|source|sources|quelle|fuente|fonte|origine)\\b\\s*:?\\s*");

    /** A photo credit, which names a photographer, not an author: all in brackets "(MANDEL NGAN / AFP)", a label
     *  "Photo: …", "Foto: …", or the wire form "AP Photo/Evan Vucci". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^\\(.*\\)$|^(?iu)(?:photo(?:graph)?s?|foto(?:s|grafía)?|bild|images?|pictures?|pics?|credit|"
                    + "photo credit)\\b\\s*(?::|by\\b)|(?iu)\\bphoto\\s*/");

    // --- Things in a byline that are not names ---------------------------------------------------------------------

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern HANDLE = Pattern.compile("@\\w+");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    /** A bracketed part ("(Reuters)", "(@janedoe)"): looked at on its own, then replaced by a separator. */
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");

    /** Where a date starts inside a piece, so "Jane Doe March 5, 2019" and "Jane Doe | Updated 17:21" keep only the
     *  name: any digit (names have none), a timestamp label, or a month name followed by a number. */
    private static final Pattern DATE_START = Pattern.compile(
            "(?iu)\\d|\\b(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|publié|mis à jour"
                    + "|actualizado|publicado)\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d");
    /** A connective left dangling once the date after it is cut: "Jane Doe on", "Hans Müller am". */
    private static final Pattern DANGLING_CONNECTIVE = Pattern.compile("(?iu)(?:^|\\s)(?:on|am|le|el|il|at)\\s*$");

    /** Separators between the pieces of a byline ("Jane Doe | Reuters", "Jane Doe • 5 min read"). */
    private static final Pattern PIECE_SEPARATOR = Pattern.compile("\\s*[|•·;]\\s*|\\s+[—–-]\\s+");
    /** Separators between names: commas, slashes and "and" in English, German, French, Spanish, Italian. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile(
            "(?iu)\\s*[,/&]\\s*|\\s+(?:and|und|et|y|e|en|og|och)\\s+");
    /** "Jane Doe in Beijing", "Jane Doe for The Guardian": where the reporter was, or for whom, is not the name. */
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?iu)\\s+(?:in|for|at|aus|à|from)\\s+.*$");

    /**
     * Words of job titles, desks and publications. A piece holding one is not a person: "Staff Writer", "Editor",
     * "Senior Correspondent", "China Daily", "Reuters staff". Lower case, compared without dots.
     */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            // job titles and desks
            "staff", "writer", "writers", "editor", "editors", "editorial", "reporter", "reporters", "correspondent",
            "correspondents", "contributor", "contributing", "columnist", "journalist", "photographer", "photo",
            "photos", "producer", "analyst", "intern", "senior", "chief", "deputy", "associate", "special", "desk",
            "bureau", "team", "newsroom", "online", "digital", "guest", "press", "office", "service",
            "redaktion", "korrespondent", "korrespondentin", "rédaction", "envoyé", "envoyée", "redacción",
            "corresponsal", "redazione", "inviato",
            // publications and organisations
            "news", "daily", "times", "post", "journal", "herald", "tribune", "agency", "media", "network",
            "group", "magazine", "gazette", "telegraph", "radio", "tv", "television", "wire", "newswire",
            // social and contact words
            "twitter", "facebook", "email", "e-mail", "follow", "instagram", "linkedin");
    /** Lower-case words inside a name: "Ludwig van Beethoven", "Bashar al-Assad", "Charles de Gaulle". */
    private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du",
            "dos", "das", "del", "della", "la", "le", "bin", "binti", "ibn", "al", "el", "ten", "ter", "zu", "y");
    /** A word of a name: letters with the apostrophes, hyphens and dots of "O'Brien", "Jean-Pierre", "J.". */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}'’.-]*");
    /** A person's name has at least two words ("Staff", "Madonna" and lone surnames are too ambiguous)... */
    static final int MIN_NAME_WORDS = 2;
    /** ...and at most five ("María de los Ángeles García"); longer runs of capitalised words are titles or text. */
    static final int MAX_NAME_WORDS = 5;

    /** Whether a line opens the way bylines and source lines do: "By …", "Von …", "From: …", "Source: …". */
    public boolean opensLikeByline(String line) {
        String text = TextNormalizer.normalizeLine(line);
        return PERSON_LEAD.matcher(text).find() || SOURCE_LEAD.matcher(text).find();
    }

    public Byline parse(String raw) {
        String text = TextNormalizer.normalizeLine(raw);
        if (PHOTO_CREDIT.matcher(text).find()) {
            return new Byline(raw, List.of(), null);
        }
        boolean namesPeople = true;
        Matcher source = SOURCE_LEAD.matcher(text);
        if (source.find()) {
            namesPeople = false;
            text = text.substring(source.end());
        } else {
            Matcher person = PERSON_LEAD.matcher(text);
            if (person.find()) {
                text = text.substring(person.end());
            }
        }

        List<String> authors = new ArrayList<>();
        String agency = null;
        for (String candidate : candidates(text)) {
            String candidateAgency = agencyNamedBy(candidate);
            if (candidateAgency != null) {
                agency = agency == null ? candidateAgency : agency;
                continue;
            }
            if (namesPeople) {
                String name = personName(candidate);
                if (name != null && !authors.contains(name)) {
                    authors.add(name);
                }
            }
        }
        return new Byline(raw, authors, agency);
    }

    /** The pieces of a byline that could each be a name or an agency, with contact details and dates removed. */
    private static List<String> candidates(String text) {
        String withoutContacts = HANDLE.matcher(EMAIL.matcher(URL.matcher(text).replaceAll(" | ")).replaceAll(" | "))
                .replaceAll(" | ");
        String unbracketed = BRACKETED.matcher(withoutContacts).replaceAll(" | $1 | ");
        List<String> candidates = new ArrayList<>();
        for (String piece : PIECE_SEPARATOR.split(unbracketed)) {
            for (String name : NAME_SEPARATOR.split(cutAtDate(piece))) {
                String trimmed = name.trim();
                if (!trimmed.isEmpty()) {
                    candidates.add(trimmed);
                }
            }
        }
        return candidates;
    }

    private static String cutAtDate(String piece) {
        Matcher date = DATE_START.matcher(piece);
        String kept = date.find() ? piece.substring(0, date.start()) : piece;
        kept = kept.replaceAll("[\\s,:]+$", "");
        return DANGLING_CONNECTIVE.matcher(kept).replaceAll("");
    }

    /** The agency a candidate names: all of it ("Associated Press"), or all but desk words ("Reuters staff"). */
    private static String agencyNamedBy(String candidate) {
        String whole = Agencies.canonicalName(candidate);
        if (whole != null) {
            return whole;
        }
        StringBuilder rest = new StringBuilder();
        for (String word : candidate.split("\\s+")) {
            if (!NOT_NAME_WORDS.contains(plain(word))) {
                rest.append(rest.length() == 0 ? "" : " ").append(word);
            }
        }
        return rest.length() == 0 || rest.length() == candidate.length() ? null : Agencies.canonicalName(rest.toString());
    }

    /** The person a candidate names, in usual case, or null if it is a title, a desk, a handle or a single word. */
    private static String personName(String candidate) {
        String name = NAME_SUFFIX.matcher(candidate).replaceAll("");
        String[] words = name.split("\\s+");
        int nameWords = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (!NAME_WORD.matcher(word).matches() || NOT_NAME_WORDS.contains(plain(word))) {
                return null;
            }
            boolean particle = i > 0 && NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT));
            if (!particle) {
                if (!Character.isUpperCase(word.codePointAt(0))) {
                    return null;
                }
                nameWords++;
            }
        }
        if (nameWords < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) {
            return null;
        }
        return name.equals(name.toUpperCase(Locale.ROOT)) ? normalizeNameCase(words) : name;
    }

    /** "JANE DOE" → "Jane Doe", "JEAN-PIERRE O'BRIEN" → "Jean-Pierre O'Brien", "BASHAR AL-ASSAD" → "Bashar al-Assad". */
    static String normalizeNameCase(String[] upperCaseWords) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < upperCaseWords.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            String[] parts = upperCaseWords[i].split("-", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    out.append('-');
                }
                out.append(namePartCase(parts[p], i == 0 && p == 0));
            }
        }
        return out.toString();
    }

    private static String namePartCase(String part, boolean first) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || (!first && NAME_PARTICLES.contains(lower))) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower);
        out.setCharAt(0, Character.toUpperCase(lower.charAt(0)));
        // O'Brien, D'Angelo: one letter and an apostrophe; McDonald: the Scottish prefix.
        if (lower.length() > 2 && (lower.charAt(1) == '\'' || lower.charAt(1) == '’')) {
            out.setCharAt(2, Character.toUpperCase(lower.charAt(2)));
        } else if (lower.length() > 3 && lower.startsWith("mc")) {
            out.setCharAt(2, Character.toUpperCase(lower.charAt(2)));
        }
        return out.toString();
    }

    private static String plain(String word) {
        return word.replace(".", "").toLowerCase(Locale.ROOT);
    }
}
