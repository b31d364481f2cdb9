package dev.newsbatch.job;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small news site on 127.0.0.1 for crawl tests, served by the JDK's HTTP server, that records every request. It has a
 * home page, two section pages linking 30 stories, an RSS feed with 3 more, a sitemap index naming a Google News
 * sitemap with 3 more, a story reachable only through a redirect, a GBK story that declares no charset anywhere, and
 * one page for each way a fetch can fail. robots.txt disallows {@code /private/}, where a linked story lives.
 */
final class CrawlTestSite implements AutoCloseable {

    /** Stories linked from the sections (1-30), listed in the feed (31-33), in the sitemap (34-36), redirected to (37). */
    static final int SECTION_STORIES = 30;
    static final int LAST_FEED_STORY = 33;
    static final int LAST_SITEMAP_STORY = 36;
    static final int REDIRECTED_STORY = 37;
    /** The GBK story's title and a phrase of its body. */
    static final String GBK_TITLE = "上海老旧小区改造提速";
    static final String GBK_PHRASE = "市民对此表示欢迎";

    /** How long the slow page and a held page wait at most, so that no test can hang on them. */
    private static final long HOLD_LIMIT_SECONDS = 60;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final int oversizedBytes;
    private final long slowMillis;
    private volatile String heldPath;
    private volatile CountDownLatch heldReached = new CountDownLatch(1);
    private volatile CountDownLatch heldRelease = new CountDownLatch(0);

    /**
     * @param oversizedBytes size of the two oversized pages (one with a Content-Length, one chunked)
     * @param slowMillis     how long the slow page waits before answering
     */
    CrawlTestSite(int oversizedBytes, long slowMillis) throws IOException {
        this.oversizedBytes = oversizedBytes;
        this.slowMillis = slowMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base() + path;
    }

    static String story(int n) {
        return "/news/story-" + n;
    }

    /** How often a path was requested. */
    int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    Map<String, AtomicInteger> allRequests() {
        return requests;
    }

    /** Makes the next request for this path wait until {@link #releaseHeld}; {@link #awaitHeld} says when it came. */
    void hold(String path) {
        heldReached = new CountDownLatch(1);
        heldRelease = new CountDownLatch(1);
        heldPath = path;
    }

    boolean awaitHeld(long seconds) throws InterruptedException {
        return heldReached.await(seconds, TimeUnit.SECONDS);
    }

    void releaseHeld() {
        heldPath = null;
        heldRelease.countDown();
    }

