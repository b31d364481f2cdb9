package dev.newsbatch.extract.meta;

import java.util.List;

/**
 * A byline parsed into its parts.
 *
 * @param raw     the byline as written
 * @param authors person names, in order, in their usual case; never photographers, desks, job titles or agencies
 * @param agency  the canonical name of the wire agency it credits, or null
 */
public record Byline(String raw, List<String> authors, String agency) {

    public Byline {
        authors = List.copyOf(authors);
    }

    /** True when the byline named neither a person nor an agency ("Staff", a photo credit, a date). */
    public boolean isEmpty() {
        return authors.isEmpty() && agency == null;
    }
}
