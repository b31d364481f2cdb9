package dev.newsbatch.page;

/**
 * What a source yields for each thing it reads: a {@link RawPage}, or an {@link UnreadablePage} that could not be
 * stored at all. Either way the reading is accounted for, so nothing a source read disappears. An import may hold a
 * raw page's bytes in a file until it is stored: a {@link SpooledPage}.
 */
public sealed interface PageRead permits RawPage, SpooledPage, UnreadablePage {

    /** Where in its source this was read: a file path, a WARC record id, a URL. */
    String originRef();
}
