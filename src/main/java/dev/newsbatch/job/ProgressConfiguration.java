package dev.newsbatch.job;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses how progress is shown ({@code newsbatch.progress}: {@code bar}, {@code log} or {@code none}; the CLI picks
 * bar on a terminal, log otherwise, none with --quiet).
 */
@Configuration(proxyBeanMethods = false)
public class ProgressConfiguration {

    @Bean
    ProgressDisplay progressDisplay(@Value("${newsbatch.progress:none}") String mode,
            @Value("${newsbatch.progress-interval:PT30S}") Duration interval) {
        return switch (mode) {
            case "bar" -> new TerminalProgressBar(System.err);
            case "log" -> new IntervalLogProgress(interval);
            case "none" -> ProgressDisplay.NONE;
            default -> throw new IllegalArgumentException("newsbatch.progress must be bar, log or none, not " + mode);
        };
    }
}
