package dev.newsbatch.cli;

import dev.newsbatch.job.JobRunner;
import dev.newsbatch.job.RunSummary;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;

/** What every job command does around its launch: start the application, run, print the summary line, exit status. */
final class JobCommands {

    /** A launch of one job through the runner. */
    interface Launch {
        RunSummary run(JobRunner runner) throws Exception;
    }

    private JobCommands() {
    }

    /** Runs the launch and prints its summary line; the exit status is 0 for a completed run, else 1. */
    static int run(CommandSpec spec, List<String> properties, Launch launch) throws Exception {
        try (ConfigurableApplicationContext context = ApplicationContexts.open(properties)) {
            RunSummary summary = launch.run(context.getBean(JobRunner.class));
            spec.commandLine().getOut().println(summary.line());
            return summary.succeeded() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
        }
    }
}
