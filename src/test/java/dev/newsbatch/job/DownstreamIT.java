package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.cli.Cli;
import dev.newsbatch.cli.ExitCodes;
import dev.newsbatch.dedupe.TextFingerprintTest;
import dev.newsbatch.testing.NewsbatchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import tools.jackson.databind.json.JsonMapper;

/** What other tools see: copies linked to their original, the feed view, NOTIFY, export and full-text search. */
class DownstreamIT {

    @RegisterExtension
    final NewsbatchDatabase database = new NewsbatchDatabase();

    @TempDir
    Path dir;




    /** A news page of one outlet: its own chrome around the story, its own URL and publish time. */
    private Path page(String name, String outlet, String url, String published, String story) throws Exception {
        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : story.strip().split("\n\\s*\n")) {
            paragraphs.append("<p>").append(paragraph.strip()).append("</p>\n");
        }
        String html = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge news | %1$s</title>
                <link rel="canonical" href="%2$s">
                <meta property="article:published_time" content="%3$s"></head>
                <body><header><a href="/">%1$s</a><nav><a href="/n">News</a> <a href="/s">Sport</a> <a href="/w">Weather</a></nav></header>
                <main><article><h1>Harbour bridge news from %1$s</h1>
                %4$s</article></main>
                <footer><p>Copyright %1$s. All rights reserved. Contact the newsroom of %1$s for corrections.</p></footer>
                </body></html>""".formatted(outlet, url, published, paragraphs);
        return Files.writeString(dir.resolve(name), html);
    }

    @Test
    void copiesPointToTheEarliestAndConsumersSeeOneStory() throws Exception {
        page("a.html", "Coast Ledger", "https://ledger.example/bridge", "2024-03-01T08:00:00Z", TextFingerprintTest.STORY);
        page("b.html", "Valley Herald", "https://herald.example/wire/bridge", "2024-03-01T09:30:00Z", TextFingerprintTest.STORY);
        page("c.html", "Daily Post", "https://post.example/bridge-lorries", "2024-03-01T07:00:00Z", TextFingerprintTest.EDITED_COPY);
        page("d.html", "Coast Ledger", "https://ledger.example/bridge-works", "2024-04-01T08:00:00Z", TextFingerprintTest.SAME_TOPIC);

        Set<String> notified = new HashSet<>();
        try (Connection listener = database.open()) {
            try (Statement s = listener.createStatement()) {
                s.execute("LISTEN newsbatch_articles");
            }
            Cli.Result result = Cli.run("import", "--quiet", dir.toString());
            assertThat(result.exit()).as(result.err()).isEqualTo(ExitCodes.OK);
            for (int round = 0; round < 20 && notified.size() < 4; round++) {
                PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(250);
                if (notifications != null) {
                    for (PGNotification n : notifications) {
                        notified.add(n.getParameter());
                    }
                }
            }
        }

        Map<String, Long> ids = Map.of("a", id("ledger.example/bridge"), "b", id("herald.example/wire/bridge"),
                "c", id("post.example/bridge-lorries"), "d", id("ledger.example/bridge-works"));
        // c was published first, so it is the original of the exact copies a and b too
        assertThat(duplicateOf(ids.get("c"))).isNull();
        assertThat(duplicateOf(ids.get("a"))).isEqualTo(ids.get("c"));
        assertThat(duplicateOf(ids.get("b"))).isEqualTo(ids.get("c"));
        assertThat(duplicateOf(ids.get("d"))).as("another story on the same topic is not a copy").isNull();
        assertThat(database.count("SELECT count(*) FROM article_feed")).isEqualTo(2);
        assertThat(notified).containsAll(ids.values().stream().map(String::valueOf).toList());

        assertThat(database.count("SELECT count(*) FROM article_feed WHERE search @@ to_tsquery('english', 'bridges & tolls')"))
                .as("English stemming: 'bridges' finds 'bridge', 'tolls' finds 'toll'").isEqualTo(1);

        Cli.Result jsonl = Cli.run("export", "--quiet");
        assertThat(jsonl.exit()).isZero();
        List<String> lines = jsonl.out().lines().toList();
        assertThat(lines).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = JsonMapper.builder().build().readValue(lines.get(0), Map.class);
        assertThat(first).containsKeys("id", "url", "title", "authors", "byline", "agency", "dateline", "published_at",
                "language", "images", "text");
        assertThat(Cli.run("export", "--quiet", "--include-copies").out().lines()).hasSize(4);

        Path csv = dir.resolve("out/articles.csv");
        Cli.Result csvExport = Cli.run("export", "--quiet", "--format", "csv", "--out", csv.toString());
        assertThat(csvExport.exit()).isZero();
        String text = Files.readString(csv);
        assertThat(text).startsWith("id,url,site,title,authors,byline,agency,dateline_raw");
        assertThat(text).contains("\"\"Half of our deliveries come over that bridge,\"\" said Aileen Marsh");
    }

    @Test
    void theSearchVectorIsCompressedAsTheTextIs() throws Exception {
        database.migrated();
        // lz4 where the server has it (V4, V5), else pglz for both: never the costlier one for the search vector alone
        String compression = "SELECT attcompression FROM pg_attribute WHERE attrelid = 'article'::regclass AND attname = ";
        assertThat(database.row(compression + "'search'")).isEqualTo(database.row(compression + "'body_text'"));
    }

    @Test
    void reCleaningDoesNotDuplicateAndKeepsTheLinks() throws Exception {
        page("a.html", "Coast Ledger", "https://ledger.example/bridge", "2024-03-01T08:00:00Z", TextFingerprintTest.STORY);
        page("b.html", "Valley Herald", "https://herald.example/wire/bridge", "2024-03-01T09:30:00Z", TextFingerprintTest.STORY);
        assertThat(Cli.run("import", "--quiet", dir.toString()).exit()).isZero();
        assertThat(Cli.run("clean", "--quiet", "--all").exit()).isZero();
        assertThat(database.count("SELECT count(*) FROM article")).isEqualTo(2);
        assertThat(duplicateOf(id("herald.example/wire/bridge"))).isEqualTo(id("ledger.example/bridge"));
        assertThat(database.count("SELECT count(*) FROM article_feed")).isEqualTo(1);
    }

    @Test
    void copiesStoredByEarlierRunsAreJoinedOrRelinked() throws Exception {
        importPage("a.html", "Coast Ledger", "https://ledger.example/bridge", "2024-03-01T08:00:00Z", TextFingerprintTest.STORY);
        importPage("d.html", "Coast Ledger", "https://ledger.example/bridge-works", "2024-04-01T08:00:00Z", TextFingerprintTest.SAME_TOPIC);
        // later than a: inserted already pointing to a
        importPage("b.html", "Valley Herald", "https://herald.example/wire/bridge", "2024-03-01T09:30:00Z", TextFingerprintTest.STORY);
        assertThat(duplicateOf(id("herald.example/wire/bridge"))).isEqualTo(id("ledger.example/bridge"));
        // earlier than a: the new original, and the stored copies are linked to it
        importPage("c.html", "Daily Post", "https://post.example/bridge-lorries", "2024-03-01T07:00:00Z", TextFingerprintTest.EDITED_COPY);
        importPage("e.html", "Hill Times", "https://hill.example/bridge", "2024-03-02T07:00:00Z", TextFingerprintTest.STORY);

        long c = id("post.example/bridge-lorries");
        assertThat(duplicateOf(c)).isNull();
        assertThat(List.of(duplicateOf(id("ledger.example/bridge")), duplicateOf(id("herald.example/wire/bridge")),
                duplicateOf(id("hill.example/bridge")))).containsOnly(c);
        assertThat(duplicateOf(id("ledger.example/bridge-works"))).isNull();
        assertThat(database.count("SELECT count(*) FROM article_feed")).isEqualTo(2);
    }

    /** Imports one page in a run of its own. */
    private void importPage(String name, String outlet, String url, String published, String story) throws Exception {
        Path file = page(name, outlet, url, published, story);
        Cli.Result result = Cli.run("import", "--quiet", file.toString());
        assertThat(result.exit()).as(result.err()).isEqualTo(ExitCodes.OK);
    }

    private long id(String urlPart) throws Exception {
        return database.count("SELECT id FROM article WHERE canonical_url LIKE '%" + urlPart + "'");
    }

    private Long duplicateOf(long id) throws Exception {
        try (Connection c = database.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT duplicate_of FROM article WHERE id = " + id)) {
            rs.next();
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        }
    }

}
