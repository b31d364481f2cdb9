package dev.newsbatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The quality gate: every metric of every corpus in {@code ../shared/corpus} must stay within {@link #TOLERANCE} of
 * {@code quality-baseline.properties}. Raising a metric is welcome (raise the baseline in the same commit); lowering
 * one needs a deliberate baseline edit. Skipped where the corpora are not beside the project.
 */
class QualityGateTest {

    /** Run-to-run noise is zero (extraction is deterministic); this is the slack a deliberate trade-off may use. */
    static final double TOLERANCE = 0.005;
    static final Path CORPORA = Path.of("..", "shared", "corpus");

    @TestFactory
    List<DynamicTest> metricsStayAtOrAboveTheBaseline() throws IOException {
        assumeTrue(Files.isDirectory(CORPORA), "no corpora at " + CORPORA.toAbsolutePath() + ": quality gate skipped");
        Properties baseline = new Properties();
        try (InputStream in = QualityGateTest.class.getResourceAsStream("/quality-baseline.properties")) {
            assertThat(in).as("quality-baseline.properties on the test class path").isNotNull();
            baseline.load(in);
        }
        CorpusEvaluator evaluator = new CorpusEvaluator(Runtime.getRuntime().availableProcessors(), false);
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : List.of("scrapinghub", "trafilatura-dev", "htmldate-dev")) {
            Path dir = CORPORA.resolve(name);
            if (!Corpus.isCorpus(dir)) {
                tests.add(DynamicTest.dynamicTest(name + " (absent)", () ->
                        assumeTrue(false, "corpus " + dir + " absent")));
                continue;
            }
            Scores scores = evaluator.evaluate(Corpus.read(dir)).scores();
            scores.metrics().forEach((metric, value) -> {
                String key = name + "." + metric;
                tests.add(DynamicTest.dynamicTest(key, () -> {
                    String pinned = baseline.getProperty(key);
                    assertThat(pinned).as("baseline for " + key + " (measured %.4f)", value).isNotNull();
                    assertThat(value).as("%s measured %.4f, baseline %s", key, value, pinned)
                            .isGreaterThanOrEqualTo(Double.parseDouble(pinned) - TOLERANCE);
                }));
            });
        }
        return tests;
    }
}
