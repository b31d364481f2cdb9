package dev.newsbatch.extract.text;

import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a text dump made by another scraper: one block of text per line, chrome and story mixed. Keeps the lines
 * that read as the story's paragraphs. Thread-safe.
 */
public final class TextDumpCleaner {

    /** A line with fewer words than this is not taken for a paragraph of the story. */
    private static final int MIN_PARAGRAPH_WORDS = 8;

    public void clean(String text, ArticleDraft draft, ExtractionSettings settings) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String normalized = TextNormalizer.normalizeLine(line);
            if (normalized.split(" ").length >= MIN_PARAGRAPH_WORDS) {
                paragraphs.add(normalized);
            }
        }
        draft.paragraphs(paragraphs);
    }
}
