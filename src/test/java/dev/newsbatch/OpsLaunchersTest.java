package dev.newsbatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.testing.NewsbatchProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launchers in {@code ops/} start newsbatch with the options of {@code ops/jvm.options} and nothing of their own,
 * so the heap and compiler settings the benchmarks and process tests measure (see {@link NewsbatchProcess}) are those
 * that production runs with.
 */
class OpsLaunchersTest {

    private static final Path OPS = Path.of("ops");
    /** A java command line that runs the jar: what stands between {@code java} and {@code -jar}. */
    private static final Pattern JAVA_COMMAND = Pattern.compile("java\"?((?:[ ,]+\"?[^ ,\"]+\"?)*?)[ ,]+\"?-jar\\b");

    @Test
    void everyLauncherPassesTheOptionsFileAndNoOptionsOfItsOwn() throws IOException {
        List<Path> launchers;
        try (Stream<Path> files = Files.walk(OPS)) {
            launchers = files.filter(Files::isRegularFile).filter(OpsLaunchersTest::runsTheJar).toList();
        }
        assertThat(launchers).extracting(path -> OPS.relativize(path).toString())
                .contains("crontab.example", "systemd/newsbatch@.service", "kubernetes/cronjob.yaml", "RUNBOOK.md");
        for (Path launcher : launchers) {
            Matcher command = JAVA_COMMAND.matcher(Files.readString(launcher));
            assertThat(command.find()).as("%s starts java -jar", launcher).isTrue();
            assertThat(command.group(1).replaceAll("[\",]", " ").trim().split(" +"))
                    .as("the options %s gives java", launcher).hasSize(1)
                    .allMatch(option -> option.matches("@(/opt/newsbatch/)?jvm\\.options"));
        }
    }

    @Test
    void theOptionsFileGivesTheHeapTheProcessTestsAssume() throws IOException {
        List<String> options = Files.readAllLines(NewsbatchProcess.OPS_JVM_OPTIONS).stream()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

        assertThat(options).contains("-Xmx" + NewsbatchProcess.HEAP).allMatch(option -> option.startsWith("-X"));
    }

    private static boolean runsTheJar(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("newsbatch.jar") && JAVA_COMMAND.matcher(text).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
