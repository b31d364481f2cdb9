package dev.newsbatch.extract.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.extract.TextNormalizer;
import org.junit.jupiter.api.Test;

class BlockTextTest {

    @Test
    void normalizesLikeTheSharedNormalizer() {
        String[] samples = {"  a\u00a0 b\t\nc  ", "zero\u200Bwidth\u00ADmarks\uFEFF", "\u3000full\u2003width\u202Fspaces ",
                "", "   ", "x \u200B y"};
        for (String sample : samples) {
            assertThat(BlockText.normalize(sample)).as(sample).isEqualTo(TextNormalizer.normalizeLine(sample));
        }
    }

    @Test
    void composesToNormalFormC() {
        // Bengali YYA written precomposed (U+09DF) is a composition exclusion: NFC is YA + NUKTA
        assertThat(BlockText.normalize("\u09DF")).isEqualTo("\u09AF\u09BC");
        // Latin e + combining acute composes to é
        assertThat(BlockText.normalize("caf" + "e\u0301")).isEqualTo("café");
    }

    @Test
    void escapesTextForHtml() {
        StringBuilder out = new StringBuilder();
        BlockText.appendEscaped(out, "a < b & c > d " + BlockMarkup.LINK_TARGET);
        assertThat(out).hasToString("a &lt; b &amp; c &gt; d ");
    }
}
