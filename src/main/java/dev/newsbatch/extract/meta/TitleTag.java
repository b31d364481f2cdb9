package dev.newsbatch.extract.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <title>}, wherever the parser put it. Text before the doctype (a server's PHP warnings printed
 * ahead of the page) ends the head early, so the title lands in the body, where {@link Document#title()} does not
 * look. A {@code <title>} inside inline SVG names a drawing, not the page. Thread-safe.
 */
final class TitleTag {

    
    private TitleTag() {
    }

    /** The title's text, or "" when the page has none. */
    static String of(PageElements elements) {
        String head = elements.doc().title();
        if (!head.isEmpty()) {
            return head;
        }
        for (Element title : elements.withTag("title")) {
            if (title.closest("svg") == null && !title.text().isBlank()) {
                return title.text().trim();
            }
        }
        return "";
    }
}
