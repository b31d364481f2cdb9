package dev.newsbatch.source.warc;

/**
 * Where to continue reading a WARC file: seek to {@code offset}, a record boundary (for {@code .warc.gz}, the start of a
 * gzip member), then pass over {@code skipRecords} records that were already read. Normally {@code skipRecords} is 1:
 * the offset is that of the last record handled, the only boundary jwarc reports. It is larger only for a
 * {@code .warc.gz} that was compressed as one gzip stream, where no record but the first starts a gzip member.
 */
public record ResumePoint(long offset, long skipRecords) {

    /** The start of a file. */
    public static final ResumePoint START = new ResumePoint(0, 0);

    public ResumePoint {
        if (offset < 0 || skipRecords < 0) {
            throw new IllegalArgumentException("offset and skipRecords cannot be negative: " + offset + ", " + skipRecords);
        }
    }
}
