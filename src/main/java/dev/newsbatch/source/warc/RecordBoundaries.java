package dev.newsbatch.source.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next WARC record may start after a damaged one: the next gzip member header in a {@code .warc.gz}
 * (each record is its own member), the next {@code WARC/1.} version line in a plain {@code .warc}. A candidate is only
 * a place to try; the reader parses a record there before trusting it. Scans with positional reads, so it needs no
 * more memory than its buffer however far the next record is.
 */
final class RecordBoundaries {

    /** A gzip member starts with its magic number and the deflate method (RFC 1952). */
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    /** A WARC record starts with its version line, "WARC/1.0" or "WARC/1.1", at the start of a line. */
    private static final byte[] WARC_VERSION = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_BUFFER_BYTES = 64 * 1024;

    private final FileChannel file;
    private final byte[] marker;
    private final boolean atLineStart;

    RecordBoundaries(FileChannel file, boolean gzip) {
        this.file = file;
        this.marker = gzip ? GZIP_MEMBER : WARC_VERSION;
        this.atLineStart = !gzip;
    }

    /** Whether a gzip member (or a version line) starts exactly at {@code offset}. */
    boolean startsAt(long offset) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(marker.length + 1);
        long from = atLineStart && offset > 0 ? offset - 1 : offset;
        while (head.hasRemaining() && file.read(head, from + head.position()) > 0) {
            // positional reads until the buffer is full or the file ends
        }
        byte[] bytes = head.array();
        int start = (int) (offset - from);
        if (head.position() < start + marker.length) {
            return false;
        }
        if (start == 1 && bytes[0] != '\n') {
            return false;
        }
        for (int i = 0; i < marker.length; i++) {
            if (bytes[start + i] != marker[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first candidate record start at or after {@code from}, or -1 when the file holds none. */
    long next(long from) throws IOException {
        long size = file.size();
        ByteBuffer buffer = ByteBuffer.allocate(SCAN_BUFFER_BYTES);
        // each window starts one byte early and overlaps the last by the marker's length, so no match is cut in two
        long window = Math.max(0, from - 1);
        while (window < size) {
            buffer.clear();
            while (buffer.hasRemaining() && file.read(buffer, window + buffer.position()) > 0) {
                // fill the window
            }
            byte[] bytes = buffer.array();
            int length = buffer.position();
            for (int i = 0; i + marker.length <= length; i++) {
                long offset = window + i;
                if (offset >= from && matches(bytes, i) && (!atLineStart || offset == 0 || (i > 0 && bytes[i - 1] == '\n'))) {
                    return offset;
                }
            }
            if (window + length >= size) {
                return -1;
            }
            window += length - marker.length;
        }
        return -1;
    }

    private boolean matches(byte[] bytes, int at) {
        for (int i = 0; i < marker.length; i++) {
            if (bytes[at + i] != marker[i]) {
                return false;
            }
        }
        return true;
    }
}
