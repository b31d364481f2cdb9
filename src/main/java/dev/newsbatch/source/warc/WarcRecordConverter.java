package dev.newsbatch.source.warc;

import dev.newsbatch.page.Origin;
import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.RawPage;
import dev.newsbatch.page.UnreadablePage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.DecodedBody;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Turns one WARC record into what an import stores: an HTML {@code response} (or {@code resource}) becomes a
 * {@link RawPage} whose body is the HTTP payload with its Content-Encoding undone; a non-HTML or oversized one a
 * rejection; every other record a {@link NonPageRecord} to count. Not thread-safe: one per reader.
 *
 * <p>Failures of the record itself (it ends early, its HTTP head cannot be parsed) are thrown, for the reader to record
 * as a corrupt record and find the next one; a payload that cannot be decoded is a rejection, as the record around it
 * is whole.
 */
final class WarcRecordConverter {

    /** Media types the cleaner reads as HTML; anything else declared is not a news page. */
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /**
     * Headers that describe how the payload travelled (compressed, chunked, its length on the wire). The stored body is
     * the decoded payload, so they are left out rather than mislead a reader of {@code raw_page.headers}; the record id
     * in {@code origin_ref} leads back to the exact bytes.
     */
    private static final Set<String> TRANSFER_HEADERS = Set.of("content-encoding", "transfer-encoding", "content-length");
    /** Content-Encoding values that mean the payload is as sent. */
    private static final Set<String> IDENTITY_ENCODINGS = Set.of("", "identity", "none");
    /** The read buffer; the first allocation for a body is at most this, so small pages stay small. */
    private static final int READ_BUFFER_BYTES = 64 * 1024;

    private final String site;
    private final int maxBytes;

    WarcRecordConverter(String site, int maxBytes) {
        this.site = site;
        this.maxBytes = maxBytes;
    }

    /**
     * @param where the file and offset of the record, for rejection details
     * @throws IOException when the record itself is damaged (ends early, its HTTP head is not HTTP)
     */
    RecordOutcome convert(WarcRecord record, String where) throws IOException {
        if (record instanceof WarcResponse response) {
            return response.contentType().base().equals(MediaType.HTTP) ? fromHttpResponse(response, where)
                    : new RecordOutcome.NotAPage(NonPageRecord.NON_HTTP_RESPONSE);
        }
        if (record instanceof WarcResource resource) {
            return fromResource(resource, where);
        }
        if (record instanceof WarcRevisit) {
            return new RecordOutcome.NotAPage(NonPageRecord.REVISIT);
        }
        if (record instanceof WarcRequest) {
            return new RecordOutcome.NotAPage(NonPageRecord.REQUEST);
        }
        if (record instanceof WarcMetadata) {
            return new RecordOutcome.NotAPage(NonPageRecord.METADATA);
        }
        if (record instanceof Warcinfo) {
            return new RecordOutcome.NotAPage(NonPageRecord.WARCINFO);
        }
        return new RecordOutcome.NotAPage(NonPageRecord.OTHER);
    }

    private RecordOutcome fromHttpResponse(WarcResponse response, String where) throws IOException {
        HttpResponse http = response.http();
        String url = response.target();
        String ref = referenceOf(response, where);
        String contentType = http.headers().first("Content-Type").orElse(null);
        Optional<UnreadablePage> notHtml = notHtml(contentType, ref, url, where);
        if (notHtml.isPresent()) {
            return page(notHtml.get());
        }
        long payloadBytes = response.body().size() - http.serializeHeader().length;
        if (payloadBytes > maxBytes) {
            return page(tooLarge(ref, url, payloadBytes + " bytes", where));
        }
        byte[] sent = readAtMost(http.body(), maxBytes);
        if (sent == null) {
            return page(tooLarge(ref, url, "more than " + maxBytes + " bytes once de-chunked", where));
        }
        byte[] body;
        try {
            body = decode(sent, http.headers().all("Content-Encoding"));
        } catch (IOException | RuntimeException e) {
            return page(new UnreadablePage(ref, url, WarcPageReader.BAD_CONTENT_ENCODING,
                    "the payload cannot be decoded (" + e + ") at " + where));
        }
        if (body == null) {
            return page(tooLarge(ref, url, "more than " + maxBytes + " bytes once decoded", where));
        }
        return page(new RawPage(url, null, Origin.WARC, ref, site, dateOf(response), http.status(), contentType,
                firstValues(http.headers()), body));
    }

