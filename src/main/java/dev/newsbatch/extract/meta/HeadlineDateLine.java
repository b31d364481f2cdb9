package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.TextNormalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The author named at the end of the date line set right above or below the headline, which no class marks as a
 * byline: "04.02.2023 | 13:10 Uhr | Jane Roe". The name must follow a piece holding the date, so a section or place
 * in front of it ("Handball Schweiz • 02.02.2023") is not taken for a person. Thread-safe (stateless).
 */
final class HeadlineDateLine {

    /** The separators between the pieces of a date line. */
    private static final Pattern PIECES = Pattern.compile("\\s*[|·•]\\s*");
    /** A date line is short: a date, a time, a name. */
    private static final int MAX_LINE_CHARS = 100;

    private HeadlineDateLine() {
    }

    /** The person the headline's date line names after its date, or null. */
    static String find(OffStoryRegions regions) {
        Element headline = regions.headline();
        if (headline == null) {
            return null;
        }
        String name = nameAfterDate(headline.previousElementSibling());
        return name != null ? name : nameAfterDate(headline.nextElementSibling());
    }

    private static String nameAfterDate(Element line) {
        if (line == null || TextLength.certainlyLonger(line, MAX_LINE_CHARS)) {
            return null;
        }
        String[] pieces = PIECES.split(TextNormalizer.normalizeLine(line.text()));
        boolean afterDate = false;
        for (String piece : pieces) {
            if (afterDate && !hasDigit(piece)) {
                List<String> names = AuthorNames.split(piece, true);
                // the whole piece is the name: "Jane Roe", not "Sport Jane Roe Kommentare"
                return names.size() == 1 && names.get(0).equals(piece) ? piece : null;
            }
            afterDate |= hasDigit(piece);
        }
        return null;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
