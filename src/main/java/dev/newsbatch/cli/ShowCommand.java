package dev.newsbatch.cli;

import dev.newsbatch.job.JobRunner;
import dev.newsbatch.store.RunStatistics;
import dev.newsbatch.store.RunStatistics.StepRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code show}: one run in detail. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one job run: its parameters, steps with read/written/filtered/skipped counts, pages "
                + "rejected by reason, duration and failure.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "EXECUTION_ID", description = "The run's id, as `runs` lists it.")
    long executionId;

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = ApplicationContexts.open(options.asProperties())) {
            JobExecution execution = context.getBean(JobRunner.class).execution(executionId);
            RunStatistics statistics = context.getBean(RunStatistics.class);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("run #%d: %s %s%n", executionId, execution.getJobInstance().getJobName(), execution.getStatus());
            out.printf("  started %s, ended %s%s%n", execution.getStartTime(), execution.getEndTime(),
                    duration(execution.getStartTime() == null || execution.getEndTime() == null ? null
                            : Duration.between(execution.getStartTime(), execution.getEndTime())));
            execution.getJobParameters().parameters().forEach(p -> out.printf("  parameter %s = %s%n", p.name(),
                    String.valueOf(p.value()).replace("\n", ", ")));
            for (StepRun step : statistics.steps(executionId)) {
                out.printf("  step %-12s %-10s read %d, written %d, filtered %d, skipped %d, commits %d, rollbacks %d%s%n",
                        step.name(), step.status(), step.read(), step.written(), step.filtered(), step.skipped(),
                        step.commits(), step.rollbacks(), duration(step.duration()));
            }
            Map<String, Long> rejected = statistics.rejectedByReason(executionId);
            out.printf("  articles written %d, new raw pages %d%n", statistics.articlesWritten(executionId),
                    statistics.pagesStored(executionId));
            out.println("  rejected " + (rejected.isEmpty() ? "none" : rejected.toString()));
            if (!execution.getExitStatus().getExitDescription().isBlank()) {
                out.println("  exit: " + execution.getExitStatus().getExitDescription().lines().findFirst().orElse(""));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static String duration(Duration duration) {
        return duration == null ? "" : String.format(" in %.1f s", duration.toMillis() / 1000.0);
    }
}
