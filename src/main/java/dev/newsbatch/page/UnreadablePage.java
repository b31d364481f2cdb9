package dev.newsbatch.page;

import java.util.Objects;

/**
 * Something a source came upon but could not turn into a page (an I/O error, a file over the size limit), recorded
 * with a short stable reason code as {@code rejected_page} rows are.
 */
public record UnreadablePage(String originRef, String url, String reason, String detail) implements PageRead {

    public UnreadablePage {
        Objects.requireNonNull(originRef, "originRef");
        Objects.requireNonNull(reason, "reason");
    }
}
