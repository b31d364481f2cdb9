package dev.newsbatch.extract.decode;

import java.nio.charset.Charset;

/**
 * The charset a page's bytes are in, found without decoding them: HTML is handed to the parser as bytes with this
 * charset, which decodes as it reads (one pass, no copy of the whole page as a string).
 *
 * @param charset    the charset to read the bytes with
 * @param source     where it came from: {@code bom}, {@code http}, {@code meta}, {@code detected}
 * @param bomLength  how many leading bytes are a byte-order mark, to skip (0 where there is none)
 */
public record PageCharset(Charset charset, String source, int bomLength) {

    /** The page's text: its bytes after the byte-order mark, decoded with {@link #charset}. */
    public String decode(byte[] body) {
        return new String(body, bomLength, body.length - bomLength, charset);
    }
}
