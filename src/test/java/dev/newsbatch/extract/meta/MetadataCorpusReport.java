package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ArticleExtractor;
import dev.newsbatch.extract.Extraction;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.PublishedTime;
import dev.newsbatch.extract.decode.PageDecoder;
import dev.newsbatch.page.Origin;
import dev.newsbatch.page.RawPage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the metadata chains on a labelled corpus until the project's own {@code eval} command exists. Runs
 * {@link ArticleExtractor} over {@code CORPUS/html/*.html} (with each page's gold URL) and writes prediction JSON Lines
 * ({@code id, title, authors, published_at, text}) for the reference scorers in {@code shared/tools/}. Where the
 * cleaner rejects a page (no body found), the metadata reader is run alone so the figures measure metadata only.
 *
 * <pre>
 * ./mvnw -q test -Dtest=MetadataCorpusReport -Dnewsbatch.corpus=../shared/corpus/htmldate-dev -Dnewsbatch.pred=/tmp/pred.jsonl
 * python3 ../shared/tools/score_dates.py ../shared/corpus/htmldate-dev/gold.jsonl /tmp/pred.jsonl
 * </pre>
 */
class MetadataCorpusReport {

    @Test
    @EnabledIfSystemProperty(named = "newsbatch.corpus", matches = ".+")
    void writePredictions() throws IOException {
        Path corpus = Path.of(System.getProperty("newsbatch.corpus"));
        Assumptions.assumeTrue(Files.isRegularFile(corpus.resolve("gold.jsonl")), "no corpus at " + corpus);
        run(corpus, Path.of(System.getProperty("newsbatch.pred", "target/metadata-pred.jsonl")));
    }

    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), Path.of(args[1]));
    }

    @SuppressWarnings("unchecked")
    static void run(Path corpus, Path out) throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        HtmlMetadataReader reader = new HtmlMetadataReader();
        PageDecoder decoder = new PageDecoder();
        ExtractionSettings settings = ExtractionSettings.defaults();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> gold = (Map<String, Object>) LenientJson.parse(line).orElseThrow();
                String id = (String) gold.get("id");
                Path html = corpus.resolve("html").resolve(id + ".html");
                if (!Files.isRegularFile(html)) {
                    continue;
                }
                String url = (String) gold.get("url");
                byte[] body = Files.readAllBytes(html);
                RawPage page = new RawPage(url, null, Origin.FILE, html.toString(), null, Instant.now(), null, null,
                        Map.of(), body);
                Extraction result = extractor.extract(page, settings);
                String title;
                List<String> authors;
                PublishedTime published;
                String text = "";
                Map<String, String> sources;
                if (result instanceof Article a) {
                    title = a.title();
                    authors = a.authors();
                    published = a.published();
                    text = a.bodyText();
                    sources = a.metadataSources();
                } else {
                    Document doc = Jsoup.parse(decoder.decode(body, null).text(), url == null ? "" : url);
                    ArticleDraft draft = new ArticleDraft().url(url);
                    reader.read(doc, draft, settings);
                    title = draft.title();
                    authors = draft.authors();
                    published = draft.published();
                    sources = draft.build().metadataSources();
                }
                w.write("{\"id\":" + quote(id) + ",\"title\":" + quote(title) + ",\"authors\":["
                        + String.join(",", authors.stream().map(MetadataCorpusReport::quote).toList())
                        + "],\"published_at\":" + quote(published == null ? null : published.iso())
                        + ",\"published_raw\":" + quote(published == null ? null : published.raw())
                        + ",\"text\":" + quote(text) + ",\"sources\":{"
                        + String.join(",", sources.entrySet().stream()
                                .map(e -> quote(e.getKey()) + ":" + quote(e.getValue())).toList())
                        + "}}\n");
            }
        }
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
