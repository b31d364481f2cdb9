package dev.newsbatch.extract.text;

import dev.newsbatch.extract.ArticleImage;
import dev.newsbatch.extract.meta.Agencies;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo credits in the two shapes text dumps keep them: at the end of a caption in brackets,
 * "Crowds gather in Rome. (Jane Doe / AFP)", and alone on a line, "Photo: Jane Doe/Reuters". Thread-safe.
 */
final class PhotoCredits {

    /** The longest text taken from the brackets at the end of a line for a credit. */
    static final int MAX_CREDIT_CHARS = 120;
    /** The label that opens a credit: "Photo:", "Photo by", "Foto:", "Bild:", "Image:", "Credit:", "File photo:". */
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(?iu)(?:file\\s+)?(?:photo(?:graph)?s?|foto(?:s|grafía)?|bild|images?|pictures?|pics?|credits?|"
                    + "photo credit)\\s*(?::|by\\b|\\s*/)\\s*");
    /** Credits name photographers and their sources: "AP Photo/Evan Vucci", "Xinhua Photo", "Getty Images". */
    private static final Pattern PHOTO_WORD = Pattern.compile("(?iu)\\b(?:photos?|images|pictures|pool)\\b");
    /** Each part of a slash-separated credit ("MANDEL NGAN / AFP / KCNA VIA KNS") is a name or source of at most
     *  this many words; a part longer than that is prose that happens to contain a slash. */
    static final int MAX_CREDIT_PART_WORDS = 5;
    /** A credit on a line of its own is short; a longer line that starts with "Photo:" is a sentence about photos. */
    static final int MAX_STANDALONE_CREDIT_WORDS = 12;

    /** A caption and its credit, when the line ends with a bracketed credit and has caption text before it. */
    Optional<ArticleImage> captionWithCredit(String line) {
        TrailingBracket bracket = TrailingBracket.of(line);
        if (bracket == null || bracket.before().isBlank()) {
            return Optional.empty();
        }
        return credit(bracket.inside()).map(credit -> new ArticleImage(bracket.before().trim(), credit, null));
    }

    /** The credit of a line that is nothing but a credit: "Photo: Jane Doe/Reuters", "(AP Photo/Evan Vucci)". */
    Optional<String> standaloneCredit(String line) {
        if (TextShape.wordCount(line) > MAX_STANDALONE_CREDIT_WORDS) {
            return Optional.empty();
        }
        TrailingBracket bracket = TrailingBracket.of(line);
        if (bracket != null && bracket.before().isBlank()) {
            return credit(bracket.inside());
        }
        Matcher label = CREDIT_LABEL.matcher(line);
        if (label.find() && label.end() < line.length()) {
            return Optional.of(line.substring(label.end()).trim());
        }
        return Optional.empty();
    }

    /**
     * A bracketed group that ends the line, and the text before it. Nothing may follow the bracket: a body sentence
     * that ends in brackets closes with its period after them, "… the ministry (MOFA)."
     */
    private record TrailingBracket(String before, String inside) {

        static TrailingBracket of(String line) {
            if (!line.endsWith(")")) {
                return null;
            }
            int open = line.lastIndexOf('(');
            if (open < 0) {
                return null;
            }
            String inside = line.substring(open + 1, line.length() - 1);
            if (inside.length() < 2 || inside.length() > MAX_CREDIT_CHARS || inside.indexOf(')') >= 0) {
                return null;
            }
            return new TrailingBracket(line.substring(0, open), inside);
        }
    }

    /** The credit inside brackets, without its label, if it reads as one. */
    private static Optional<String> credit(String inside) {
        String text = inside.trim();
        Matcher label = CREDIT_LABEL.matcher(text);
        if (label.find()) {
            String rest = text.substring(label.end()).trim();
            return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
        }
        if (PHOTO_WORD.matcher(text).find() || Agencies.isAgency(text) || isSlashSeparatedNames(text)) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    /** "Jane Doe/Reuters", "MANDEL NGAN / AFP / KCNA VIA KNS", "Xinhua/Li Xin": short capitalised parts. */
    private static boolean isSlashSeparatedNames(String text) {
        String[] parts = text.split("/");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            String trimmed = part.trim();
            if (trimmed.isEmpty() || !Character.isUpperCase(trimmed.codePointAt(0))
                    || TextShape.wordCount(trimmed) > MAX_CREDIT_PART_WORDS) {
                return false;
            }
        }
        return true;
    }
}
