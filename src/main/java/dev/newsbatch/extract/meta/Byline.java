package dev.newsbatch.extract.meta;

import java.util.List;

/**
 * A byline parsed into its parts.
 *
 * @param raw     the byline as written
 * @param authors person names, in order
 * @param agency  the wire agency it credits, or null
 */
public record Byline(String raw, List<String> authors, String agency) {

    public Byline {
        authors = List.copyOf(authors);
    }
}
