package dev.newsbatch.cli;

import dev.newsbatch.eval.Corpus;
import dev.newsbatch.eval.CorpusEvaluation;
import dev.newsbatch.eval.CorpusEvaluator;
import dev.newsbatch.eval.EvalReport;
import dev.newsbatch.eval.Prediction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval CORPUS_DIR}: measures the cleaner against labelled corpora (a corpus folder, or a folder of them) and
 * prints each corpus's metrics and speed.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the cleaner against labelled corpora (gold.jsonl + html/<id>.html) and time it.")
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CORPUS_DIR",
            description = "a corpus folder, or a folder whose sub-folders are corpora")
    Path corpusDir;

    @Option(names = "--threads", paramLabel = "N", description = "threads of the scoring pass (default: cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Option(names = "--per-page", paramLabel = "FILE", description = "write every page's score there, worst first")
    Path perPage;

    @Option(names = "--pred-out", paramLabel = "FILE",
            description = "write predictions as JSON Lines for the reference scorers (a folder when several corpora)")
    Path predOut;

    @Option(names = "--no-benchmark", description = "skip the one-thread jsoup-parse versus extraction benchmark")
    boolean skipBenchmark;

    @Override
    public Integer call() throws IOException {
        List<Path> dirs = corpusDirs(corpusDir);
        if (dirs.isEmpty()) {
            System.err.println(corpusDir + ": no gold.jsonl here or in its sub-folders");
            return 2;
        }
        CorpusEvaluator evaluator = new CorpusEvaluator(threads, !skipBenchmark);
        List<CorpusEvaluation> evaluations = new ArrayList<>();
        for (Path dir : dirs) {
            evaluations.add(evaluator.evaluate(Corpus.read(dir)));
        }
        System.out.print(json ? EvalReport.json(evaluations) + "\n" : EvalReport.text(evaluations));
        if (perPage != null) {
            Files.writeString(perPage, EvalReport.perPage(evaluations), StandardCharsets.UTF_8);
        }
        if (predOut != null) {
            writePredictions(evaluations);
        }
        return 0;
    }

    private void writePredictions(List<CorpusEvaluation> evaluations) throws IOException {
        boolean several = evaluations.size() > 1;
        if (several) {
            Files.createDirectories(predOut);
        }
        for (CorpusEvaluation e : evaluations) {
            Path file = several ? predOut.resolve(e.corpus().name() + ".jsonl") : predOut;
            List<String> lines = e.predictions().stream().map(Prediction::toJsonLine).toList();
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
    }

    private static List<Path> corpusDirs(Path dir) throws IOException {
        if (Corpus.isCorpus(dir)) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Corpus::isCorpus).sorted().toList();
        }
    }
}
