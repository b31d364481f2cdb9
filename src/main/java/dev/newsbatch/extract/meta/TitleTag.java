package dev.newsbatch.extract.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The page's {@code <title>}, wherever the parser put it. Text before the doctype (a server's PHP warnings printed
 * ahead of the page) ends the head early, so the title lands in the body, where {@link Document#title()} does not
 * look. A {@code <title>} inside inline SVG names a drawing, not the page. Thread-safe.
 */
final class TitleTag {

    private static final Evaluator TITLES = QueryParser.parse("title");

    private TitleTag() {
    }

    /** The title's text, or "" when the page has none. */
    static String of(Document doc) {
        String head = doc.title();
        if (!head.isEmpty()) {
            return head;
        }
        for (Element title : doc.select(TITLES)) {
            if (title.closest("svg") == null && !title.text().isBlank()) {
                return title.text().trim();
            }
        }
        return "";
    }
}
