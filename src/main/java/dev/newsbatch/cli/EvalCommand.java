package dev.newsbatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code eval}: placeholder until the evaluation command lands. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure the cleaner on a labelled corpus.")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError(ExitCodes.USAGE, "eval is not available in this build yet");
    }
}
