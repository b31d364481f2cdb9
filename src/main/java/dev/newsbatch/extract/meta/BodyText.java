package dev.newsbatch.extract.meta;

import org.jsoup.nodes.Document;

/**
 * The page body's visible text as jsoup gives it ({@code body().text()}), built on first use and then shared: the
 * shown-dates check and the language guess both read it, and building it walks the whole document. The metadata chains never change the document, so one build serves them
 * all. One instance per page; not thread-safe.
 */
final class BodyText {

    private final Document doc;
    private String text;

    BodyText(Document doc) {
        this.doc = doc;
    }

    /** The body's text, "" for a document without a body. */
    String text() {
        if (text == null) {
            text = doc.body() == null ? "" : doc.body().text();
        }
        return text;
    }
}
