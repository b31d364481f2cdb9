package dev.newsbatch.extract.decode;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text. The charset is taken from, in order: a byte-order mark, the HTTP Content-Type, a {@code <meta>}
 * declaration near the top of the page, then detection (valid UTF-8 first, else a statistical detector).
 * GB2312 and GBK are read as GB18030, their superset, because pages labelled with the smaller sets routinely use
 * characters only the larger one has. Thread-safe.
 */
public final class PageDecoder {

    /** How far into a page a {@code <meta charset>} is looked for; the HTML spec says the first 1024 bytes. */
    private static final int META_SCAN_BYTES = 4096;
    /** How much of a page the statistical detector sees; more makes it slower, not noticeably better. */
    private static final int DETECT_BYTES = 64 * 1024;

    private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    public DecodedPage decode(byte[] body, String contentType) {
        PageCharset charset = charsetOf(body, contentType);
        return new DecodedPage(charset.decode(body), charset.charset(), charset.source());
    }

    /** The charset of the page's bytes (see the class comment for the order of the signals); decodes nothing. */
    public PageCharset charsetOf(byte[] body, String contentType) {
        Charset bom = charsetFromBom(body);
        if (bom != null) {
            return new PageCharset(bom, "bom", bom.equals(StandardCharsets.UTF_8) ? 3 : 2);
        }
        Charset declared = charsetNamed(charsetParameter(contentType));
        if (declared != null) {
            return new PageCharset(declared, "http", 0);
        }
        Charset meta = charsetNamed(metaCharset(body));
        if (meta != null && !meta.name().startsWith("UTF-16")) {
            return new PageCharset(meta, "meta", 0);
        }
        Charset detected = Utf8.isValid(body) ? StandardCharsets.UTF_8 : detectNotUtf8(body);
        return new PageCharset(detected, "detected", 0);
    }

    static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static String metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charsetFromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset of that name, widened where a superset reads the same bytes better; null if unknown. */
    static Charset charsetNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String normalized = name.trim().toLowerCase(Locale.ROOT);
        switch (normalized) {
            case "gb2312", "gbk", "x-gbk", "cp936", "euc-cn", "hz-gb-2312" -> normalized = "GB18030";
            case "iso-8859-1", "latin1", "us-ascii", "ascii" -> normalized = "windows-1252"; // as browsers do
            case "utf8" -> normalized = "UTF-8";
            default -> { }
        }
        try {
            return Charset.forName(normalized);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset detectNotUtf8(byte[] body) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, 0, Math.min(body.length, DETECT_BYTES));
        detector.dataEnd();
        Charset detected = charsetNamed(detector.getDetectedCharset());
        return detected != null ? detected : Charset.forName("windows-1252");
    }
}
