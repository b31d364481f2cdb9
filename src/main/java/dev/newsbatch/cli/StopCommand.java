package dev.newsbatch.cli;

import dev.newsbatch.job.JobRunner;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stop}: ask a running run to stop gracefully. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Ask a running run to stop: it finishes and commits its current chunk, then ends as STOPPED; "
                + "`restart` continues it later.")
final class StopCommand implements Callable<Integer> {

    @Parameters(paramLabel = "EXECUTION_ID", description = "The run's id, as `runs` lists it.")
    long executionId;

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = ApplicationContexts.open(options.asProperties())) {
            context.getBean(JobRunner.class).stop(executionId);
            spec.commandLine().getOut().println("run #" + executionId + " asked to stop; it stops after its current chunk");
            return ExitCodes.OK;
        }
    }
}
