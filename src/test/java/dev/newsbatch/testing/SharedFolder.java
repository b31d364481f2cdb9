package dev.newsbatch.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ../shared/}, beside the project on the developers' machines and CI but not part of the repository. Tests that
 * read it skip, saying why, where it is absent (as in a user's fresh clone).
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    /** The folder below ../shared, or a skipped test with a message when it is absent. */
    public static Path require(String relative) {
        Path path = Path.of("..", "shared").resolve(relative).toAbsolutePath().normalize();
        assumeTrue(Files.exists(path), "../shared/" + relative + " is absent (not part of the repository); skipping");
        return path;
    }
}
