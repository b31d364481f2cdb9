package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.cli.NewsbatchMain;
import dev.newsbatch.page.RawPage;
import dev.newsbatch.source.warc.TestWarcs;
import dev.newsbatch.testing.NewsbatchDatabase;
import dev.newsbatch.testing.NewsbatchProcess;
import java.nio.charset.StandardCharsets;
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

    private static final int MB = 1024 * 1024;
    /** Pages whose bulk is an inline script (data for the page's scripts), around a story of common length. */
    private static final int SCRIPT_PAGES = 24;
    /** Pages whose bulk is the story's text: a book, not a news story. */
    private static final int TEXT_PAGES = 8;
    private static final int PAGE_BYTES = 13 * MB;

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
        StringBuilder html = new StringBuilder(PAGE_BYTES + 4096)
                .append("<html><head><title>Story ").append(page).append("</title>");
        if (page < SCRIPT_PAGES) {
            html.append("<script>window.__DATA__ = {\"page\": ").append(page).append(", \"items\": [");
            for (int item = 0; html.length() < PAGE_BYTES; item++) {
                html.append("{\"id\": ").append(item).append(", \"label\": \"item ").append(item).append(" of the feed\"},");
            }
            html.append("{}]};</script></head><body><article><h1>Story ").append(page).append("</h1>");
            for (int p = 0; p < 20; p++) {
                html.append("<p>Paragraph ").append(p).append(" of story ").append(page)
                        .append(" says what the council decided about the bridge, and what the residents said.</p>");
            }
        } else {
            html.append("</head><body><article><h1>Story ").append(page).append("</h1>");
            for (int p = 0; html.length() < PAGE_BYTES; p++) {
                html.append("<p>Paragraph ").append(p).append(" of story ").append(page)
                        .append(" tells, at some length, what the council decided about the bridge and the river.</p>\n");
            }
        }
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
