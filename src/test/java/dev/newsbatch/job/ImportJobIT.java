package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.cli.Cli;
import dev.newsbatch.cli.ExitCodes;
import dev.newsbatch.testing.SharedFolder;
import dev.newsbatch.testing.NewsbatchDatabase;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import and clean jobs end to end, through the CLI, against a real PostgreSQL. */
class ImportJobIT {

    @RegisterExtension
    final NewsbatchDatabase database = new NewsbatchDatabase();


    @TempDir
    Path dir;



    @Test
    void seedsBecomeTheExpectedArticlesAndImportingTwiceAddsNothing() throws Exception {
        Path seeds = SharedFolder.require("seeds");
        Cli.Result first = Cli.run("import", "--time-zone", "Asia/Shanghai", seeds.toString());
        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("2 pages read, 2 new, 2 articles written, 0 rejected");

        Cli.Result second = Cli.run("import", "--time-zone", "Asia/Shanghai", seeds.toString());
        assertThat(second.exit()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).contains("2 pages read, 0 new, 0 articles written");

        assertThat(database.count("SELECT count(*) FROM raw_page WHERE origin = 'text'")).isEqualTo(2);
        assertThat(database.count("SELECT count(*) FROM article WHERE raw_page_id IN "
                + "(SELECT id FROM raw_page WHERE origin = 'text')")).isEqualTo(2);

        JsonMapper json = JsonMapper.builder().build();
        try (var files = Files.list(seeds.resolve("expected"))) {
            for (Path expectedFile : files.sorted().toList()) {
                JsonNode expected = json.readTree(expectedFile.toFile());
                Map<String, Object> row = database.row("SELECT a.* FROM article a JOIN raw_page r ON r.id = a.raw_page_id "
                        + "WHERE r.origin_ref LIKE '%" + expected.get("input").asString() + "'");
                List<String> body = new ArrayList<>();
                expected.get("body").forEach(p -> body.add(p.asString()));
                assertThat(row.get("body_text")).isEqualTo(String.join("\n\n", body));
                assertThat(row.get("title")).isEqualTo(expected.get("title").isNull() ? null : expected.get("title").asString());
                assertThat(row.get("agency")).isEqualTo(expected.get("agency").isNull() ? null : expected.get("agency").asString());
                assertThat(row.get("dateline_raw")).isEqualTo(expected.get("dateline").get("raw").asString());
                assertThat(row.get("dateline_location")).isEqualTo(expected.get("dateline").get("location").asString());
                if (expected.get("published_at").isNull()) {
                    assertThat(row.get("published_at")).isNull();
                } else {
                    assertThat(((OffsetDateTime) row.get("published_at")).toInstant())
                            .isEqualTo(OffsetDateTime.parse(expected.get("published_at").asString()).toInstant());
                }
            }
        }
    }

    @Test
    void binaryEmptyAndUndeclaredGbkPagesEndInTheRightPlace() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.write(folder.resolve("report.html"), "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nstream\n".getBytes(Charset.forName("ISO-8859-1")));
        Files.write(folder.resolve("blank.html"), new byte[0]);
        String chinese = "<html><head><title>上海老旧小区改造提速</title></head><body><article><h1>上海老旧小区改造提速</h1>"
                + "<p>上海市政府周二宣布,将在今年年底前完成全市老旧小区的改造工作,涉及居民超过十万户,改造内容包括加装电梯和更新管线。</p>"
                + "<p>市民对此表示欢迎,认为改造将明显改善居住条件和社区环境,不少老人终于可以不再爬楼梯回家。</p>"
                + "<p>市住房部门表示,改造资金由市区两级财政共同承担,居民无需额外出资,工程将分批推进,尽量减少对生活的影响。</p>"
                + "</article></body></html>";
        Files.write(folder.resolve("gbk.html"), chinese.getBytes(Charset.forName("GBK")));
        Files.writeString(folder.resolve("notes.csv"), "not,a,page\n");

        Cli.Result result = Cli.run("import", folder.toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("3 pages read, 3 new, 1 articles written, 2 rejected (binary 1, empty 1)");
        assertThat(database.row("SELECT reason, raw_page_id FROM rejected_page WHERE origin_ref LIKE '%/mixed/report.html'"))
                .containsEntry("reason", "binary").extractingByKey("raw_page_id").isNotNull();
        assertThat(database.row("SELECT reason FROM rejected_page WHERE origin_ref LIKE '%/mixed/blank.html'"))
                .containsEntry("reason", "empty");
        Map<String, Object> article = database.row("SELECT a.title, a.body_text FROM article a JOIN raw_page r "
                + "ON r.id = a.raw_page_id WHERE r.origin_ref LIKE '%/mixed/gbk.html'");
        assertThat(article.get("title")).isEqualTo("上海老旧小区改造提速");
        assertThat((String) article.get("body_text")).contains("市民对此表示欢迎");
        assertThat(database.count("SELECT count(*) FROM raw_page WHERE origin_ref LIKE '%notes.csv'")).isZero();
    }

