package dev.newsbatch.job;

import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.RawPage;
import dev.newsbatch.page.SpooledPage;
import dev.newsbatch.source.files.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the page bodies an import chunk holds on the heap under a share of it. A chunk is held whole until it is
 * written, and a page may have up to the size limit (16 MiB): fifty huge pages in a row would exhaust the heap. Once the
 * chunk's bodies reach the share, the next pages of that chunk wait in temporary files ({@link SpooledPage}), which
 * costs a write and a read of the file and nothing else; pages of common sizes never reach it. One per import step,
 * shared by its reader (which admits each page read) and its writer (which tells when a chunk is stored).
 */
class BodySpool implements AutoCloseable {

    /** The share of the heap a chunk's bodies may take: 32 MiB of a 512 MiB heap, 150 pages of common size. */
    static long chunkShareOf(long maxHeap) {
        return maxHeap / 16;
    }

    private final long chunkShare;
    private long held;
    private Path folder;

    BodySpool(long chunkShare) {
        this.chunkShare = chunkShare;
    }

    /** The page as the chunk should hold it: as read while the chunk has room for its body, else spooled. */
    synchronized PageRead admit(PageRead read) {
        if (!(read instanceof RawPage page)) {
            return read;
        }
        if (held + page.body().length <= chunkShare) {
            held += page.body().length;
            return page;
        }
        try {
            return SpooledPage.spool(page, folder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool a page's body to a temporary file (" + e.getMessage()
                    + "): free some disk space in " + System.getProperty("java.io.tmpdir") + " or give more heap", e);
        }
    }

    /** The chunk admitted since the last call has been stored: its bodies no longer count, its files are deleted. */
    synchronized void chunkStored(Iterable<? extends PageRead> chunk) {
        held = 0;
        for (PageRead read : chunk) {
            if (read instanceof SpooledPage spooled) {
                try {
                    spooled.delete();
                } catch (IOException e) {
                    // left for close(), which removes the folder
                }
            }
        }
    }

    /** Removes the temporary folder and whatever is left in it (the files of a chunk that was not stored). */
    @Override
    public synchronized void close() {
        if (folder == null) {
            return;
        }
        try {
            Folders.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + folder, e);
        }
        folder = null;
    }

    private Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("newsbatch-import-");
        }
        return folder;
    }
}
