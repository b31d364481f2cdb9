package dev.newsbatch.extract.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.extract.Rejected;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    private final ContentSniffer sniffer = new ContentSniffer();

    private Optional<String> reason(byte[] body, int max) {
        return sniffer.check(body, max).map(Rejected::reason);
    }

    @Test
    void emptyAndBlankPagesAreEmpty() {
        assertThat(reason(new byte[0], 100)).contains(Rejected.EMPTY);
        assertThat(reason(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII), 100)).contains(Rejected.EMPTY);
    }

    @Test
    void knownBinaryFormatsAreBinary() {
        assertThat(reason("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), 1000)).contains(Rejected.BINARY);
        assertThat(reason(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 1000)).contains(Rejected.BINARY);
        assertThat(reason(new byte[] {'P', 'K', 3, 4, 20, 0}, 1000)).contains(Rejected.BINARY);
    }

    @Test
    void nulBytesMeanBinaryButNotInUtf16() {
        assertThat(reason(new byte[] {'a', 'b', 0, 'c'}, 1000)).contains(Rejected.BINARY);
        assertThat(reason("<p>hi</p>".getBytes(StandardCharsets.UTF_16), 1000)).isEmpty();
    }

    @Test
    void pagesOverTheLimitAreTooLarge() {
        assertThat(reason("<p>0123456789</p>".getBytes(StandardCharsets.US_ASCII), 10)).contains(Rejected.TOO_LARGE);
    }

    @Test
    void ordinaryHtmlPasses() {
        assertThat(reason("<!doctype html><p>Hello</p>".getBytes(StandardCharsets.UTF_8), 1000)).isEmpty();
    }
}
