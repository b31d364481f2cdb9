package dev.newsbatch.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A page read by an import whose body waits in a temporary file instead of on the heap: the chunk it belongs to already
 * held its share of the heap in bodies (huge pages one after another), and a chunk is kept whole until it is written.
 * The import's writer streams the file into the database and deletes it.
 *
 * @param page        the page with an empty body: everything but its bytes
 * @param bodyFile    the page's bytes
 * @param bodyBytes   how many there are
 * @param contentHash what {@link RawPage#contentHash()} gives for the page with its bytes
 */
public record SpooledPage(RawPage page, Path bodyFile, int bodyBytes, String contentHash) implements PageRead {

    public SpooledPage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(bodyFile, "bodyFile");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** Writes the page's body to a new file in {@code dir} and keeps the rest of the page. */
    public static SpooledPage spool(RawPage page, Path dir) throws IOException {
        Path file = Files.createTempFile(dir, "body-", ".bin");
        try {
            Files.write(file, page.body());
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new SpooledPage(page.withBody(new byte[0]), file, page.body().length, page.contentHash());
    }

    @Override
    public String originRef() {
        return page.originRef();
    }

    /** Removes the body's file (once stored, or when the run ends). */
    public void delete() throws IOException {
        Files.deleteIfExists(bodyFile);
    }
}
