package dev.newsbatch.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses a byline ("By Jane Doe and John Roe", "Jane Doe | Reuters", "From: Xinhua | 2019-01-03 17:21") into person
 * names and an agency. Thread-safe.
 */
public final class BylineParser {

    private static final Pattern LEADING_WORD = Pattern.compile("^(?i)(by|from|von|par|por)\\s*:?\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|\\band\\b|&|\\|)\\s*");

    public Byline parse(String raw) {
        String text = LEADING_WORD.matcher(raw.trim()).replaceFirst("");
        List<String> authors = new ArrayList<>();
        String agency = null;
        for (String part : SEPARATORS.split(text)) {
            if (part.isBlank()) {
                continue;
            }
            if (Agencies.isAgency(part)) {
                agency = Agencies.canonicalName(part);
            } else if (part.matches("\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3}")) {
                authors.add(part);
            }
        }
        return new Byline(raw, authors, agency);
    }
}
