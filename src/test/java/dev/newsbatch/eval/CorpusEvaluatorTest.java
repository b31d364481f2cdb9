package dev.newsbatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.cli.EvalCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** A two-page corpus written in the test, evaluated end to end: kind detection, scores, the files the command writes. */
class CorpusEvaluatorTest {

    private static final String STORY = "<html><body><nav><a href='/'>Home</a> <a href='/x'>World</a></nav>"
            + "<article><h1>Headline</h1><p>The council voted on Tuesday to repair the old bridge, after years of"
            + " complaints from people who cross it every day.</p><p>Work starts in spring, the mayor said, and"
            + " should take about eight months to finish.</p></article>"
            + "<footer>Copyright the newspaper, all rights reserved</footer></body></html>";

    @TempDir
    Path dir;

    private Path bodyCorpus() throws IOException {
        Path corpus = dir.resolve("tiny");
        Files.createDirectories(corpus.resolve("html"));
        Files.writeString(corpus.resolve("html/p1.html"), STORY, StandardCharsets.UTF_8);
        Files.write(corpus.resolve("html/p2.html"), new byte[0]);
        Files.writeString(corpus.resolve("gold.jsonl"), String.join("\n",
                "{\"id\":\"p1\",\"url\":\"https://example.org/a\",\"articleBody\":\"The council voted on Tuesday to"
                        + " repair the old bridge, after years of complaints from people who cross it every day.\\n\\n"
                        + "Work starts in spring, the mayor said, and should take about eight months to finish.\"}",
                "{\"id\":\"p2\",\"url\":\"https://example.org/b\",\"articleBody\":\"Nothing came of this page.\"}"),
                StandardCharsets.UTF_8);
        return corpus;
    }

    @Test
    void scoresAWholeCorpusAndKeepsEmptyPagesAsMisses() throws IOException {
        Corpus corpus = Corpus.read(bodyCorpus());
        assertThat(corpus.kind()).isEqualTo(CorpusKind.BODY);

        CorpusEvaluation result = new CorpusEvaluator(2, false).evaluate(corpus);

        // p1 is extracted exactly; p2 is empty bytes, so rejected: out of precision, recall 0
        assertThat(result.scores().metric("precision")).isEqualTo(1.0);
        assertThat(result.scores().metric("recall")).isEqualTo(0.5);
        assertThat(result.scores().metric("accuracy")).isEqualTo(0.5);
        assertThat(result.predictions()).filteredOn(p -> p.id().equals("p2"))
                .singleElement().extracting(Prediction::error).isNotNull();
        assertThat(result.speed().benchmarked()).isFalse();
    }

    @Test
    void commandWritesJsonPerPageListAndPredictions() throws IOException {
        Path corpus = bodyCorpus();
        Path perPage = dir.resolve("pages.tsv");
        Path pred = dir.resolve("pred.jsonl");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        int exit;
        try {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new EvalCommand()).execute(corpus.toString(), "--json", "--threads", "1",
                    "--per-page", perPage.toString(), "--pred-out", pred.toString());
        } finally {
            System.setOut(saved);
        }
        assertThat(exit).isZero();
        JsonNode json = Corpus.JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.path("tiny").path("metrics").path("recall").asDouble()).isEqualTo(0.5);
        assertThat(json.path("tiny").path("speed").path("jsoup_parse_median_ms").isNumber()).isTrue();

        List<String> pages = Files.readAllLines(perPage);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("p2");   // worst first

        List<String> predictions = Files.readAllLines(pred);
        assertThat(predictions).hasSize(2);
        JsonNode first = Corpus.JSON.readTree(predictions.get(0));
        assertThat(first.path("id").asString()).isEqualTo("p1");
        assertThat(first.path("text").asString()).startsWith("The council voted").contains("\n\nWork starts");
    }

    @Test
    void recognizesSnippetAndDateCorpora() throws IOException {
        Path snippets = dir.resolve("s");
        Files.createDirectories(snippets);
        Files.writeString(snippets.resolve("gold.jsonl"), "{\"id\":\"x\",\"with\":[\"a\"],\"without\":[]}\n");
        Path dates = dir.resolve("d");
        Files.createDirectories(dates);
        Files.writeString(dates.resolve("gold.jsonl"), "{\"id\":\"x\",\"date\":null}\n");
        assertThat(Corpus.read(snippets).kind()).isEqualTo(CorpusKind.SNIPPETS);
        assertThat(Corpus.read(dates).kind()).isEqualTo(CorpusKind.DATES);
    }
}
