package dev.newsbatch.source.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes WARC files for tests and the benchmark with jwarc's writer, and the pages they hold. */
public final class TestWarcs {

    public static final Instant CAPTURED = Instant.parse("2024-03-05T08:30:00Z");
    public static final String STORY_URL = "https://news.example.org/2024/harbour-ferry";
    public static final String GBK_URL = "https://news.example.cn/2024/shanghai-renovation";
    public static final String GZIP_URL = "https://news.example.org/2024/library-sundays";
    public static final String PDF_URL = "https://news.example.org/report.pdf";
    public static final String MISSING_URL = "https://news.example.org/gone";
    public static final String RESOURCE_URL = "https://news.example.org/2024/coast-road";

    /** Offsets of the records a {@link #writeMixed} archive holds, in the order written. */
    public record Written(Path file, List<Long> offsets) {
    }

    private TestWarcs() {
    }

    public static String story(int n, String subject) {
        return """
                <html><head><title>%2$s story %1$d</title></head><body><nav><a href="/">Home</a></nav><article>
                <h1>%2$s story number %1$d</h1>
                <p>The council met on evening %1$d to discuss the %2$s, the ferry timetable and the new cycle lanes on the coast road.</p>
                <p>Residents who spoke at meeting %1$d asked for more buses in the winter and for the library to stay open on Sundays.</p>
                <p>A decision on item %1$d is expected next month, after officials have costed each of the proposals put to them.</p>
                </article></body></html>""".formatted(n, subject);
    }

    public static final String GBK_PAGE = "<html><head><title>上海老旧小区改造提速</title></head><body><article><h1>上海老旧小区改造提速</h1>"
            + "<p>上海市政府周二宣布,将在今年年底前完成全市老旧小区的改造工作,涉及居民超过十万户,改造内容包括加装电梯和更新管线。</p>"
            + "<p>市民对此表示欢迎,认为改造将明显改善居住条件和社区环境,不少老人终于可以不再爬楼梯回家。</p>"
            + "<p>市住房部门表示,改造资金由市区两级财政共同承担,居民无需额外出资,工程将分批推进,尽量减少对生活的影响。</p>"
            + "</article></body></html>";

    /**
     * warcinfo; request + response (UTF-8 story) + metadata; a GBK page declared only in Content-Type; a gzip-encoded,
     * chunked story; a PDF; a 404 page; a revisit of the first story; an HTML resource record. 10 records.
     */
    public static Written writeMixed(Path file) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter writer = new WarcWriter(file)) {
            write(writer, offsets, new Warcinfo.Builder().date(CAPTURED)
                    .fields(Map.of("software", List.of("newsbatch tests"))).build());
            write(writer, offsets, new WarcRequest.Builder(STORY_URL).date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/2024/harbour-ferry").addHeader("Host", "news.example.org").build())
                    .build());
            write(writer, offsets, response(STORY_URL, 200, "text/html; charset=utf-8",
                    story(1, "harbour").getBytes(StandardCharsets.UTF_8)));
            write(writer, offsets, new WarcMetadata.Builder().targetURI(STORY_URL).date(CAPTURED)
                    .fields(Map.of("outlink", List.of("https://news.example.org/"))).build());
            write(writer, offsets, response(GBK_URL, 200, "text/html; charset=GBK",
                    GBK_PAGE.getBytes(Charset.forName("GBK"))));
            byte[] gzipped = gzip(story(3, "library").getBytes(StandardCharsets.UTF_8));
            write(writer, offsets, rawResponse(GZIP_URL, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                    + "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n", chunked(gzipped)));
            write(writer, offsets, response(PDF_URL, 200, "application/pdf",
                    "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1)));
            write(writer, offsets, response(MISSING_URL, 404, "text/html",
                    "<html><body><h1>Not found</h1><p>This page is gone.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
            write(writer, offsets, new WarcRevisit.Builder(STORY_URL, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .date(CAPTURED.plusSeconds(3600)).build());
            write(writer, offsets, new WarcResource.Builder(URI.create(RESOURCE_URL)).date(CAPTURED)
                    .body(MediaType.HTML, story(4, "coast road").getBytes(StandardCharsets.UTF_8)).build());
        }
        return new Written(file, offsets);
    }

    /** {@code count} story responses, each after its request record, so half the records are no pages. */
    public static Written writeStories(Path file, int count) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter writer = new WarcWriter(file)) {
            for (int i = 0; i < count; i++) {
                String url = "https://news.example.org/story/" + i;
                write(writer, offsets, new WarcRequest.Builder(url).date(CAPTURED)
                        .body(new HttpRequest.Builder("GET", "/story/" + i).build()).build());
                write(writer, offsets, response(url, 200, "text/html; charset=utf-8",
                        story(i, "harbour").getBytes(StandardCharsets.UTF_8)));
            }
        }
        return new Written(file, offsets);
    }

    public static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
        return new WarcResponse.Builder(url).date(CAPTURED)
                .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                        .body(MediaType.parse(contentType), body).build())
                .build();
    }

    /** A response record holding an HTTP head and payload exactly as given, as a crawler recorded them. */
    public static WarcResponse rawResponse(String url, String httpHead, byte[] payload) {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.writeBytes(httpHead.getBytes(StandardCharsets.ISO_8859_1));
        block.writeBytes(payload);
        return new WarcResponse.Builder(url).date(CAPTURED).body(MediaType.HTTP_RESPONSE, block.toByteArray()).build();
    }

    public static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    /** HTTP/1.1 chunked transfer coding of the bytes, in chunks of 100. */
    public static byte[] chunked(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < bytes.length; at += 100) {
            int n = Math.min(100, bytes.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void write(WarcWriter writer, List<Long> offsets, WarcRecord record) throws IOException {
        offsets.add(writer.position());
        writer.write(record);
    }
}
