package dev.newsbatch.cli;

import dev.newsbatch.store.RunStatistics;
import dev.newsbatch.store.RunStatistics.Run;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code runs}: recent job executions. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List recent job runs, newest first.")
final class RunsCommand implements Callable<Integer> {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--failed", description = "Only runs that failed, stopped or were abandoned.")
    boolean failed;

    @Option(names = "--job", paramLabel = "NAME", description = "Only runs of this job (import, clean, ...).")
    String job;

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = ApplicationContexts.open(options.asProperties())) {
            List<Run> runs = context.getBean(RunStatistics.class).recentRuns(limit, job, failed);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-6s %-8s %-10s %-19s %9s %8s %8s %8s%n", "ID", "JOB", "STATUS", "START", "DURATION", "READ",
                    "WRITTEN", "SKIPPED");
            for (Run run : runs) {
                out.printf("%-6d %-8s %-10s %-19s %9s %8d %8d %8d%n", run.id(), run.job(), run.status(),
                        run.start() == null ? "-" : START.format(run.start()),
                        run.duration() == null ? "-" : String.format("%.1fs", run.duration().toMillis() / 1000.0),
                        run.read(), run.written(), run.skipped());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