    private RecordOutcome fromResource(WarcResource resource, String where) throws IOException {
        String url = resource.target();
        String ref = referenceOf(resource, where);
        String contentType = resource.headers().first("Content-Type").orElse(null);
        Optional<UnreadablePage> notHtml = notHtml(contentType, ref, url, where);
        if (notHtml.isPresent()) {
            return page(notHtml.get());
        }
        if (resource.body().size() > maxBytes) {
            return page(tooLarge(ref, url, resource.body().size() + " bytes", where));
        }
        byte[] body = readAtMost(resource.body(), maxBytes);
        // a resource is stored as it was captured, with no HTTP exchange around it
        return page(new RawPage(url, null, Origin.WARC, ref, site, dateOf(resource), null, contentType, Map.of(), body));
    }

    /** A declared type that is not HTML; no declaration is left to the cleaner, which sniffs the bytes. */
    private static Optional<UnreadablePage> notHtml(String contentType, String ref, String url, String where) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.empty();
        }
        String base = MediaType.parseLeniently(contentType).base().toString().toLowerCase(Locale.ROOT);
        if (HTML_TYPES.contains(base)) {
            return Optional.empty();
        }
        return Optional.of(new UnreadablePage(ref, url, WarcPageReader.NOT_HTML,
                "the record holds " + base + ", not HTML, at " + where));
    }

    private UnreadablePage tooLarge(String ref, String url, String size, String where) {
        return new UnreadablePage(ref, url, WarcPageReader.TOO_LARGE,
                "the payload has " + size + ", more than the limit of " + maxBytes + ", at " + where);
    }

    /** The payload with its Content-Encoding undone, or null when that is larger than the limit. */
    private byte[] decode(byte[] sent, List<String> contentEncodings) throws IOException {
        if (contentEncodings.isEmpty()) {
            return sent;
        }
        if (contentEncodings.size() > 1) {
            throw new IOException("more than one Content-Encoding: " + contentEncodings);
        }
        String encoding = contentEncodings.get(0).trim().toLowerCase(Locale.ROOT);
        if (IDENTITY_ENCODINGS.contains(encoding)) {
            return sent;
        }
        DecodedBody.Encoding decoder = switch (encoding) {
            case "gzip", "x-gzip" -> DecodedBody.Encoding.GZIP;
            case "deflate" -> DecodedBody.Encoding.DEFLATE;
            case "br" -> DecodedBody.Encoding.BROTLI;
            default -> throw new IOException("unsupported Content-Encoding: " + encoding);
        };
        return readAtMost(DecodedBody.create(Channels.newChannel(new ByteArrayInputStream(sent)), decoder), maxBytes);
    }

    /** Reads a channel to its end, or returns null as soon as it has given more than {@code limit} bytes. */
    static byte[] readAtMost(ReadableByteChannel channel, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(READ_BUFFER_BYTES);
        ByteBuffer buffer = ByteBuffer.allocate(READ_BUFFER_BYTES);
        while (channel.read(buffer) >= 0) {
            buffer.flip();
            if (out.size() + buffer.remaining() > limit) {
                return null;
            }
            out.write(buffer.array(), 0, buffer.limit());
            buffer.clear();
        }
        return out.toByteArray();
    }

    /** The record id, which names the capture across copies of the archive; the file and offset if it has none. */
    private static String referenceOf(WarcTargetRecord record, String where) {
        return record.headers().sole("WARC-Record-ID").map(WarcRecordConverter::stripAngles).orElse(where);
    }

    private static String stripAngles(String id) {
        return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
    }

    /** WARC-Date is mandatory; a record without a readable one is dated by the import instead of being lost. */
    private static Instant dateOf(WarcRecord record) {
        try {
            return record.date();
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }

    private static Map<String, String> firstValues(MessageHeaders headers) {
        Map<String, String> first = new LinkedHashMap<>();
        headers.map().forEach((name, values) -> {
            if (!values.isEmpty() && !TRANSFER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                first.putIfAbsent(name, values.get(0));
            }
        });
        return first;
    }

    private static RecordOutcome page(PageRead read) {
        return new RecordOutcome.Page(read);
    }
}
