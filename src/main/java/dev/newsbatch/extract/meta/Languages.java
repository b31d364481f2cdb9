package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.Signal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the page's language as an ISO 639-1 code: what the page declares ({@code <html lang>}, Content-Language,
 * og:locale, JSON-LD inLanguage, Dublin Core), else the job definition, else a guess from the commonest function
 * words of the main languages, else from the script (CJK, Arabic, Cyrillic ...). Thread-safe.
 */
final class Languages {

    record Found(String code, String signal) {
    }

    /**
     * Function words by language: short, frequent, and rarely shared with another language in this list. A text is
     * given the language whose words it uses most, if that is a clear lead.
     */
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "with", "for", "was", "this", "are", "have", "from"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "auch", "für"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "pas", "sur", "avec"),
            "es", Set.of("el", "los", "las", "y", "del", "que", "por", "una", "con", "para", "como", "más", "pero"),
            "it", Set.of("il", "della", "che", "di", "per", "non", "una", "sono", "gli", "nel", "alla", "anche", "è"),
            "pt", Set.of("o", "os", "da", "do", "que", "não", "uma", "com", "para", "em", "dos", "mais", "são"),
            "nl", Set.of("de", "het", "een", "van", "en", "niet", "dat", "zijn", "voor", "met", "ook", "naar", "wordt"),
            "pl", Set.of("i", "w", "nie", "się", "na", "że", "jest", "do", "to", "jak", "ale", "przez", "oraz"),
            "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "за", "от", "для"),
            "uk", Set.of("і", "та", "що", "не", "на", "з", "до", "це", "як", "від", "для", "які", "також"));
    /** Fewer function words than this and the guess is not trusted. */
    private static final int MIN_HITS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** Scripts that name their language outright where no function words matched. */
    private static final List<Map.Entry<Character.UnicodeScript, String>> SCRIPTS = List.of(
            Map.entry(Character.UnicodeScript.HAN, "zh"), Map.entry(Character.UnicodeScript.HIRAGANA, "ja"),
            Map.entry(Character.UnicodeScript.HANGUL, "ko"), Map.entry(Character.UnicodeScript.ARABIC, "ar"),
            Map.entry(Character.UnicodeScript.HEBREW, "he"), Map.entry(Character.UnicodeScript.GREEK, "el"),
            Map.entry(Character.UnicodeScript.THAI, "th"));
    /** How much of the page's text the guess reads. */
    private static final int SAMPLE_CHARS = 20_000;

    Found find(PageSignals page) {
        List<Element> html = page.elements().withTag("html");
        String declared = html.isEmpty() ? null : html.get(0).attr("lang");
        String code = code(declared);
        if (code != null) {
            return new Found(code, Signal.META_TAG);
        }
        code = code(page.meta().first("content-language", "dc.language", "language"));
        if (code != null) {
            return new Found(code, Signal.META_TAG);
        }
        code = code(page.meta().first("og:locale"));
        if (code != null) {
            return new Found(code, Signal.OPEN_GRAPH);
        }
        code = code(page.jsonLd().articleText("inLanguage"));
        if (code != null) {
            return new Found(code, Signal.JSON_LD);
        }
        if (page.settings().language() != null) {
            return new Found(page.settings().language(), Signal.JOB_DEFINITION);
        }
        String text = page.bodyText().text();
        code = guess(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        return code == null ? null : new Found(code, Signal.DETECTED);
    }

    /** "en-US", "de_DE", "fr" → the two-letter code; null for anything else. */
    static String code(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.trim().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return t.matches("[a-z]{2}") ? t : null;
    }

    /** The language of a text from its function words, else its script; null when unsure. */
    static String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            STOPWORDS.forEach((lang, words) -> {
                if (words.contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                bestHits = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        // a clear lead: at least MIN_HITS, and half again as many as the runner-up
        if (best != null && bestHits >= MIN_HITS && bestHits * 2 >= second * 3) {
            return best;
        }
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        text.codePoints().filter(Character::isLetter)
                .forEach(cp -> scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        for (Map.Entry<Character.UnicodeScript, String> s : SCRIPTS) {
            if (scripts.getOrDefault(s.getKey(), 0) >= 20) {
                // Japanese mixes Han with kana; kana decides
                if (s.getValue().equals("zh") && scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) >= 20) {
                    return "ja";
                }
                return s.getValue();
            }
        }
        return null;
    }
}
