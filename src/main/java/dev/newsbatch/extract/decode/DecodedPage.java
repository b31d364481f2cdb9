package dev.newsbatch.extract.decode;

import java.nio.charset.Charset;

/**
 * A page's bytes turned into text.
 *
 * @param text          the decoded text
 * @param charset       the charset used
 * @param charsetSource where the charset came from: {@code bom}, {@code http}, {@code meta}, {@code detected}
 */
public record DecodedPage(String text, Charset charset, String charsetSource) {
}
