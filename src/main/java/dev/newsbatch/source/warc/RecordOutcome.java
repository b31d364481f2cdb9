package dev.newsbatch.source.warc;

import dev.newsbatch.page.PageRead;

/** What one WARC record is to an import: a page read (a page, or a rejection of one), or a record that is no page. */
sealed interface RecordOutcome permits RecordOutcome.Page, RecordOutcome.NotAPage {

    record Page(PageRead read) implements RecordOutcome {
    }

    record NotAPage(NonPageRecord kind) implements RecordOutcome {
    }
}
