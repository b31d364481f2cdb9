package dev.newsbatch.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden text dumps: every {@code golden/text-<slug>/} folder holds a dump ({@code input.txt}) and the article it
 * must become ({@code expected.json}, the format of {@link ExpectedArticle}). A fix to the text path adds a folder.
 */
class GoldenTextDumpTest {

    @TestFactory
    Stream<DynamicTest> everyGoldenDumpBecomesItsExpectedArticle() throws IOException, URISyntaxException {
        Path golden = Path.of(Objects.requireNonNull(getClass().getResource("/golden"), "no golden/ on the test classpath")
                .toURI());
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(golden)) {
            cases = dirs.filter(dir -> dir.getFileName().toString().startsWith("text-")).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no golden/text-* cases in " + golden);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            ExpectedArticle expected = ExpectedArticle.read(dir.resolve("expected.json"));
            expected.assertMatches(expected.extract(dir.resolve(expected.input("input.txt"))));
        }));
    }
}