    /** The job definition of this site, for a crawl that may fetch from loopback. */
    String jobDefinition(String name, int politenessMs) {
        String base = java.util.regex.Pattern.quote(base());
        return "name: " + name + "\n"
                + "seeds:\n  - " + url("/") + "\n"
                + "feeds:\n  - " + url("/feed.xml") + "\n"
                + "sitemaps:\n  - " + url("/sitemap-index.xml") + "\n"
                + "article-url: '^" + base + "/(news|gbk|private|docs|loop|moved)/'\n"
                + "follow-url: '^" + base + "/(section/[a-z]+)?$'\n"
                + "max-depth: 3\n"
                + "max-pages: 200\n"
                + "politeness-ms: " + politenessMs + "\n"
                + "time-zone: Europe/London\n"
                + "language: en\n"
                + "allow-private-addresses: true\n";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            if (path.equals(heldPath)) {
                heldReached.countDown();
                await(heldRelease, HOLD_LIMIT_SECONDS * 1000);
            }
            route(exchange, path);
        } catch (IOException e) {
            // the client went away (a timeout, a killed crawler): nothing to answer
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/")) {
            html(exchange, 200, home());
        } else if (path.equals("/robots.txt")) {
            send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/section/world")) {
            html(exchange, 200, section("World", 1, SECTION_STORIES / 2));
        } else if (path.equals("/section/business")) {
            html(exchange, 200, section("Business", SECTION_STORIES / 2 + 1, SECTION_STORIES));
        } else if (path.equals("/feed.xml")) {
            send(exchange, 200, "application/rss+xml", feed().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/sitemap-index.xml")) {
            send(exchange, 200, "application/xml", sitemapIndex().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/sitemap-news.xml")) {
            send(exchange, 200, "application/xml", newsSitemap().getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/news/story-")) {
            int n = Integer.parseInt(path.substring("/news/story-".length()));
            html(exchange, 200, article(n));
        } else if (path.equals("/private/secret-story")) {
            html(exchange, 200, article(999));
        } else if (path.equals("/gbk/story")) {
            send(exchange, 200, "text/html", gbkArticle().getBytes(Charset.forName("GBK")));
        } else if (path.equals("/news/broken")) {
            html(exchange, 500, "<html><body><h1>Internal Server Error</h1></body></html>");
        } else if (path.equals("/news/slow")) {
            await(closing, slowMillis);
            html(exchange, 200, article(998));
        } else if (path.equals("/loop/a")) {
            redirect(exchange, "/loop/b");
        } else if (path.equals("/loop/b")) {
            redirect(exchange, "/loop/a");
        } else if (path.equals("/moved/story")) {
            redirect(exchange, story(REDIRECTED_STORY));
        } else if (path.equals("/docs/report.pdf")) {
            send(exchange, 200, "application/pdf",
                    "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        } else if (path.equals("/news/huge")) {
            send(exchange, 200, "text/html", oversized());
        } else if (path.equals("/news/huge-chunked")) {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0); // 0: chunked, no Content-Length to refuse the page by
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(oversized());
            }
        } else if (path.equals("/news/cut-short")) {
            // promises 5000 bytes, sends 100, then the connection closes
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 5000);
            exchange.getResponseBody().write(new byte[100]);
            exchange.getResponseBody().flush();
            throw new IOException("cut short on purpose");
        } else {
            html(exchange, 404, "<html><body><h1>Not found</h1></body></html>");
        }
    }

