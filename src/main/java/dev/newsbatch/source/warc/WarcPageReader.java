package dev.newsbatch.source.warc;

import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.UnreadablePage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the pages of one WARC file (plain or gzipped) as a stream, one record at a time, with jwarc: memory stays flat
 * whatever the size of the archive, as only the current record's payload is held. Each call to {@link #next()} gives
 * the next page or rejection; records that are no pages are passed to a counter instead.
 *
 * <p>A damaged record is given as a {@link #CORRUPT_RECORD} rejection naming the file and the byte offset, and reading
 * goes on at the next place a record parses (the next gzip member, or the next {@code WARC/1.} line); where none does,
 * the file ends there and the rejection says so. Not thread-safe.
 *
 * <p>{@link #resumePoint()} says where a new reader must start to continue after the records handled so far, so that a
 * restarted import never reads a committed record again:
 * <pre>{@code
 * try (WarcPageReader warc = WarcPageReader.open(file, ResumePoint.START, "site", maxBytes, kind -> {})) {
 *     for (PageRead read = warc.next(); read != null; read = warc.next()) { ... }
 * }
 * }</pre>
 */
public final class WarcPageReader implements Closeable {

    /** Reason code of a response or resource whose declared type is not HTML (images, PDFs, scripts). */
    public static final String NOT_HTML = "not_html";
    /** Reason code of a payload over the size limit; it is not read into memory. */
    public static final String TOO_LARGE = "too_large";
    /** Reason code of a record that cannot be read: it ends early, its header or HTTP head does not parse. */
    public static final String CORRUPT_RECORD = "corrupt_record";
    /** Reason code of a payload whose Content-Encoding is unknown or whose compressed bytes are damaged. */
    public static final String BAD_CONTENT_ENCODING = "bad_content_encoding";

    private final Path file;
    private final FileChannel probe;
    private final RecordBoundaries boundaries;
    private final boolean gzip;
    private final WarcRecordConverter converter;
    private final Consumer<NonPageRecord> nonPages;

    private WarcReader reader;
    /** A record already parsed (while finding where to go on after a damaged one) and not yet handled. */
    private WarcRecord pending;
    private boolean ended;
    /** Records still to pass over after opening at a resume point. */
    private long toSkip;
    /** The last place a record was known to start by seeking there (file start, resume point, resynchronisation). */
    private long anchor;
    private long handledSinceAnchor;
    /** Offset of the last record handled (read, and its page given or counted), or -1 since the anchor. */
    private long lastHandled = -1;

    private WarcPageReader(Path file, FileChannel probe, boolean gzip, ResumePoint from, String site, int maxBytes,
            Consumer<NonPageRecord> nonPages) {
        this.file = file;
        this.probe = probe;
        this.gzip = gzip;
        this.boundaries = new RecordBoundaries(probe, gzip);
        this.converter = new WarcRecordConverter(site, maxBytes);
        this.nonPages = nonPages;
        this.anchor = from.offset();
        this.toSkip = from.skipRecords();
    }

    /**
     * Opens a WARC file to read from a resume point ({@link ResumePoint#START} for the whole file).
     *
     * @param maxBytes payloads larger than this are rejected as {@link #TOO_LARGE} without being read
     * @param nonPages told of each record that is no page
     * @throws IOException when the file cannot be opened at all
     */
    public static WarcPageReader open(Path file, ResumePoint from, String site, int maxBytes,
            Consumer<NonPageRecord> nonPages) throws IOException {
        FileChannel probe = FileChannel.open(file, StandardOpenOption.READ);
        try {
            boolean gzip = new RecordBoundaries(probe, true).startsAt(0);
            return new WarcPageReader(file, probe, gzip, from, site, maxBytes, nonPages);
        } catch (IOException | RuntimeException e) {
            probe.close();
            throw e;
        }
    }

    /** The next page or rejection, or null when the file has no more. */
    public PageRead next() {
        while (true) {
            WarcRecord record;
            if (pending != null) {
                record = pending;
                pending = null;
            } else if (ended) {
                return null;
            } else {
                long at = anchor;
                try {
                    if (reader == null) {
                        openAt(anchor);
                    }
                    at = reader.position();
                    Optional<WarcRecord> found = reader.next();
                    if (found.isEmpty()) {
                        ended = true;
                        return null;
                    }
                    record = found.get();
                } catch (IOException | RuntimeException e) {
                    // jwarc has moved its position to the record whose header it failed on, or kept it at the record
                    // whose body or trailer ended early: either way, that record is the damaged one
                    return corrupt(reader == null ? at : reader.position(), null, e);
                }
            }
            long offset = record.position();
            if (toSkip > 0) {
                toSkip--;
                handled(offset);
                continue;
            }
            RecordOutcome outcome;
            try {
                outcome = converter.convert(record, file + " at byte " + offset);
            } catch (IOException | RuntimeException e) {
                return corrupt(offset, record instanceof WarcTargetRecord target ? targetOf(target) : null, e);
            }
            handled(offset);
            if (outcome instanceof RecordOutcome.NotAPage notAPage) {
                nonPages.accept(notAPage.kind());
                continue;
            }
            return ((RecordOutcome.Page) outcome).read();
        }
    }

    /**
     * Where to start a new reader to continue after every record handled so far: the offset of the last one, which the
     * new reader passes over. A {@code .warc.gz} written as a single gzip stream has no boundary there, so it starts
     * again at the last known one and passes over every record read since.
     */
    public ResumePoint resumePoint() {
        if (lastHandled < 0) {
            return new ResumePoint(anchor, toSkip);
        }
        try {
            if (!gzip || boundaries.startsAt(lastHandled)) {
                return new ResumePoint(lastHandled, 1);
            }
        } catch (IOException e) {
            // cannot tell: the count from the anchor is right either way, only slower
        }
        return new ResumePoint(anchor, handledSinceAnchor);
    }

    @Override
    public void close() throws IOException {
        try {
            closeReader();
        } finally {
            probe.close();
        }
    }

    private void handled(long offset) {
        lastHandled = offset;
        handledSinceAnchor++;
    }

    private UnreadablePage corrupt(long offset, String url, Exception cause) {
        String resumed = resynchronise(offset + 1);
        return new UnreadablePage(file + "@" + offset, url, CORRUPT_RECORD,
                "the record at byte " + offset + " of " + file + " cannot be read (" + cause + "); " + resumed);
    }

    /** Finds the first place at or after {@code from} where a record parses, and goes on there. */
    private String resynchronise(long from) {
        closeReader();
        toSkip = 0;
        long candidate = from;
        try {
            while ((candidate = boundaries.next(candidate)) >= 0) {
                try {
                    openAt(candidate);
                    Optional<WarcRecord> found = reader.next();
                    if (found.isPresent()) {
                        pending = found.get();
                        anchor = candidate;
                        handledSinceAnchor = 0;
                        lastHandled = -1;
                        return "reading resumed at byte " + candidate;
                    }
                } catch (IOException | RuntimeException e) {
                    // not a record start after all: look further
                }
                closeReader();
                candidate++;
            }
            long size = probe.size();
            ended = true;
            return "no readable record follows, so the last " + Math.max(0, size - from + 1) + " bytes are not read";
        } catch (IOException e) {
            ended = true;
            return "the rest of the file cannot be searched for a record (" + e + ")";
        }
    }

    private void openAt(long offset) throws IOException {
        closeReader();
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            channel.position(offset);
            reader = new WarcReader(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (reader.compression() == WarcCompression.NONE && gzip) {
            // a gzipped file read at an offset that is no member start would be parsed as plain bytes
            closeReader();
            throw new IOException("no gzip member starts at byte " + offset);
        }
        anchor = offset;
        handledSinceAnchor = 0;
        lastHandled = -1;
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // a read-only channel: nothing is lost by failing to close it
            }
            reader = null;
        }
    }

    private static String targetOf(WarcTargetRecord record) {
        try {
            return record.target();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
