package dev.newsbatch.eval;

import tools.jackson.databind.JsonNode;

/**
 * The kinds of labelled corpus the eval command knows, told apart by the fields of their gold records.
 */
public enum CorpusKind {
    /** Gold {@code articleBody}: the whole body, scored by 4-token shingles (P/R/F1/accuracy). */
    BODY("body"),
    /** Gold {@code with}/{@code without} passages (and title, author), scored by substring checks. */
    SNIPPETS("snippets"),
    /** Gold {@code date} (a day, or null), scored as found / wrong / missing. */
    DATES("dates");

    private final String label;

    CorpusKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a gold record belongs to, or null when it has none of the known gold fields. */
    static CorpusKind of(JsonNode gold) {
        if (gold.has("articleBody")) {
            return BODY;
        }
        if (gold.has("with") || gold.has("without")) {
            return SNIPPETS;
        }
        if (gold.has("date")) {
            return DATES;
        }
        return null;
    }
}
