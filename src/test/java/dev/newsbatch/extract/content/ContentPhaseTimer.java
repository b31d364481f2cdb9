package dev.newsbatch.extract.content;

import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ArticleExtractor;
import dev.newsbatch.page.Origin;
import dev.newsbatch.page.RawPage;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.decode.PageDecoder;
import dev.newsbatch.extract.meta.HtmlMetadataReader;
import dev.newsbatch.extract.prune.BoilerplatePruner;
import dev.newsbatch.extract.prune.PruneLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Hand-run timing of the extraction's phases over a folder of corpora, to direct speed work (not a test: surefire
 * runs {@code *Test} only). One thread, a warm-up pass, then the fastest of three runs per page; prints the median
 * of each phase in milliseconds.
 *
 * <pre>{@code java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     dev.newsbatch.extract.content.ContentPhaseTimer ../shared/corpus}</pre>
 */
public final class ContentPhaseTimer {

    private static final String[] PHASES = {"decode", "parse", "metadata", "prune", "flatten", "select", "content", "whole", "jsoupBytes"};

    public static void main(String[] args) throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(args.length > 0 ? args[0] : "../shared/corpus"))) {
            files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
        }
        List<byte[]> bodies = new ArrayList<>();
        for (Path page : pages) {
            bodies.add(Files.readAllBytes(page));
        }
        double[][] best = new double[PHASES.length][pages.size()];
        for (double[] phase : best) {
            Arrays.fill(phase, Double.MAX_VALUE);
        }
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int repeat = -1; repeat < repeats; repeat++) {   // -1: warm-up
            for (int i = 0; i < pages.size(); i++) {
                double[] times = time(bodies.get(i));
                if (repeat >= 0) {
                    for (int p = 0; p < PHASES.length; p++) {
                        best[p][i] = Math.min(best[p][i], times[p]);
                    }
                }
            }
        }
        StringBuilder line = new StringBuilder(pages.size() + " pages, median ms:");
        for (int p = 0; p < PHASES.length; p++) {
            double[] sorted = best[p].clone();
            Arrays.sort(sorted);
            line.append(String.format(" %s %.3f", PHASES[p], sorted[sorted.length / 2]));
        }
        System.out.println(line);
    }

    private static final PageDecoder DECODER = new PageDecoder();
    private static final HtmlMetadataReader METADATA = new HtmlMetadataReader();
    private static final BoilerplatePruner PRUNER = new BoilerplatePruner();
    private static final BlockFlattener FLATTENER = new BlockFlattener();
    private static final ContainerScorer SCORER = new ContainerScorer();
    private static final MainContentExtractor CONTENT = new MainContentExtractor();
    private static final ArticleExtractor WHOLE = new ArticleExtractor();

    private static double[] time(byte[] body) {
        double[] t = new double[PHASES.length];
        long start = System.nanoTime();
        String text = DECODER.decode(body, "text/html").text();
        t[0] = ms(start);
        start = System.nanoTime();
        Document doc = Jsoup.parse(text, "https://news.example/");
        t[1] = ms(start);
        start = System.nanoTime();
        METADATA.read(doc, new ArticleDraft(), ExtractionSettings.defaults());
        t[2] = ms(start);
        Element root = doc.body();
        if (root == null) {
            return t;
        }
        start = System.nanoTime();
        Set<Element> pruned = PRUNER.chrome(root, PruneLevel.STRICT);
        t[3] = ms(start);
        start = System.nanoTime();
        PageText page = FLATTENER.flatten(root, pruned);
        t[4] = ms(start);
        start = System.nanoTime();
        SCORER.select(page);
        t[5] = ms(start);
        start = System.nanoTime();
        CONTENT.extract(doc, ExtractionSettings.defaults());
        t[6] = ms(start);
        start = System.nanoTime();
        WHOLE.extract(new RawPage("https://news.example/", null, Origin.FILE, "page", null, Instant.EPOCH, null, null,
                Map.of(), body), ExtractionSettings.defaults());
        t[7] = ms(start);
        start = System.nanoTime();
        try {
            Jsoup.parse(new ByteArrayInputStream(body), null, "https://news.example/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        t[8] = ms(start);
        return t;
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
