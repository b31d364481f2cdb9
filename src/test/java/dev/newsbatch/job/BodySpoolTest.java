package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.page.Origin;
import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.RawPage;
import dev.newsbatch.page.SpooledPage;
import dev.newsbatch.page.UnreadablePage;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodySpoolTest {

    private static RawPage page(int bytes, byte fill) {
        byte[] body = new byte[bytes];
        java.util.Arrays.fill(body, fill);
        return RawPage.ofFile(Origin.FILE, "page-" + fill + ".html", null, body);
    }

    @Test
    void aChunkHoldsBodiesUpToItsShareAndSpoolsTheRestToFilesWithTheirHash() throws Exception {
        try (BodySpool spool = new BodySpool(1000)) {
            RawPage first = page(600, (byte) 'a');
            RawPage second = page(400, (byte) 'b');
            RawPage third = page(1, (byte) 'c');

            assertThat(spool.admit(first)).isSameAs(first);
            assertThat(spool.admit(second)).isSameAs(second);
            PageRead spooled = spool.admit(third);

            assertThat(spooled).isInstanceOfSatisfying(SpooledPage.class, s -> {
                assertThat(s.page().originRef()).isEqualTo(third.originRef());
                assertThat(s.page().body()).isEmpty();
                assertThat(s.bodyBytes()).isEqualTo(1);
                assertThat(s.contentHash()).isEqualTo(third.contentHash());
                assertThat(s.bodyFile()).hasBinaryContent(third.body());
            });
        }
    }

    @Test
    void aStoredChunkFreesItsShareAndDeletesItsFilesAndClosingRemovesTheFolder() throws Exception {
        BodySpool spool = new BodySpool(100);
        RawPage held = page(100, (byte) 'a');
        assertThat(spool.admit(held)).isSameAs(held);
        SpooledPage spooled = (SpooledPage) spool.admit(page(50, (byte) 'b'));

        spool.chunkStored(List.of(held, spooled));
        assertThat(spooled.bodyFile()).doesNotExist();
        RawPage next = page(100, (byte) 'c');
        assertThat(spool.admit(next)).as("the next chunk has the whole share").isSameAs(next);

        SpooledPage left = (SpooledPage) spool.admit(page(1, (byte) 'd'));
        spool.close();
        assertThat(left.bodyFile()).doesNotExist();
        assertThat(left.bodyFile().getParent()).doesNotExist();
    }

    @Test
    void whatIsNoPageIsPassedOn() {
        try (BodySpool spool = new BodySpool(0)) {
            UnreadablePage unreadable = new UnreadablePage("a.html", null, "unreadable", "no access");
            assertThat(spool.admit(unreadable)).isSameAs(unreadable);
        }
    }
}
