package dev.newsbatch.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * newsbatch run as its users run it: a JVM of its own with the options the ops launchers give it
 * ({@code ops/jvm.options}), pointed at a test database, its output in a log file. For what only a separate process
 * shows: a kill, a heap limit, the peak memory.
 */
public final class NewsbatchProcess {

    /** The heap every launcher in {@code ops/} gives newsbatch (in {@link #OPS_JVM_OPTIONS}). */
    public static final String HEAP = "512m";
    /** The JVM options of the launchers in {@code ops/}, as a file the {@code java} command reads (an @-file). */
    public static final Path OPS_JVM_OPTIONS = Path.of("ops", "jvm.options");

    private NewsbatchProcess() {
    }

    /**
     * Starts {@code mainClass} (newsbatch's own, or a wrapper around it) with the command's arguments.
     *
     * @param jvmOptions further options for the JVM, before the class
     */
    public static Process start(TestDatabase.Connection database, Path log, List<String> jvmOptions, String mainClass,
            String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, opsJvmOptions(),
                "-cp", System.getProperty("java.class.path"),
                "-Dnewsbatch.db.url=" + database.url(), "-Dnewsbatch.db.user=" + database.user(),
                "-Dnewsbatch.db.password=" + (database.password() == null ? "" : database.password())));
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The argument that gives a child JVM the options of the ops launchers (the tests run in the repository). */
    public static String opsJvmOptions() {
        return "@" + OPS_JVM_OPTIONS.toAbsolutePath();
    }
}
