package dev.newsbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached is one line and its own exit status, quickly, never a stack trace. */
class DatabaseUnreachableIT {

    @AfterEach
    void forget() {
        System.clearProperty("newsbatch.db.url");
    }

    @Test
    void refusedConnectionExitsWithTheDatabaseStatus() {
        // port 1 on loopback: nothing listens there, so the connection is refused at once
        System.setProperty("newsbatch.db.url", "jdbc:postgresql://127.0.0.1:1/newsbatch");
        Instant start = Instant.now();
        Cli.Result result = Cli.run("runs");
        assertThat(result.exit()).isEqualTo(ExitCodes.DATABASE_UNREACHABLE);
        assertThat(result.err().strip()).startsWith("newsbatch: database unreachable:").doesNotContain("\tat ")
                .hasLineCount(1);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
    }
}
