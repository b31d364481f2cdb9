package dev.newsbatch.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * newsbatch run as its users run it: a JVM of its own with the heap the ops files give it, pointed at a test database,
 * its output in a log file. For what only a separate process shows: a kill, a heap limit, the peak memory.
 */
public final class NewsbatchProcess {

    /** The heap every launcher in {@code ops/} gives newsbatch. */
    public static final String HEAP = "512m";

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
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + HEAP, "-cp", System.getProperty("java.class.path"),
                "-Dnewsbatch.db.url=" + database.url(), "-Dnewsbatch.db.user=" + database.user(),
                "-Dnewsbatch.db.password=" + (database.password() == null ? "" : database.password())));
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
