package dev.newsbatch.extract;

import java.util.Objects;

/**
 * A page that did not become an article, with a short stable reason code (stored in {@code rejected_page.reason},
 * which other tools group by) and a human-readable detail.
 */
public record Rejected(String reason, String detail) implements Extraction {

    /** The file or body has no bytes at all. */
    public static final String EMPTY = "empty";
    /** The bytes are not text (an image, a PDF, an archive, ...). */
    public static final String BINARY = "binary";
    /** The page is larger than the cleaner is configured to read, or its story longer than a story can be. */
    public static final String TOO_LARGE = "too_large";
    /** The page is text, but no story could be found in it. */
    public static final String NOT_ARTICLE = "not_article";
    /** The page could not be read or parsed at all. */
    public static final String UNREADABLE = "unreadable";

    public Rejected {
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }

    /** The reason for a page the server answered with an error status, e.g. {@code http_404}. */
    public static Rejected httpStatus(int status) {
        return new Rejected("http_" + status, "the server answered HTTP " + status);
    }
}
