package dev.newsbatch.source.warc;

import dev.newsbatch.page.RawPage;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes fetched pages as a WARC archive (ISO 28500, gzip per record): a {@code request} and a {@code response} record
 * per page, so a crawl can be archived and replayed through {@code import}. One file per run, created on the first page.
 * Not thread-safe: one writer per crawl, called from the thread that stores pages.
 */
public final class WarcArchive implements Closeable {

    /**
     * Headers that describe the bytes on the wire, not the body as stored: the body is kept decoded (no gzip, no
     * chunks), so these would contradict it; the writer states the stored length itself.
     */
    private static final Set<String> WIRE_HEADERS = Set.of("content-encoding", "transfer-encoding", "content-length");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final String userAgent;
    private WarcWriter writer;
    private int pages;

    /** An archive in {@code folder} named after the site and the time: newsbatch-SITE-20260101120000.warc.gz. */
    public WarcArchive(Path folder, String site, String userAgent) {
        this.file = folder.resolve("newsbatch-" + site + "-" + FILE_TIME.format(Instant.now()) + ".warc.gz");
        this.userAgent = userAgent;
    }

    public Path file() {
        return file;
    }

    public int pages() {
        return pages;
    }

    /** Appends the page's request and response records. */
    public void write(RawPage page) throws IOException {
        String url = page.effectiveUrl();
        if (url == null) {
            throw new IllegalArgumentException("a page without a URL cannot be archived: " + page.originRef());
        }
        if (writer == null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP);
        }
        URI target = URI.create(url);
        HttpRequest httpRequest = new HttpRequest.Builder("GET", target.getRawPath() == null || target.getRawPath().isEmpty()
                ? "/" : target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()))
                .addHeader("Host", target.getHost())
                .addHeader("User-Agent", userAgent)
                .build();
        WarcRequest request = new WarcRequest.Builder(target).date(page.fetchedAt()).body(httpRequest).build();
        int status = page.httpStatus() == null ? 200 : page.httpStatus();
        HttpResponse.Builder httpResponse = new HttpResponse.Builder(status, reasonPhrase(status));
        for (Map.Entry<String, String> header : page.headers().entrySet()) {
            if (!WIRE_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))
                    && !header.getKey().equalsIgnoreCase("content-type")) {
                httpResponse.addHeader(header.getKey(), header.getValue());
            }
        }
        MediaType type = page.contentType() == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(page.contentType());
        httpResponse.body(type, page.body());
        WarcResponse response = new WarcResponse.Builder(target).date(page.fetchedAt())
                .concurrentTo(request.id()).body(httpResponse.build()).build();
        writer.write(request);
        writer.write(response);
        pages++;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 203 -> "Non-Authoritative Information";
            case 206 -> "Partial Content";
            default -> "";
        };
    }
}
