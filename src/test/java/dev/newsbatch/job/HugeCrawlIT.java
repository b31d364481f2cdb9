package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsbatch.cli.NewsbatchMain;
import dev.newsbatch.testing.NewsbatchDatabase;
import dev.newsbatch.testing.NewsbatchProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site of huge stories, each near the size limit, crawled by newsbatch in a JVM of its own with the heap the ops
 * files give it and as many crawler threads as its default: every thread holds a page at once, while fetching it and
 * while it waits to be stored. The run must end normally with every story stored and each an article or a rejection.
 */
class HugeCrawlIT {

    private static final int SCRIPT_PAGES = 16;
    private static final int TEXT_PAGES = 8;
    private static final int CRAWLER_THREADS = 8;

    @RegisterExtension
    final NewsbatchDatabase database = new NewsbatchDatabase();

    @TempDir
    Path work;

    private HttpServer site;
    private final ExecutorService serving = Executors.newCachedThreadPool();

    @BeforeEach
    void serveTheSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.setExecutor(serving);
        site.createContext("/", this::answer);
        site.start();
    }

    @AfterEach
    void stopTheSite() {
        site.stop(0);
        serving.shutdownNow();
    }

    @Test
    void aSiteOfHugeStoriesIsCrawledAndCleanedWithinTheHeap() throws Exception {
        Path definition = work.resolve("huge.yml");
        Files.writeString(definition, "name: huge\nseeds:\n  - " + base() + "/\n"
                + "article-url: '/story/'\nfollow-url: '^" + base() + "/$'\n"
                + "politeness-ms: 0\nallow-private-addresses: true\n");
        Path log = work.resolve("run.log");

        Process run = NewsbatchProcess.start(database.connection(), log,
                List.of("-Djava.io.tmpdir=" + Files.createDirectories(work.resolve("tmp")),
                        "-Dnewsbatch.crawl.threads=" + CRAWLER_THREADS, "-Dnewsbatch.clean-threads=" + CRAWLER_THREADS),
                NewsbatchMain.class.getName(), "crawl", "--quiet", definition.toString(),
                "--crawl-dir", work.resolve("crawl").toString());
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).as("the run ends").isTrue();

        assertThat(run.exitValue()).as(Files.readString(log)).isZero();
        assertThat(database.count("SELECT count(*) FROM raw_page")).isEqualTo(SCRIPT_PAGES + TEXT_PAGES);
        assertThat(database.count("SELECT min(octet_length(body)) FROM raw_page")).isGreaterThan(HugePages.PAGE_BYTES);
        assertThat(database.count("SELECT count(*) FROM article")).isEqualTo(SCRIPT_PAGES);
        assertThat(database.count("SELECT count(*) FROM rejected_page WHERE reason = 'too_large'")).isEqualTo(TEXT_PAGES);
    }

    private String base() {
        return "http://127.0.0.1:" + site.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            byte[] body;
            if (path.equals("/")) {
                StringBuilder links = new StringBuilder("<html><body><h1>Huge stories</h1><ul>");
                for (int i = 0; i < SCRIPT_PAGES + TEXT_PAGES; i++) {
                    links.append("<li><a href=\"/story/").append(i).append("\">Story ").append(i).append("</a></li>");
                }
                body = links.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
            } else if (path.startsWith("/story/")) {
                int page = Integer.parseInt(path.substring("/story/".length()));
                body = page < SCRIPT_PAGES ? HugePages.scriptHeavy(page) : HugePages.textHeavy(page);
            } else {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
