package dev.newsbatch.cli;

import dev.newsbatch.job.AlreadyRunningException;
import dev.newsbatch.site.SiteDefinitionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsbatch} command line: {@code java -jar target/newsbatch.jar COMMAND [OPTIONS]}. */
@Command(name = "newsbatch", mixinStandardHelpOptions = true, version = "newsbatch 0.1.0",
        description = "Scrape and clean news articles into PostgreSQL.",
        subcommands = {ImportCommand.class, CrawlCommand.class, CleanCommand.class, ExtractCommand.class,
                RunsCommand.class, ShowCommand.class, RestartCommand.class, StopCommand.class, ExportCommand.class,
                EvalCommand.class},
        footer = {"", "Exit status: 0 ok, 1 a job failed or was stopped, 2 bad arguments or job definition, 3 database unreachable, "
                + "4 another run of the job in progress."})
public final class NewsbatchMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command and returns its exit status; what {@link #main} does, without exiting (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with newsbatch's error handling: one line and an exit status per failure. */
    public static CommandLine commandLine() {
        return new CommandLine(new NewsbatchMain()).setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError error) {
                commandLine.getErr().println("newsbatch: " + error.getMessage());
                return error.exitCode();
            }
            if (ApplicationContexts.isDatabaseUnreachable(e)) {
                // the context started, so the database went away during the run; what it committed is kept
                commandLine.getErr().println("newsbatch: database unreachable during the run: "
                        + ApplicationContexts.connectionProblem(e) + "; when it is back, `newsbatch restart ID` "
                        + "continues the interrupted run (`newsbatch runs` lists it)");
                return ExitCodes.DATABASE_UNREACHABLE;
            }
            if (e instanceof AlreadyRunningException) {
                commandLine.getErr().println("newsbatch: " + e.getMessage());
                return ExitCodes.ALREADY_RUNNING;
            }
            if (e instanceof SiteDefinitionException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("newsbatch: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            commandLine.getErr().println("newsbatch: unexpected error: " + ApplicationContexts.rootMessage(e)
                    + " (" + e.getClass().getSimpleName() + ")");
            return ExitCodes.INTERNAL_ERROR;
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
