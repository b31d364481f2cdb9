package dev.newsbatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code restart}: continue a failed, stopped or killed run. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Continue a failed, stopped or killed run from its last commit, with the same parameters.",
                "A run left STARTED by a killed process (kill -9, a crash, a reboot) is detected as dead, because no "
                        + "live process holds its lock, and marked failed before it is restarted."})
final class RestartCommand implements Callable<Integer> {

    @Parameters(paramLabel = "EXECUTION_ID", description = "The run's id, as `runs` lists it.")
    long executionId;

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return JobCommands.run(spec, options.asProperties(), runner -> runner.restart(executionId));
    }
}
