package dev.newsbatch.bench;

import dev.newsbatch.cli.NewsbatchMain;
import dev.newsbatch.source.warc.TestWarcs;
import dev.newsbatch.testing.NewsbatchProcess;
import dev.newsbatch.testing.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Times {@code import} + {@code clean} of a WARC of N pages into PostgreSQL, in a child JVM started as the ops
 * launchers start newsbatch ({@code ops/jvm.options}: {@value NewsbatchProcess#HEAP} of heap), and prints pages/s end
 * to end, the time of each step, the child's peak RSS (VmHWM) and its peak heap, and the CPU spent per page by the
 * child's threads and the local PostgreSQL server (see {@link CpuAccounting}). The archive holds the corpus pages of
 * {@code ../shared/corpus/*}{@code /html/*.html} again and again, each time under a new URL, as one gzip member per
 * record, and is kept for the next run with the same N. Every copy after a page's first has its canonical URL markers
 * defused (see {@link #asNewStory}), so that each page is a story of its own, as in a real archive: with the corpus's
 * canonical URLs the copies would all be one story read again, and the clean step would write only about one article
 * in ten.
 *
 * <p>Run it from the repository root against a PostgreSQL server (each run gets a database of its own, dropped after
 * unless {@code --keep}):
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * NEWSBATCH_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/test NEWSBATCH_TEST_DB_USER=postgres \
 *   java -cp target/classes:target/test-classes:$(cat target/bench.cp) dev.newsbatch.bench.WarcImportBenchmark \
 *   [PAGES (20000)] [--rewrite-batched-inserts] [--import-only] [--keep] [--jvm=OPTION ...]
 * </pre>
 * {@code --jvm=OPTION} passes an option to the child JVM (a flight recording, a garbage collector), once per option.
 * {@code --import-only} stops the child (SIGKILL) as soon as the import step has completed, to measure reading and
 * storing alone on archives too large to clean within the time at hand; the peak heap is then the last one the child
 * printed (it prints it every {@value #HEAP_PRINT_SECONDS} s).
 */
public final class WarcImportBenchmark {

    private static final int DEFAULT_PAGES = 20_000;
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Path WORK = Path.of(System.getProperty("java.io.tmpdir"), "newsbatch-bench");
    private static final Duration RSS_POLL = Duration.ofMillis(200);
    private static final String HEAP_LINE = "BENCH peak heap MB ";
    private static final int HEAP_PRINT_SECONDS = 2;

    private WarcImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = DEFAULT_PAGES;
        boolean rewrite = false;
        boolean keep = false;
        boolean importOnly = false;
        List<String> jvmOptions = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--jvm=")) {
                jvmOptions.add(arg.substring("--jvm=".length()));
            } else if (arg.equals("--import-only")) {
                importOnly = true;
            } else if (arg.equals("--rewrite-batched-inserts")) {
                rewrite = true;
            } else if (arg.equals("--keep")) {
                keep = true;
            } else {
                pages = Integer.parseInt(arg);
            }
        }
        Path warc = archiveOf(pages);
        TestDatabase.Connection database = TestDatabase.freshDatabase();
        String url = database.url() + (rewrite ? (database.url().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true" : "");
        System.out.printf("%d pages, %s (%d MB), database %s%n", pages, warc, Files.size(warc) >> 20, url);

        Path log = WORK.resolve("child-" + pages + ".log");
        double speedBefore = sha256MegabytesPerSecond();
        long start = System.nanoTime();
        CpuAccounting cpu = new CpuAccounting();
        Process child = NewsbatchProcess.start(new TestDatabase.Connection(url, database.user(), database.password()),
                log, jvmOptions, Child.class.getName(), "import", "--quiet", warc.toString());
        long peakRssKb = 0;
        while (child.isAlive()) {
            peakRssKb = Math.max(peakRssKb, vmHwmKb(child.pid()));
            cpu.sample(child.pid());
            Thread.sleep(RSS_POLL.toMillis());
            if (importOnly && importCompleted(database)) {
                peakRssKb = Math.max(peakRssKb, vmHwmKb(child.pid()));
                child.destroyForcibly().waitFor();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> lines = Files.readAllLines(log);
        lines.stream().filter(l -> l.startsWith("import #")).forEach(System.out::println);
        lines.stream().filter(l -> l.startsWith(HEAP_LINE)).reduce((a, b) -> b).ifPresent(System.out::println);
        if (child.exitValue() != 0) {
            System.out.println("the child failed (exit " + child.exitValue() + "); see " + log);
        }
        try (Connection c = database.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT step_name, read_count, extract(epoch FROM end_time - start_time) "
                        + "FROM batch_step_execution ORDER BY step_execution_id")) {
            while (rs.next()) {
                System.out.printf("step %-12s %7d items in %7.1f s = %6.0f items/s%n", rs.getString(1), rs.getLong(2),
                        rs.getDouble(3), rs.getLong(2) / Math.max(rs.getDouble(3), 0.001));
            }
        }
        System.out.printf("%s (JVM start to exit): %.1f s = %.0f pages/s; peak RSS %d MB%n",
                importOnly ? "import step only" : "end to end", seconds, pages / seconds, peakRssKb >> 10);
        System.out.println(cpu.report(pages, seconds));
        System.out.printf("machine speed (one thread's SHA-256), before and after: %.0f and %.0f MB/s%n", speedBefore,
                sha256MegabytesPerSecond());
        if (!keep) {
            drop(database);
        }
    }

    /** Runs a newsbatch command, then prints the peak heap the JVM used, for the benchmark to read. */
    public static final class Child {
        public static void main(String[] args) {
            Thread printer = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(HEAP_PRINT_SECONDS * 1000L);
                    } catch (InterruptedException e) {
                        return;
                    }
                    printPeakHeap();
                }
            });
            printer.setDaemon(true);
            printer.start();
            int exit = NewsbatchMain.commandLine().execute(args);
            printPeakHeap();
            System.exit(exit);
        }

        private static synchronized void printPeakHeap() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println(HEAP_LINE + (peak >> 20) + " (sum of the heap pools' peaks; max "
                    + (Runtime.getRuntime().maxMemory() >> 20) + ")");
        }
    }

    private static boolean importCompleted(TestDatabase.Connection database) {
        try (Connection c = database.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM batch_step_execution WHERE step_name = 'importFiles' "
                        + "AND status = 'COMPLETED'")) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (java.sql.SQLException e) {
            return false; // not migrated yet
        }
    }

    private static Path archiveOf(int pages) throws IOException {
        Files.createDirectories(WORK);
        Path warc = WORK.resolve("stories-" + pages + ".warc.gz");
        if (Files.exists(warc)) {
            return warc;
        }
        List<byte[]> bodies = new ArrayList<>();
        try (DirectoryStream<Path> sets = Files.newDirectoryStream(CORPUS)) {
            for (Path set : sets) {
                Path html = set.resolve("html");
                if (Files.isDirectory(html)) {
                    try (var files = Files.list(html)) {
                        for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                            bodies.add(Files.readAllBytes(file));
                        }
                    }
                }
            }
        }
        if (bodies.isEmpty()) {
            throw new IllegalStateException("no corpus pages under " + CORPUS.toAbsolutePath());
        }
        Path partial = WORK.resolve(warc.getFileName() + ".part.warc.gz");
        try (WarcWriter writer = new WarcWriter(partial)) {
            for (int i = 0; i < pages; i++) {
                byte[] body = bodies.get(i % bodies.size());
                writer.write(TestWarcs.response("https://bench.example/page/" + i, 200, "text/html",
                        i < bodies.size() ? body : asNewStory(body)));
            }
        }
        Files.move(partial, warc);
        return warc;
    }

    /**
     * The page with {@code canonical} and {@code og:url} spelled otherwise (same length, ASCII case ignored), so the
     * cleaner finds no canonical URL and keys the story by the URL it was read from. The text is unchanged: the copy
     * is an exact duplicate of the first, linked to it like a wire story republished elsewhere.
     */
    static byte[] asNewStory(byte[] body) {
        byte[] copy = body.clone();
        defuse(copy, "canonical");
        defuse(copy, "og:url");
        return copy;
    }

    private static void defuse(byte[] page, String marker) {
        byte[] lower = marker.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int at = 0; at + lower.length <= page.length; at++) {
            int matched = 0;
            while (matched < lower.length && Character.toLowerCase(page[at + matched]) == lower[matched]) {
                matched++;
            }
            if (matched == lower.length) {
                page[at + lower.length - 1] = 'x';
                at += lower.length - 1;
            }
        }
    }

    /**
     * One thread's SHA-256 throughput: how fast this machine is at the moment. Shared hosts are not steady (the same
     * run has taken half as long again from one day to the next), so runs are compared together with this figure.
     */
    private static double sha256MegabytesPerSecond() throws Exception {
        byte[] block = new byte[1 << 20];
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < 64; i++) {
            sha.update(block); // warm-up: compiled, intrinsics in place
        }
        int megabytes = 256;
        long start = System.nanoTime();
        for (int i = 0; i < megabytes; i++) {
            sha.update(block);
        }
        sha.digest();
        return megabytes / ((System.nanoTime() - start) / 1e9);
    }

    private static long vmHwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the child has just exited
        }
        return 0;
    }

    private static void drop(TestDatabase.Connection database) throws Exception {
        String path = URI.create(database.url().substring("jdbc:".length())).getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        String admin = database.url().replace("/" + name, "/postgres");
        try (Connection c = java.sql.DriverManager.getConnection(admin, database.user(), database.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + name);
        }
    }
}
