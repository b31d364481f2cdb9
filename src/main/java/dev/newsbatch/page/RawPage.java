package dev.newsbatch.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * A page exactly as a source produced it: the bytes as fetched or read, and what is known of where they came from.
 * Every source (crawl, files, WARC, text dumps) yields this record and the clean step consumes it.
 *
 * @param url          the page's URL where one is known, else null (files and text dumps have none)
 * @param finalUrl     the URL after redirects, else null
 * @param origin       which kind of source produced it
 * @param originRef    where in that source: a file path, a WARC record id, a crawl URL
 * @param site         the job definition's name, or null
 * @param fetchedAt    when it was fetched or read
 * @param httpStatus   the HTTP status, or null where there was no HTTP exchange
 * @param contentType  the declared Content-Type, or null
 * @param headers      response headers (first value of each), never null
 * @param body         the bytes as fetched; not copied, so callers must not change them
 */
public record RawPage(
        String url,
        String finalUrl,
        Origin origin,
        String originRef,
        String site,
        Instant fetchedAt,
        Integer httpStatus,
        String contentType,
        Map<String, String> headers,
        byte[] body) implements PageRead {

    public RawPage {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(body, "body");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A page read from a file on disk, with no HTTP exchange behind it. */
    public static RawPage ofFile(Origin origin, String path, String site, byte[] body) {
        return new RawPage(null, null, origin, path, site, Instant.now(), null, null, Map.of(), body);
    }

    /** The same page with other bytes. */
    public RawPage withBody(byte[] otherBody) {
        return new RawPage(url, finalUrl, origin, originRef, site, fetchedAt, httpStatus, contentType, headers, otherBody);
    }

    /** The URL the page was finally served from, else the requested one, else null. */
    public String effectiveUrl() {
        return finalUrl != null ? finalUrl : url;
    }

    public boolean isTextDump() {
        return origin == Origin.TEXT;
    }

    /** SHA-256 of the body as lowercase hex: what makes re-importing the same bytes a no-op. */
    public String contentHash() {
        return sha256Hex(body);
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
