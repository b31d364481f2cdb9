package dev.newsbatch.source.files;

import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.RawPage;
import dev.newsbatch.page.UnreadablePage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one page file from disk as the bytes it holds. Thread-safe. */
public final class PageFileReader {

    /** Reason code of a file that could not be read. */
    public static final String UNREADABLE = "unreadable";
    /** Reason code of a file over the size limit; it is not read into memory at all. */
    public static final String TOO_LARGE = "too_large";

    private final long maxBytes;

    public PageFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public PageRead read(Path file, String site) {
        String ref = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return new UnreadablePage(ref, null, TOO_LARGE,
                        "the file has " + size + " bytes, more than the limit of " + maxBytes);
            }
            return RawPage.ofFile(PageFiles.originOf(file), ref, site, Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            return new UnreadablePage(ref, null, UNREADABLE, "cannot read the file: " + e);
        }
    }
}
