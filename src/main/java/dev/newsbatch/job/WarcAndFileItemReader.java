package dev.newsbatch.job;

import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.UnreadablePage;
import dev.newsbatch.source.files.PageFileReader;
import dev.newsbatch.source.warc.NonPageRecord;
import dev.newsbatch.source.warc.ResumePoint;
import dev.newsbatch.source.warc.WarcFiles;
import dev.newsbatch.source.warc.WarcPageReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The import step's reader: every source in the order given, a page file as one page and a WARC file as the stream of
 * its records. Its position (which source, and in a WARC the byte offset of the next record) is kept in the step's
 * execution context, so a restarted import goes on after the last committed chunk without reading any committed page
 * or record again. It also counts the WARC records that are no pages, which the run summary reports, and hands each
 * page to the {@link BodySpool}, which keeps the bodies a chunk holds on the heap under a share of it.
 */
class WarcAndFileItemReader implements ItemStreamReader<PageRead> {

    /** Execution context keys: the source being read, and where in it when it is a WARC file. */
    static final String SOURCE_INDEX = "importSources.index";
    static final String WARC_OFFSET = "importSources.warcOffset";
    static final String WARC_SKIP = "importSources.warcSkip";
    /** Prefix of the counts of WARC records that are no pages, by {@link NonPageRecord#code()}. */
    static final String NON_PAGE_PREFIX = "importSources.nonPage.";

    private final List<Path> sources;
    private final PageFileReader files;
    private final String site;
    private final int maxBytes;
    private final BodySpool spool;
    private final Map<NonPageRecord, Long> nonPages = new EnumMap<>(NonPageRecord.class);

    private int next;
    private WarcPageReader warc;
    /** Where to open the current WARC file, when it is not open yet. */
    private ResumePoint warcStart = ResumePoint.START;

    WarcAndFileItemReader(List<Path> sources, PageFileReader files, String site, int maxBytes, BodySpool spool) {
        this.sources = List.copyOf(sources);
        this.files = files;
        this.site = site;
        this.maxBytes = maxBytes;
        this.spool = spool;
    }

    /** How many pages the import reads, where that is known before reading: not when a WARC file is among them. */
    long knownTotal() {
        return sources.stream().anyMatch(WarcFiles::isWarc) ? -1 : sources.size();
    }

    @Override
    public void open(ExecutionContext context) {
        next = context.getInt(SOURCE_INDEX, 0);
        warcStart = context.containsKey(WARC_OFFSET)
                ? new ResumePoint(context.getLong(WARC_OFFSET), context.getLong(WARC_SKIP, 0))
                : ResumePoint.START;
        for (NonPageRecord kind : NonPageRecord.values()) {
            long count = context.getLong(NON_PAGE_PREFIX + kind.code(), 0);
            if (count > 0) {
                nonPages.put(kind, count);
            }
        }
    }

    @Override
    public PageRead read() {
        PageRead read = readNext();
        return read == null ? null : spool.admit(read);
    }

    private PageRead readNext() {
        while (next < sources.size()) {
            Path source = sources.get(next);
            if (!WarcFiles.isWarc(source)) {
                next++;
                return files.read(source, site);
            }
            if (warc == null) {
                try {
                    warc = WarcPageReader.open(source, warcStart, site, maxBytes, this::count);
                } catch (IOException | RuntimeException e) {
                    finishWarc();
                    return new UnreadablePage(source.toString(), null, PageFileReader.UNREADABLE,
                            "cannot open the WARC file: " + e);
                }
            }
            PageRead read = warc.next();
            if (read != null) {
                return read;
            }
            finishWarc();
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(SOURCE_INDEX, next);
        ResumePoint at = warc != null ? warc.resumePoint() : warcStart;
        context.putLong(WARC_OFFSET, at.offset());
        context.putLong(WARC_SKIP, at.skipRecords());
        nonPages.forEach((kind, count) -> context.putLong(NON_PAGE_PREFIX + kind.code(), count));
    }

    @Override
    public void close() {
        try {
            closeWarc();
        } finally {
            spool.close();
        }
    }

    /** The WARC records that were no pages, by kind, as stored in a step's execution context (empty if none). */
    static Map<String, Long> nonPageCounts(ExecutionContext context) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (NonPageRecord kind : NonPageRecord.values()) {
            long count = context.getLong(NON_PAGE_PREFIX + kind.code(), 0);
            if (count > 0) {
                counts.put(kind.code(), count);
            }
        }
        return counts;
    }

    private void count(NonPageRecord kind) {
        nonPages.merge(kind, 1L, Long::sum);
    }

    private void finishWarc() {
        closeWarc();
        next++;
        warcStart = ResumePoint.START;
    }

    private void closeWarc() {
        if (warc != null) {
            try {
                warc.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close " + sources.get(next), e);
            }
            warc = null;
        }
    }
}
