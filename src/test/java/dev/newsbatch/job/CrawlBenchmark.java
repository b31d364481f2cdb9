package dev.newsbatch.job;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsbatch.cli.Cli;
import dev.newsbatch.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Crawl throughput on this machine: 20 sites on the loopback aliases 127.0.0.1 to 127.0.0.20, 250 stories each (5,000
 * story pages, plus 20 home and 200 section pages), politeness off, crawled by the real crawl command into a real
 * PostgreSQL, then cleaned. Prints pages per second of the crawl step, of the whole job, and peak memory. The sites are
 * served from this JVM, so the memory figures include them (they hold no pages: each is generated per request).
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.newsbatch.job.CrawlBenchmark [THREADS]
 * </pre>
 * Uses NEWSBATCH_TEST_DB_URL's server if set, else an embedded PostgreSQL.
 */
public final class CrawlBenchmark {

    static final int HOSTS = 20;
    static final int SECTIONS_PER_HOST = 10;
    static final int STORIES_PER_SECTION = 25;
    static final int DEFAULT_THREADS = 32;
    /** How often the heap is sampled for its peak; fine enough to catch a batch's worth of pages. */
    private static final long SAMPLE_MS = 20;

    private CrawlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_THREADS;
        ExecutorService serverThreads = Executors.newFixedThreadPool(64);
        List<HttpServer> servers = new ArrayList<>();
        List<String> seeds = new ArrayList<>();
        for (int i = 1; i <= HOSTS; i++) {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) i}), 0), 100);
            server.setExecutor(serverThreads);
            server.createContext("/", CrawlBenchmark::serve);
            server.start();
            servers.add(server);
            seeds.add("http://127.0.0." + i + ":" + server.getAddress().getPort() + "/");
        }
        Path work = Files.createTempDirectory("crawl-bench");
        Path definition = work.resolve("bench.yml");
        Files.writeString(definition, "name: bench\nseeds:\n" + seeds.stream().map(s -> "  - " + s + "\n")
                .reduce("", String::concat)
                + "article-url: '/news/'\nfollow-url: '/(section/\\d+)?$'\nmax-depth: 3\nmax-pages: 6000\n"
                + "politeness-ms: 0\nallow-private-addresses: true\n");

        TestDatabase.Connection database = TestDatabase.freshDatabase();
        System.setProperty("newsbatch.db.url", database.url());
        System.setProperty("newsbatch.db.user", database.user());
        System.setProperty("newsbatch.db.password", database.password() == null ? "" : database.password());
        System.setProperty("newsbatch.crawl.threads", String.valueOf(threads));

        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        long start = System.nanoTime();
        Cli.Result result = Cli.run("crawl", definition.toString(), "--crawl-dir", work.resolve("crawl").toString(),
                "--jobs-dir", work.toString());
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();

        System.out.println(result.out().strip());
        if (result.exit() != 0) {
            System.out.println(result.err());
        }
        try (Connection c = database.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT read_count, extract(epoch FROM end_time - start_time) "
                        + "FROM batch_step_execution WHERE step_name = 'crawl'")) {
            rs.next();
            long fetched = rs.getLong(1);
            double crawlSeconds = rs.getDouble(2);
            System.out.printf("hosts %d, crawler threads %d, pages fetched %d (%d stories), crawl step %.1f s: "
                    + "%.0f pages/s; whole command (crawl + clean + start-up) %.1f s: %.0f pages/s%n",
                    HOSTS, threads, fetched, HOSTS * SECTIONS_PER_HOST * STORIES_PER_SECTION, crawlSeconds,
                    fetched / crawlSeconds, totalSeconds, fetched / totalSeconds);
        }
        System.out.printf("peak heap used %.0f MB (sampled every %d ms); peak resident set (VmHWM) %s%n",
                peakHeap.get() / 1e6, SAMPLE_MS, residentPeak());
        servers.forEach(server -> server.stop(0));
        serverThreads.shutdownNow();
        System.exit(0);
    }

    private static String residentPeak() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown (no /proc)";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring("VmHWM:".length()).trim()).findFirst().orElse("unknown");
    }

    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String html;
            int status = 200;
            if (path.equals("/")) {
                StringBuilder links = new StringBuilder();
                for (int s = 1; s <= SECTIONS_PER_HOST; s++) {
                    links.append("<li><a href=\"/section/").append(s).append("\">Section ").append(s).append("</a></li>");
                }
                html = "<html><body><ul>" + links + "</ul></body></html>";
            } else if (path.startsWith("/section/")) {
                int section = Integer.parseInt(path.substring("/section/".length()));
                StringBuilder links = new StringBuilder();
                for (int n = 1; n <= STORIES_PER_SECTION; n++) {
                    int story = (section - 1) * STORIES_PER_SECTION + n;
                    links.append("<li><a href=\"/news/").append(story).append("\">")
                            .append(CrawlTestSite.headline(story)).append("</a></li>");
                }
                html = "<html><body><ul>" + links + "</ul></body></html>";
            } else if (path.startsWith("/news/")) {
                html = CrawlTestSite.article(Integer.parseInt(path.substring("/news/".length())));
            } else {
                status = 404;
                html = "<html><body>not found</body></html>";
            }
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
