package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the author text a page gives (a meta tag, a JSON-LD name, a byline line) into person names: cuts "By",
 * roles, e-mail addresses, handles, dates and photo credits, splits lists of names, and refuses what is not a person
 * (staff credits, site names, agencies, URLs). Thread-safe.
 *
 * <pre>{@code AuthorNames.split("By Jane Doe and John Roe | Photo: Max Muster")  // [Jane Doe, John Roe]}</pre>
 */
final class AuthorNames {

    /** Words that introduce a byline in the languages of the corpus: "By", "Von", "Par", "Por", "Di", "Door", "Av". */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?iu)(?:(?:written|posted|published|reported|text|story|article|words|interview|compiled|edited)"
                    + "\\s+by|by|von|vom|par|por|di|door|av|af|autor(?:in)?|author|auteur|autore|text|texte|"
                    + "verfasst von|geschrieben von|erstellt von|artikel von|ein beitrag von|ein artikel von|beitrag von|"
                    + "gastbeitrag von|interview|publié par|escrito por|publicado por|reportage|redakcja|"
                    + "posted|written)\\b\\s*[:\\-–]?\\s*");
    /** A credit that is not an author: the rest of the text after one of these belongs to a photo or video. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)(?:\\b(?:photos?|fotos?|bild(?:er)?|images?|pictures?|illustrations?|graphics?|grafik|video|"
                    + "credits?|quelle|source|fuente|crédit|crédito)\\b\\s*(?:by|von|:|/)|©|\\(c\\)|\\bgetty\\b|"
                    + "\\bshutterstock\\b|\\bistock)");
    /**
     * Labels of the line that lists a post's categories or tags, which blog templates print in the same meta block
     * as the byline: the capitalized topics after them ("Fair Trade, Green Living") read like names.
     */
    private static final Pattern TAXONOMY_LABEL = Pattern.compile(
            "(?iu)(?:kategorien?|categories|category|catégories?|categorías?|categorie|rubriken?|tags?|"
                    + "schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|themen|filed under|posted in|"
                    + "veröffentlicht in|abgelegt unter)\\s*:");
    /** The dash a signature line opens with: "— by Jane Roe" under an essay. */
    private static final Pattern SIGNATURE_DASH = Pattern.compile("^[-–—]+\\s*");
    /** Separators between names in a list. */
    private static final Pattern LIST_SEPARATORS = Pattern.compile(
            "(?iu)\\s*(?:;|,|&|\\||\\+|/|\\s(?:and|und|et|y|e|i|en|og|och|ve|и|та|oraz|und von)\\s)\\s*");
    /** Things that end a byline: a date, a time, "Updated", "Published" ... */
    private static final Pattern TRAILER = Pattern.compile(
            "(?iu)\\s*(?:[-–—|,•·]\\s*)?(?:\\b(?:updated|published|posted|veröffentlicht|aktualisiert|am|le|el|on|"
                    + "publié|mis à jour|last updated)\\b.*|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}.*|\\d{1,2}:\\d\\d.*)$");
    /**
     * A bracketed aside after a name ("Jane Doe (Sponsored Post)", "Jane Doe (Berlin)", "(@jdoe)"): read as a
     * space: the name outside the brackets stays a name, and what the brackets hold is no author.
     */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<!\\S)@\\w+");
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+|www\\.\\S+");
    /** A role after the name, cut off: "Jane Doe, Senior Editor" keeps "Jane Doe". */
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)\\s*(?:,|-|–|\\()\\s*(?:senior|chief|staff|contributing|managing|political|deputy|associate|"
                    + "correspondent|reporter|editor|writer|columnist|redakteur|korrespondent|journalist).*$");
    /**
     * Whole values that credit no person: the newsroom as a whole, anonymous or placeholder accounts. Compared
     * lower-cased.
     */
    private static final Set<String> NOT_PERSONS = Set.of("staff", "staff writer", "staff reporter", "admin",
            "administrator", "editor", "editors", "the editors", "editorial", "editorial staff", "newsroom",
            "news desk", "web desk", "desk", "unknown", "anonymous", "anónimo", "anonimo", "anonym", "anonyme",
            "guest", "user", "webmaster", "wire", "wire services", "agencies", "associated press", "press release",
            "team", "null", "undefined", "none", "n/a",
            "redaktion", "la rédaction", "rédaction", "redacción", "redazione", "redação", "redactie");
    /**
     * Words that a byline line holds around names but that are never part of one: reading times, counters, labels
     * and buttons ("4 min", "0 Kommentare", "Follow", "Datum"), in the languages of the corpus. Lower-cased.
     */
    private static final Set<String> NOT_NAME_WORDS = Set.of("min", "mins", "minute", "minutes", "minuten", "read",
            "reading", "lesezeit", "lesedauer", "comments", "comment", "kommentare", "kommentar", "follow", "folgen",
            "share", "teilen", "datum", "date", "aktuell", "artikel", "article", "eingetragen", "publiziert",
            "veröffentlicht", "posted", "published", "updated", "schlagwörter", "tags", "kategorie", "category",
            "categories", "home", "news", "uhr", "ago", "vor", "stunden", "hours", "days", "tagen", "views",
            "likes", "email", "e-mail", "print", "drucken", "twitter", "facebook", "instagram", "linkedin",
            "mehr", "more", "von", "by", "und", "and", "anzeige", "werbung", "sponsored", "admin", "wordpressadmin",
            "deutschland", "germany", "redaktion", "staff", "team", "autor", "author", "autoren", "authors");
    /** Labels that introduce a date after a name in a byline line ("Sara Roe Stand 3.1.2019", "Updated"). */
    private static final Set<String> DATE_LABELS = Set.of("stand", "updated", "aktualisiert", "am", "on", "le", "el",
            "published", "veröffentlicht", "publié");
    /** Lower-case words inside names: nobility and family-name particles. */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "del", "della",
            "di", "du", "la", "le", "y", "zu", "zur", "bin", "ibn", "al", "el", "dos", "das", "do", "ten", "ter", "v.");
    private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|\\p{Lu}\\.");
    /** A name is at most this many words; more is a sentence. */
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_NAME_CHARS = 60;
    /**
     * A user name as an author card prints it ("freeman1984", "ThE_PaiN"): one token, a letter first, digits
     * allowed. Only read where the markup says the text is the author's name alone.
     */
    private static final Pattern USER_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}_.-]{1,30}");

    /**
     * What follows a family name at the start of a bio: a separator ("Jane Roe - engineer", "Jane Roe, 42") or the
     * verb that says who the person is ("Jane Roe is", "ist", "est", "es", "è", "was", "war").
     */
    private static final String AFTER_NAME_IN_BIO = "(?=\\s*[-–—,:(|]|\\s+(?:is|ist|est|es|è|was|war)\\b)";
    private static final String FAMILY_NAME = "\\s+(\\p{Lu}[\\p{L}\\p{M}'’]+(?:-\\p{Lu}[\\p{L}\\p{M}'’]+)?)";

    private AuthorNames() {
    }

    /**
     * The author's full name where the structured data gives a given name alone ("Jane") and the same person's bio
     * opens with it and a family name ("Jane Roe - engineer and cyclist"); else the name as given. The bio is the
     * page's own record of who that person is, so the fuller name is no guess.
     */
    static String fullerName(String name, String bio) {
        if (name == null || bio == null || name.isBlank() || name.trim().contains(" ")) {
            return name;
        }
        var opening = Pattern.compile("^" + Pattern.quote(name.trim()) + FAMILY_NAME + AFTER_NAME_IN_BIO)
                .matcher(TextNormalizer.normalizeLine(bio));
        return opening.find() ? name.trim() + " " + opening.group(1) : name;
    }

    /** The person names in a structured author value (JSON-LD, a meta tag), in order, without duplicates. */
    static List<String> split(String text) {
        return split(text, false);
    }

    /**
     * The person names in an author text, in order, without duplicates.
     *
     * @param visible whether the text is a visible byline line: its names must look like names (capitalized words,
     *                two at least), since such a line also holds labels, counters and dates
     */
    static List<String> split(String text, boolean visible) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        String t = TextNormalizer.normalizeLine(text);
        if (visible && TAXONOMY_LABEL.matcher(t).lookingAt()) {
            return names; // "Category: Travel, Slow Living": the topics a post is filed under, not its authors
        }
        var credit = CREDIT.matcher(t);
        if (credit.find()) {
            t = t.substring(0, credit.start());
        }
        t = BRACKETED.matcher(t).replaceAll(" ");
        t = URL.matcher(t).replaceAll(" ");
        t = EMAIL.matcher(t).replaceAll(" ");
        t = HANDLE.matcher(t).replaceAll(" ");
        t = SIGNATURE_DASH.matcher(TextNormalizer.normalizeLine(t)).replaceFirst("");
        var leadIn = LEAD_IN.matcher(t);
        if (leadIn.find()) {
            // "By jdoe": a name the line introduces as the author's counts even when it is a user name
            visible = visible && leadIn.end() == 0;
            t = t.substring(leadIn.end());
        }
        t = TRAILER.matcher(t).replaceFirst("");
        t = ROLE.matcher(t).replaceFirst("");
        for (String part : LIST_SEPARATORS.split(t)) {
            String name = cleanName(part);
            if (name != null && looksLikePerson(name, visible) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Cuts dates written around a name: "Raúl Espina 4 mayo", "Kayla Greaves Oct 13", "Sara Roe Stand". A month
     * name alone is no date: it is a given name as often ("Jan Kowalski", "April Ryan", "June Roe"), so a run of
     * date words is cut only where it holds a number or a date label.
     */
    private static String trimDateWords(String name) {
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        int end = words.size();
        while (end > 0 && isDateWord(words.get(end - 1))) {
            end--;
        }
        if (datesRun(words.subList(end, words.size()))) {
            words.subList(end, words.size()).clear();
        }
        int start = 0;
        while (start < words.size() && isDateWord(words.get(start))) {
            start++;
        }
        if (datesRun(words.subList(0, start))) {
            words.subList(0, start).clear();
        }
        return String.join(" ", words);
    }

    /** Whether a run of date words is a date, not a month name alone that may be a given name. */
    private static boolean datesRun(List<String> run) {
        for (String word : run) {
            if (!DateTextParser.isMonthName(plainWord(word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateWord(String word) {
        String w = plainWord(word);
        return w.matches("\\d{1,4}(?:st|nd|rd|th)?") || DateTextParser.isMonthName(w)
                || DATE_LABELS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static String plainWord(String word) {
        return word.replaceAll("[,.:;]$", "");
    }

    /** Whether a cleaned name has the shape of a person's name; see {@link #split(String, boolean)}. */
    static boolean looksLikePerson(String name, boolean visible) {
        String[] words = name.split("\\s+");
        if (visible && words.length < 2) {
            return false;
        }
        if (mixesCase(words)) {
            return false; // "deinen Hochzeitsbloggern": a phrase in a name field, not a name
        }
        boolean namesSomeone = false;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (NOT_NAME_WORDS.contains(lower.replaceAll("[:.,]$", "")) && !NAME_PARTICLES.contains(lower)) {
                return false;
            }
            if (visible && !NAME_PARTICLES.contains(lower) && !CAPITALIZED_WORD.matcher(word).matches()) {
                return false;
            }
            namesSomeone |= !NAME_PARTICLES.contains(lower) && !DateTextParser.isMonthName(plainWord(word));
        }
        // "de Mayo de", what is left of "3 de Mayo de 2022": a month among particles is a date, not a name
        return namesSomeone;
    }

    /**
     * Whether a name of several words opens with a lower-case word (not a particle like "van") and goes on with a
     * capitalized one: a phrase ("deinen Hochzeitsbloggern", "your wedding bloggers" in German, which capitalizes
     * only its nouns) or a company ("bergportal GmbH"). A name written all in lower case ("bell hooks") is a style,
     * and a lower-case surname after a capitalized given name ("Amir hassan") a typing habit: both pass.
     */
    private static boolean mixesCase(String[] words) {
        if (words.length < 2) {
            return false;
        }
        int first = words[0].codePointAt(0);
        if (!Character.isLowerCase(first) || NAME_PARTICLES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (Character.isUpperCase(words[i].codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The text as a user name (see {@link #USER_NAME}), or null when it is not one or is a label or placeholder. */
    static String userName(String text) {
        String t = TextNormalizer.normalizeLine(text);
        String lower = t.toLowerCase(Locale.ROOT);
        if (!USER_NAME.matcher(t).matches() || NOT_PERSONS.contains(lower) || NOT_NAME_WORDS.contains(lower)
                || Agencies.isAgency(t)) {
            return null;
        }
        return t;
    }

    /**
     * A byline's text without its lead-in word, the date after it and the punctuation around it: "von Redaktion, "
     * → "Redaktion". For credits that are no person's name, which {@link #split(String)} refuses.
     */
    static String withoutLeadIn(String text) {
        String t = SIGNATURE_DASH.matcher(TextNormalizer.normalizeLine(text)).replaceFirst("");
        t = LEAD_IN.matcher(t).replaceFirst("");
        t = TRAILER.matcher(t).replaceFirst("");
        return t.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }

    /** The text before a photo or video credit: what a byline says about the story's own authors. */
    static String withoutCredit(String text) {
        var credit = CREDIT.matcher(text);
        return credit.find() ? text.substring(0, credit.start()) : text;
    }

    /** One name cleaned, or null when it is not a person's name. */
    static String cleanName(String part) {
        String name = TextNormalizer.normalizeLine(LEAD_IN.matcher(TextNormalizer.normalizeLine(part)).replaceFirst(""));
        name = ROLE.matcher(name).replaceFirst("");
        name = trimDateWords(name);
        name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").trim();
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || !name.codePoints().anyMatch(Character::isLetter)) {
            return null;
        }
        if (name.split("\\s+").length > MAX_NAME_WORDS || NOT_PERSONS.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (Agencies.isAgency(name) || name.matches("(?s).*\\d{3,}.*")) {
            return null;
        }
        return name;
    }
}
