package dev.newsbatch.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the extractor made of one corpus page, in the shape the reference scorers read (a PRED JSON Lines record).
 *
 * @param id          the page id
 * @param text        the body text ("" for a rejected page)
 * @param title       the headline, or null
 * @param authors     the author names, never null
 * @param publishedAt the publication time in ISO-8601, or null
 * @param millis      wall time the extraction took, in milliseconds
 * @param error       why no article came out (a rejection reason or an exception), or null
 */
public record Prediction(
        String id, String text, String title, List<String> authors, String publishedAt, double millis, String error) {

    public Prediction {
        text = text == null ? "" : text;
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The record as one line of the PRED JSON Lines format. */
    public String toJsonLine() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("text", text);
        fields.put("title", title);
        fields.put("authors", authors);
        fields.put("published_at", publishedAt);
        fields.put("ms", millis);
        if (error != null) {
            fields.put("error", error);
        }
        return Corpus.JSON.writeValueAsString(fields);
    }
}
