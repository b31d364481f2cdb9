package dev.newsbatch.extract.decode;

import dev.newsbatch.extract.Rejected;
import java.util.Optional;

/**
 * Says whether bytes can be a text page at all, before anything tries to decode them: empty, too large, or binary
 * (a known file signature, or NUL bytes, which no text encoding a web page uses puts in running text).
 */
public final class ContentSniffer {

    /** How much of the start of a body is examined for binary content. */
    private static final int SNIFF_BYTES = 8192;

    /** File signatures of formats that turn up where pages are expected: PDF, images, archives, office files. */
    private static final byte[][] BINARY_SIGNATURES = {
            "%PDF".getBytes(), {(byte) 0x89, 'P', 'N', 'G'}, "GIF8".getBytes(), {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            {'P', 'K', 3, 4}, {0x1F, (byte) 0x8B}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "RIFF".getBytes(),
            {0x7F, 'E', 'L', 'F'}, "BZh".getBytes(), {(byte) 0xFD, '7', 'z', 'X', 'Z'}, "OggS".getBytes(),
            {0, 0, 0}, "ID3".getBytes(), "wOFF".getBytes(), "wOF2".getBytes()
    };

    public Optional<Rejected> check(byte[] body, int maxBytes) {
        if (body.length == 0) {
            return Optional.of(new Rejected(Rejected.EMPTY, "the page has no bytes"));
        }
        if (body.length > maxBytes) {
            return Optional.of(new Rejected(Rejected.TOO_LARGE,
                    "the page has " + body.length + " bytes, more than the limit of " + maxBytes));
        }
        for (byte[] signature : BINARY_SIGNATURES) {
            if (startsWith(body, signature)) {
                return Optional.of(new Rejected(Rejected.BINARY, "the bytes start with a binary file signature"));
            }
        }
        if (hasNulInText(body)) {
            return Optional.of(new Rejected(Rejected.BINARY, "the bytes contain NUL characters, so they are not text"));
        }
        if (isBlank(body)) {
            return Optional.of(new Rejected(Rejected.EMPTY, "the page holds only white space"));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] body, byte[] signature) {
        if (body.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (body[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, except in UTF-16 text (which a byte-order mark announces), mean binary content. */
    private static boolean hasNulInText(byte[] body) {
        boolean utf16 = body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE);
        if (utf16) {
            return false;
        }
        int end = Math.min(body.length, SNIFF_BYTES);
        for (int i = 0; i < end; i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