    @Test
    void theBundledSamplesImportWithTheirJobDefinition() throws Exception {
        Cli.Result result = Cli.run("import", "--job", "jobs/samples.yml", "jobs/samples");
        assertThat(result.exit()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("4 pages read").contains("3 articles written").contains("not_article 1");
        assertThat(database.count("SELECT count(*) FROM article WHERE site = 'samples'")).isEqualTo(3);
        assertThat(database.row("SELECT reason FROM rejected_page WHERE origin_ref LIKE '%section-index.html'"))
                .containsEntry("reason", "not_article");

        Cli.Result runs = Cli.run("runs", "--job", "import");
        assertThat(runs.exit()).isZero();
        assertThat(runs.out()).contains("COMPLETED");
    }

    @Test
    void cleanAllReCleansEveryPageInPlace() throws Exception {
        Cli.Result imported = Cli.run("import", "--job", "jobs/samples.yml", "jobs/samples");
        assertThat(imported.exit()).isZero();
        long articles = database.count("SELECT count(*) FROM article");
        long rejections = database.count("SELECT count(*) FROM rejected_page");

        Cli.Result result = Cli.run("clean", "--all");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("clean #");
        assertThat(database.count("SELECT count(*) FROM article")).isEqualTo(articles);
        assertThat(database.count("SELECT count(*) FROM rejected_page")).isEqualTo(rejections);
        assertThat(database.count("SELECT count(*) FROM raw_page WHERE cleaned_at IS NULL")).isZero();
        // nothing changed, so no story was rewritten
        assertThat(result.out()).contains(" 0 articles written");
    }

    @Test
    void aPageAnOlderCleanerRejectedLosesItsRejectionWhenItBecomesAnArticle() throws Exception {
        assertThat(Cli.run("import", "--quiet", "--job", "jobs/samples.yml", "jobs/samples").exit()).isZero();
        long rejections = database.count("SELECT count(*) FROM rejected_page");
        long rawPageId = database.count("SELECT min(raw_page_id) FROM article");
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            // as if an older cleaner had rejected the page, and had not cleaned the others
            s.execute("INSERT INTO rejected_page (raw_page_id, reason, rejection_key) VALUES (" + rawPageId
                    + ", 'not_article', 'raw:" + rawPageId + "')");
            s.execute("UPDATE raw_page SET cleaned_at = NULL, extractor_version = NULL");
        }

        assertThat(Cli.run("clean", "--all").exit()).isZero();

        assertThat(database.count("SELECT count(*) FROM rejected_page WHERE raw_page_id = " + rawPageId)).isZero();
        assertThat(database.count("SELECT count(*) FROM rejected_page")).isEqualTo(rejections);
        assertThat(database.count("SELECT count(*) FROM raw_page WHERE cleaned_at IS NULL OR extractor_version IS NULL"))
                .isZero();
    }

    @Test
    void cleanAllRewritesOnlyTheStoriesThatChanged() throws Exception {
        assertThat(Cli.run("import", "--quiet", "--job", "jobs/samples.yml", "jobs/samples").exit()).isZero();
        long stale = database.count("SELECT min(id) FROM article");
        String title = (String) database.row("SELECT title FROM article WHERE id = " + stale).get("title");
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            // as if an older cleaner had made this row
            s.execute("UPDATE article SET title = 'stale', row_hash = 'older' WHERE id = " + stale);
        }

        Cli.Result result = Cli.run("clean", "--all");

        assertThat(result.out()).contains(" 1 articles written");
        assertThat(database.row("SELECT title FROM article WHERE id = " + stale)).containsEntry("title", title);
    }

    @Test
    void missingPathIsAUsageErrorAndNothingRuns() throws Exception {
        Cli.Result result = Cli.run("import", dir.resolve("absent").toString());
        assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("no such file or folder");
        // refused before anything started: the fresh database was not even migrated
        assertThat(database.count("SELECT count(*) FROM pg_tables WHERE tablename = 'batch_job_execution'")).isZero();
    }


}