    private static void await(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().set("Location", to);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void html(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String home() {
        return page("The Harbour Courier", """
                <ul>
                <li><a href="/section/world">World</a></li>
                <li><a href="/section/business">Business</a></li>
                <li><a href="/private/secret-story">Members only: the council's secret budget</a></li>
                <li><a href="/gbk/story">上海老旧小区改造提速</a></li>
                <li><a href="/news/missing">A story that was taken down</a></li>
                <li><a href="/news/broken">A story on a broken server</a></li>
                <li><a href="/news/slow">A story on a slow server</a></li>
                <li><a href="/news/cut-short">A story whose connection drops</a></li>
                <li><a href="/loop/a">A story that redirects in circles</a></li>
                <li><a href="/moved/story">A story that moved</a></li>
                <li><a href="/docs/report.pdf">The annual report (PDF)</a></li>
                <li><a href="/news/huge">A story far too long</a></li>
                <li><a href="/news/huge-chunked">A story far too long, sent in chunks</a></li>
                </ul>
                <img src="/logo.png" alt="The Harbour Courier">
                """);
    }

    private static String section(String name, int first, int last) {
        StringBuilder links = new StringBuilder("<h1>" + name + "</h1><ul>");
        for (int n = first; n <= last; n++) {
            links.append("<li><a href=\"").append(story(n)).append("\">").append(headline(n)).append("</a></li>\n");
        }
        return page(name + " | The Harbour Courier", links.append("</ul>").toString());
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><header><nav><a href=\"/\">Home</a> <a href=\"/section/world\">World</a> "
                + "<a href=\"/section/business\">Business</a></nav></header><main>" + body + "</main>"
                + "<footer><a href=\"/\">The Harbour Courier</a></footer></body></html>";
    }

    static String headline(int n) {
        String[] subjects = {"Harbour ferry", "City council", "Port authority", "Fishing fleet", "Coastal railway",
            "Harbour school"};
        String[] events = {"wins new funding", "faces winter delays", "plans a new terminal", "reports record year",
            "changes its timetable", "opens to visitors"};
        return subjects[n % subjects.length] + " " + events[(n / subjects.length) % events.length] + " (" + n + ")";
    }

    static String article(int n) {
        String headline = headline(n);
        String body = "<article><h1>" + headline + "</h1>"
                + "<p class=\"byline\">By Ellen Marsh</p>"
                + "<p>The " + headline.toLowerCase() + " story began on Monday morning, when officials in the harbour "
                + "town told reporters that the plans had been agreed after months of talks with residents and traders "
                + "along the waterfront.</p>"
                + "<p>Residents who spoke to the Courier said they welcomed the news but worried about the cost, which "
                + "the council put at " + (n * 3 + 7) + " million pounds, and about the noise of building work near "
                + "the old fish market during the summer season.</p>"
                + "<p>A spokesperson for the port authority said the work would be finished within two years and that "
                + "ferries and fishing boats would keep running as usual while contractors worked on the quay at night "
                + "and at weekends.</p>"
                + "<p>The council will hold a public meeting at the town hall next Thursday, where plans for story "
                + n + " will be on show and officials will answer questions from anyone who wants to attend.</p>"
                + "<p><a href=\"" + story(n % SECTION_STORIES + 1) + "\">Read next: " + headline(n % SECTION_STORIES + 1)
                + "</a></p></article>";
        return page(headline + " | The Harbour Courier", body);
    }

    /** A story in GBK whose charset is stated nowhere: not in Content-Type, not in a meta tag. */
    private static String gbkArticle() {
        return "<html><head><title>" + GBK_TITLE + "</title></head><body><article><h1>" + GBK_TITLE + "</h1>"
                + "<p>上海市政府周二宣布,将在今年年底前完成全市老旧小区的改造工作,涉及居民超过十万户,改造内容包括加装电梯和更新管线。</p>"
                + "<p>" + GBK_PHRASE + ",认为改造将明显改善居住条件和社区环境,不少老人终于可以不再爬楼梯回家。</p>"
                + "<p>市住房部门表示,改造资金由市区两级财政共同承担,居民无需额外出资,工程将分批推进,尽量减少对生活的影响。</p>"
                + "</article></body></html>";
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        for (int n = SECTION_STORIES + 1; n <= LAST_FEED_STORY; n++) {
            items.append("<item><title>").append(headline(n)).append("</title><link>").append(url(story(n)))
                    .append("</link><guid isPermaLink=\"true\">").append(url(story(n))).append("</guid></item>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>The Harbour Courier"
                + "</title><link>" + url("/") + "</link>\n" + items + "</channel></rss>\n";
    }

    private String sitemapIndex() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + url("/sitemap-news.xml") + "</loc><lastmod>2026-01-31</lastmod></sitemap>"
                + "</sitemapindex>\n";
    }

    private String newsSitemap() {
        StringBuilder urls = new StringBuilder();
        for (int n = LAST_FEED_STORY + 1; n <= LAST_SITEMAP_STORY; n++) {
            urls.append(newsEntry(n));
        }
        urls.append(newsEntry(1)); // also in a section: fetched once all the same
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">" + urls + "</urlset>\n";
    }

    private String newsEntry(int n) {
        return "<url><loc>" + url(story(n)) + "</loc><news:news><news:publication><news:name>The Harbour Courier"
                + "</news:name><news:language>en</news:language></news:publication>"
                + "<news:publication_date>2026-01-31T08:00:00Z</news:publication_date><news:title>" + headline(n)
                + "</news:title></news:news></url>\n";
    }

    private byte[] oversized() {
        StringBuilder html = new StringBuilder("<html><body><article><h1>Too long</h1>");
        String paragraph = "<p>" + "This paragraph repeats until the page is longer than the crawl may read. ".repeat(10)
                + "</p>\n";
        while (html.length() < oversizedBytes) {
            html.append(paragraph);
        }
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closing.countDown();
        releaseHeld();
        server.stop(0);
        executor.shutdownNow();
    }
}
