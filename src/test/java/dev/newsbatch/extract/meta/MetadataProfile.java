package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ArticleExtractor;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.decode.DecodedPage;
import dev.newsbatch.extract.decode.PageDecoder;
import dev.newsbatch.page.Origin;
import dev.newsbatch.page.RawPage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Where the metadata phase spends its time, and what it returns, over the labelled corpora. Not a test: a tool run by
 * hand when the metadata chains get slower, or to check that a speed-up changed nothing.
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.newsbatch.extract.meta.MetadataProfile \
 *     ../shared/corpus [dump.txt]
 * </pre>
 *
 * With a dump file it writes, per page, the decoded charset, the metadata draft and the whole extraction, so two
 * builds can be compared with {@code diff}. Times are best of 3 passes per page after one warm-up pass, one thread.
 */
final class MetadataProfile {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final String[] PHASES = {"decode", "parse", "index+metaTags", "jsonLd", "offStory", "headlines",
            "authors", "dates", "languages", "images", "read(all)", "extract(all)"};

    private record Page(String id, String url, byte[] body) { }

    public static void main(String[] args) throws IOException {
        List<Page> pages = load(Path.of(args[0]));
        if (args.length > 1) {
            dump(pages, Path.of(args[1]));
        }
        profile(pages);
    }

    @SuppressWarnings("unchecked")
    private static List<Page> load(Path root) throws IOException {
        List<Path> corpora = new ArrayList<>();
        if (Files.isRegularFile(root.resolve("gold.jsonl"))) {
            corpora.add(root);
        } else {
            try (Stream<Path> dirs = Files.list(root)) {
                dirs.filter(d -> Files.isRegularFile(d.resolve("gold.jsonl"))).sorted().forEach(corpora::add);
            }
        }
        List<Page> pages = new ArrayList<>();
        for (Path corpus : corpora) {
            for (String line : Files.readAllLines(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> gold = (Map<String, Object>) LenientJson.parse(line).orElseThrow();
                String id = (String) gold.get("id");
                Path html = corpus.resolve("html").resolve(id + ".html");
                if (Files.isRegularFile(html)) {
                    pages.add(new Page(corpus.getFileName() + "/" + id, (String) gold.get("url"),
                            Files.readAllBytes(html)));
                }
            }
        }
        return pages;
    }

    private static void dump(List<Page> pages, Path out) throws IOException {
        PageDecoder decoder = new PageDecoder();
        HtmlMetadataReader reader = new HtmlMetadataReader();
        ArticleExtractor extractor = new ArticleExtractor();
        ExtractionSettings settings = ExtractionSettings.defaults();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Page p : pages) {
                DecodedPage decoded = decoder.decode(p.body(), null);
                Document doc = Jsoup.parse(decoded.text(), p.url() == null ? "" : p.url());
                ArticleDraft draft = new ArticleDraft().url(p.url());
                reader.read(doc, draft, settings, NOW);
                w.write("## " + p.id() + "\ncharset " + decoded.charset() + " text " + decoded.text().hashCode()
                        + " " + decoded.text().length() + "\nmeta " + draft.build() + "\nextract "
                        + extractor.extract(rawPage(p), settings) + "\n");
            }
        }
    }

    private static RawPage rawPage(Page p) {
        return new RawPage(p.url(), null, Origin.FILE, p.id(), null, Instant.EPOCH, null, null, Map.of(), p.body());
    }

    private static void profile(List<Page> pages) {
        Map<String, double[]> best = new LinkedHashMap<>();
        for (String phase : PHASES) {
            best.put(phase, new double[pages.size()]);
            java.util.Arrays.fill(best.get(phase), Double.MAX_VALUE);
        }
        for (int pass = 0; pass < 4; pass++) {
            for (int i = 0; i < pages.size(); i++) {
                long[] t = timePage(pages.get(i));
                if (pass == 0) {
                    continue;
                }
                for (int k = 0; k < PHASES.length; k++) {
                    double[] b = best.get(PHASES[k]);
                    b[i] = Math.min(b[i], t[k] / 1e6);
                }
            }
        }
        System.out.printf("%-14s %10s %10s%n", "phase", "sum ms", "median ms");
        for (Map.Entry<String, double[]> e : best.entrySet()) {
            double[] v = e.getValue().clone();
            java.util.Arrays.sort(v);
            double sum = 0;
            for (double d : v) {
                sum += d;
            }
            System.out.printf("%-14s %10.1f %10.3f%n", e.getKey(), sum, v[v.length / 2]);
        }
    }

    private static final PageDecoder DECODER = new PageDecoder();
    private static final HtmlMetadataReader READER = new HtmlMetadataReader();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final Headlines HEADLINES = new Headlines();
    private static final Authors AUTHORS = new Authors();
    private static final PublicationDates DATES = new PublicationDates();
    private static final Languages LANGUAGES = new Languages();
    private static final LeadImages IMAGES = new LeadImages();

    private static long[] timePage(Page p) {
        ExtractionSettings settings = ExtractionSettings.defaults();
        long[] t = new long[PHASES.length];
        long s = System.nanoTime();
        String text = DECODER.decode(p.body(), null).text();
        t[0] = System.nanoTime() - s;
        s = System.nanoTime();
        Document doc = Jsoup.parse(text, p.url() == null ? "" : p.url());
        t[1] = System.nanoTime() - s;
        s = System.nanoTime();
        PageElements elements = PageElements.of(doc);
        MetaTags meta = new MetaTags(elements);
        t[2] = System.nanoTime() - s;
        s = System.nanoTime();
        JsonLd jsonLd = new JsonLd(elements);
        t[3] = System.nanoTime() - s;
        s = System.nanoTime();
        BodyText bodyText = new BodyText(doc);
        OffStoryRegions regions = new OffStoryRegions(elements);
        t[4] = System.nanoTime() - s;
        PageSignals page = new PageSignals(elements, meta, jsonLd, regions, bodyText, p.url(), settings);
        s = System.nanoTime();
        HEADLINES.find(page);
        t[5] = System.nanoTime() - s;
        s = System.nanoTime();
        AUTHORS.find(page);
        t[6] = System.nanoTime() - s;
        s = System.nanoTime();
        DATES.find(page, NOW);
        t[7] = System.nanoTime() - s;
        s = System.nanoTime();
        LANGUAGES.find(page);
        t[8] = System.nanoTime() - s;
        s = System.nanoTime();
        IMAGES.find(page);
        t[9] = System.nanoTime() - s;
        Document fresh = Jsoup.parse(text, p.url() == null ? "" : p.url());
        s = System.nanoTime();
        READER.read(fresh, new ArticleDraft().url(p.url()), settings, NOW);
        t[10] = System.nanoTime() - s;
        s = System.nanoTime();
        EXTRACTOR.extract(rawPage(p), settings);
        t[11] = System.nanoTime() - s;
        return t;
    }
}
