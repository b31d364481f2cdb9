package dev.newsbatch.job;

import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.UnreadablePage;
import dev.newsbatch.store.RawPageStore;
import dev.newsbatch.store.RejectionStore;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores what a source read: new raw pages (those spooled to files included, see {@link BodySpool}), and a rejection
 * for each thing that could not be read at all.
 */
class PageReadWriter implements ItemWriter<PageRead> {

    private final RawPageStore rawPages;
    private final RejectionStore rejections;
    private final String timeZone;
    private final Long jobExecutionId;
    private final BodySpool spool;

    PageReadWriter(RawPageStore rawPages, RejectionStore rejections, String timeZone, Long jobExecutionId,
            BodySpool spool) {
        this.rawPages = rawPages;
        this.rejections = rejections;
        this.timeZone = timeZone;
        this.jobExecutionId = jobExecutionId;
        this.spool = spool;
    }

    @Override
    public void write(Chunk<? extends PageRead> chunk) {
        List<PageRead> pages = new ArrayList<>();
        List<UnreadablePage> unreadable = new ArrayList<>();
        for (PageRead read : chunk) {
            if (read instanceof UnreadablePage failure) {
                unreadable.add(failure);
            } else {
                pages.add(read);
            }
        }
        try {
            rawPages.insertNew(pages, timeZone, jobExecutionId);
            rejections.recordUnreadable(unreadable, jobExecutionId);
        } finally {
            spool.chunkStored(chunk);
        }
    }
}
