package dev.newsbatch.source.warc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.page.Origin;
import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.RawPage;
import dev.newsbatch.page.UnreadablePage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcPageReaderTest {

    private static final int MAX_BYTES = 1024 * 1024;

    @TempDir
    Path dir;

    private final Map<NonPageRecord, Integer> nonPages = new EnumMap<>(NonPageRecord.class);

    @ParameterizedTest
    @ValueSource(strings = {"mixed.warc", "mixed.warc.gz"})
    void responsesAndHtmlResourcesBecomePagesAndTheRestIsRejectedOrCounted(String name) throws Exception {
        TestWarcs.writeMixed(dir.resolve(name));

        List<PageRead> reads = readAll(dir.resolve(name), ResumePoint.START, MAX_BYTES);

        assertThat(reads).extracting(r -> r instanceof RawPage page ? page.url() : ((UnreadablePage) r).url())
                .containsExactly(TestWarcs.STORY_URL, TestWarcs.GBK_URL, TestWarcs.GZIP_URL, TestWarcs.PDF_URL,
                        TestWarcs.MISSING_URL, TestWarcs.RESOURCE_URL);
        RawPage story = (RawPage) reads.get(0);
        assertThat(story.origin()).isEqualTo(Origin.WARC);
        assertThat(story.originRef()).startsWith("urn:uuid:");
        assertThat(story.fetchedAt()).isEqualTo(TestWarcs.CAPTURED);
        assertThat(story.httpStatus()).isEqualTo(200);
        assertThat(story.site()).isEqualTo("site");
        assertThat(new String(story.body(), StandardCharsets.UTF_8)).isEqualTo(TestWarcs.story(1, "harbour"));

        RawPage gbk = (RawPage) reads.get(1);
        assertThat(gbk.contentType()).isEqualTo("text/html;charset=GBK");
        assertThat(gbk.body()).isEqualTo(TestWarcs.GBK_PAGE.getBytes(Charset.forName("GBK")));

        RawPage gzipped = (RawPage) reads.get(2);
        assertThat(new String(gzipped.body(), StandardCharsets.UTF_8)).isEqualTo(TestWarcs.story(3, "library"));
        assertThat(gzipped.headers()).containsEntry("Content-Type", "text/html")
                .doesNotContainKeys("Content-Encoding", "Transfer-Encoding");

        UnreadablePage pdf = (UnreadablePage) reads.get(3);
        assertThat(pdf.reason()).isEqualTo(WarcPageReader.NOT_HTML);
        assertThat(pdf.originRef()).startsWith("urn:uuid:");
        assertThat(pdf.detail()).contains("application/pdf").contains(name);

        assertThat(((RawPage) reads.get(4)).httpStatus()).isEqualTo(404);
        RawPage resource = (RawPage) reads.get(5);
        assertThat(resource.httpStatus()).isNull();
        assertThat(resource.contentType()).isEqualTo("text/html");

        assertThat(nonPages).containsExactlyInAnyOrderEntriesOf(Map.of(NonPageRecord.WARCINFO, 1,
                NonPageRecord.REQUEST, 1, NonPageRecord.METADATA, 1, NonPageRecord.REVISIT, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stories.warc", "stories.warc.gz", "one-stream.warc.gz"})
    void aReaderOpenedAtTheResumePointGoesOnWithTheNextRecord(String name) throws Exception {
        Path file = dir.resolve(name);
        if (name.startsWith("one-stream")) {
            // gzip applied to the whole file, not per record: no record but the first starts a gzip member
            Path plain = TestWarcs.writeStories(dir.resolve("plain.warc"), 12).file();
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                Files.copy(plain, out);
            }
        } else {
            TestWarcs.writeStories(file, 12);
        }
        List<String> urls = new ArrayList<>();
        ResumePoint resume;
        try (WarcPageReader reader = WarcPageReader.open(file, ResumePoint.START, "site", MAX_BYTES, this::count)) {
            for (int i = 0; i < 5; i++) {
                urls.add(((RawPage) reader.next()).url());
            }
            resume = reader.resumePoint();
        }
        if (name.startsWith("one-stream")) {
            assertThat(resume).isEqualTo(new ResumePoint(0, 10));
        } else {
            assertThat(resume.skipRecords()).isEqualTo(1);
        }

        for (PageRead read : readAll(file, resume, MAX_BYTES)) {
            urls.add(((RawPage) read).url());
        }

        assertThat(urls).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 12).mapToObj(i -> "https://news.example.org/story/" + i).toList());
    }

    @Test
    void aTruncatedFileEndsWithACorruptRecordNamingItsOffset() throws Exception {
        TestWarcs.Written written = TestWarcs.writeStories(dir.resolve("full.warc.gz"), 4);
        long lastResponse = written.offsets().get(7);
        Path truncated = dir.resolve("truncated.warc.gz");
        byte[] bytes = Files.readAllBytes(written.file());
        Files.write(truncated, Arrays.copyOf(bytes, (int) (lastResponse + (bytes.length - lastResponse) / 2)));

        List<PageRead> reads = readAll(truncated, ResumePoint.START, MAX_BYTES);

        assertThat(reads).hasSize(4);
        assertThat(reads.subList(0, 3)).allMatch(r -> r instanceof RawPage);
        UnreadablePage corrupt = (UnreadablePage) reads.get(3);
        assertThat(corrupt.reason()).isEqualTo(WarcPageReader.CORRUPT_RECORD);
        assertThat(corrupt.originRef()).isEqualTo(truncated + "@" + lastResponse);
        assertThat(corrupt.detail()).contains("no readable record follows");
    }

    @ParameterizedTest
    @ValueSource(strings = {"damaged.warc", "damaged.warc.gz"})
    void readingGoesOnAfterADamagedRecordInTheMiddle(String name) throws Exception {
        TestWarcs.Written written = TestWarcs.writeStories(dir.resolve("clean-" + name), 4);
        byte[] bytes = Files.readAllBytes(written.file());
        long damaged = written.offsets().get(3); // the second response
        for (int i = 0; i < 40; i++) {
            bytes[(int) damaged + i] = (byte) 0x5a; // its header (or gzip header) overwritten
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes);

        List<PageRead> reads = readAll(file, ResumePoint.START, MAX_BYTES);

        assertThat(reads).extracting(r -> r instanceof RawPage page ? page.url() : ((UnreadablePage) r).reason())
                .containsExactly("https://news.example.org/story/0", WarcPageReader.CORRUPT_RECORD,
                        "https://news.example.org/story/2", "https://news.example.org/story/3");
        UnreadablePage corrupt = (UnreadablePage) reads.get(1);
        assertThat(corrupt.originRef()).isEqualTo(file + "@" + damaged);
        assertThat(corrupt.detail()).contains("reading resumed at byte " + written.offsets().get(4));
    }

    @Test
    void payloadsOverTheLimitAreRejectedUnreadAndUndecodablePayloadsAreRejected() throws Exception {
        Path file = dir.resolve("odd.warc");
        try (var writer = new org.netpreserve.jwarc.WarcWriter(file)) {
            writer.write(TestWarcs.response("https://big.example/", 200, "text/html", new byte[5000]));
            writer.write(TestWarcs.rawResponse("https://bad.example/",
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n",
                    "<html>not gzip at all</html>".getBytes(StandardCharsets.US_ASCII)));
            writer.write(TestWarcs.response("https://fine.example/", 200, "text/html",
                    "<html>fine</html>".getBytes(StandardCharsets.US_ASCII)));
        }

        List<PageRead> reads = readAll(file, ResumePoint.START, 4096);

        assertThat(reads).extracting(r -> r instanceof RawPage page ? page.url() : ((UnreadablePage) r).reason())
                .containsExactly(WarcPageReader.TOO_LARGE, WarcPageReader.BAD_CONTENT_ENCODING, "https://fine.example/");
        assertThat(((UnreadablePage) reads.get(0)).detail()).contains("5000 bytes");
    }

    @Test
    void aFileThatIsNoWarcIsOneCorruptRecord() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.warc"), "these are not the records you are looking for\n");

        List<PageRead> reads = readAll(file, ResumePoint.START, MAX_BYTES);

        assertThat(reads).singleElement().extracting(r -> ((UnreadablePage) r).reason())
                .isEqualTo(WarcPageReader.CORRUPT_RECORD);
    }

    private List<PageRead> readAll(Path file, ResumePoint from, int maxBytes) throws IOException {
        List<PageRead> reads = new ArrayList<>();
        try (WarcPageReader reader = WarcPageReader.open(file, from, "site", maxBytes, this::count)) {
            for (PageRead read = reader.next(); read != null; read = reader.next()) {
                reads.add(read);
            }
        }
        return reads;
    }

    private void count(NonPageRecord kind) {
        nonPages.merge(kind, 1, Integer::sum);
    }
}
