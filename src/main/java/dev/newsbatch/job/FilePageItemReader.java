package dev.newsbatch.job;

import dev.newsbatch.page.PageRead;
import dev.newsbatch.source.files.PageFileReader;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a fixed, ordered list of page files. Its position is kept in the step's execution context, so a restarted
 * import continues after the last file it committed instead of reading everything again.
 */
class FilePageItemReader extends AbstractItemCountingItemStreamItemReader<PageRead> {

    private final List<Path> files;
    private final PageFileReader reader;
    private final String site;
    private int next;

    FilePageItemReader(List<Path> files, PageFileReader reader, String site) {
        this.files = List.copyOf(files);
        this.reader = reader;
        this.site = site;
        setName("importFiles");
        setMaxItemCount(files.size());
    }

    /** How many files the import reads in all. */
    int fileCount() {
        return files.size();
    }

    @Override
    protected PageRead doRead() {
        return next < files.size() ? reader.read(files.get(next++), site) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = itemIndex;
    }

    @Override
    protected void doOpen() {
        next = 0;
    }

    @Override
    protected void doClose() {
        // nothing held open between reads
    }
}
