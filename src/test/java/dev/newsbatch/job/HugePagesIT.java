package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.cli.NewsbatchMain;
import dev.newsbatch.page.RawPage;
import dev.newsbatch.source.warc.TestWarcs;
import dev.newsbatch.testing.NewsbatchDatabase;
import dev.newsbatch.testing.NewsbatchProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcWriter;

/**
 * An archive of huge pages, one after another, imported and cleaned by newsbatch in a JVM of its own with the heap the
 * ops files give it. Each page is near the size limit: held whole, one import chunk of them is far more than the heap,
 * and so is a chunk of cleaned stories of that length. The run must end normally, every page stored byte for byte, and
 * each either an article or a rejection with its reason.
 */
class HugePagesIT {

    /** Pages whose bulk is an inline script; then pages whose bulk is the story's text. */
    private static final int SCRIPT_PAGES = 24;
    private static final int TEXT_PAGES = 8;

    @RegisterExtension
    final NewsbatchDatabase database = new NewsbatchDatabase();

    @TempDir
    Path work;

    @Test
    void aRunOfHugePagesEndsWithEachStoredAndCleanedWithinTheHeap() throws Exception {
        Path warc = work.resolve("huge.warc.gz");
        try (WarcWriter writer = new WarcWriter(warc)) {
            for (int i = 0; i < SCRIPT_PAGES + TEXT_PAGES; i++) {
                writer.write(TestWarcs.response(urlOf(i), 200, "text/html; charset=utf-8", pageOf(i)));
            }
        }
        Path temporary = Files.createDirectories(work.resolve("tmp"));
        Path log = work.resolve("run.log");

        // as many cleaning threads as a machine of eight cores has: eight huge pages at once would not fit
        Process run = NewsbatchProcess.start(database.connection(), log,
                List.of("-Djava.io.tmpdir=" + temporary, "-Dnewsbatch.clean-threads=8"),
                NewsbatchMain.class.getName(), "import", "--quiet", warc.toString());
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).as("the run ends").isTrue();

        assertThat(run.exitValue()).as(Files.readString(log)).isZero();
        assertThat(database.count("SELECT count(*) FROM raw_page")).isEqualTo(SCRIPT_PAGES + TEXT_PAGES);
        assertThat(database.count("SELECT count(*) FROM article")).isEqualTo(SCRIPT_PAGES);
        assertThat(database.count("SELECT count(*) FROM rejected_page WHERE reason = 'too_large' "
                + "AND detail LIKE 'the story has % characters of text%'")).isEqualTo(TEXT_PAGES);
        try (Connection c = database.open(); PreparedStatement s = c.prepareStatement(
                "SELECT body, content_hash FROM raw_page WHERE url = ?")) {
            for (int i : new int[] {0, SCRIPT_PAGES - 1, SCRIPT_PAGES + TEXT_PAGES - 1}) {
                s.setString(1, urlOf(i));
                try (ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBytes(1)).as("page %d stored byte for byte", i).isEqualTo(pageOf(i));
                    assertThat(rs.getString(2)).isEqualTo(RawPage.sha256Hex(pageOf(i)));
                }
            }
        }
        try (var left = Files.list(temporary)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("newsbatch-")))
                    .as("no temporary files left").isEmpty();
        }
    }

    private static String urlOf(int page) {
        return "https://huge.example/story/" + page;
    }

    private static byte[] pageOf(int page) {
        return page < SCRIPT_PAGES ? HugePages.scriptHeavy(page) : HugePages.textHeavy(page);
    }
}
