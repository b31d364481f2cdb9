package dev.newsbatch.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsbatch.extract.text.ExpectedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's acceptance seeds: each text dump in {@code ../shared/seeds/} must become exactly the article its
 * {@code expected/<name>.json} describes. The seeds live beside the project, not in it, so the test is skipped where
 * they are absent.
 */
class SeedAcceptanceTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    @TestFactory
    Stream<DynamicTest> everySeedBecomesItsExpectedArticle() throws IOException {
        Path expectedDir = SEEDS.resolve("expected");
        assumeTrue(Files.isDirectory(expectedDir), SEEDS.toAbsolutePath() + " is absent, skipping the seed acceptance test");
        List<Path> expectations;
        try (Stream<Path> files = Files.list(expectedDir)) {
            expectations = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(expectations.isEmpty(), "no expected/*.json in " + expectedDir.toAbsolutePath());
        return expectations.stream().map(json -> DynamicTest.dynamicTest(json.getFileName().toString(), () -> {
            ExpectedArticle expected = ExpectedArticle.read(json);
            Path dump = SEEDS.resolve(expected.input(json.getFileName().toString().replaceFirst("\\.json$", ".txt")));
            expected.assertMatches(expected.extract(dump));
        }));
    }
}
