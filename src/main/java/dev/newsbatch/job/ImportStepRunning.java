package dev.newsbatch.job;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Whether the import step beside a clean step, in the same import run, may still store pages: it is running, or it is
 * yet to start (it starts at the same time as the clean step, so it may not show yet). A restarted run whose earlier
 * execution completed the import does not import again.
 */
final class ImportStepRunning implements BooleanSupplier {

    /** How long an import step that does not show up is waited for (it failed before it could start). */
    private static final Duration START_GRACE = Duration.ofMinutes(1);

    private final JobRepository repository;
    private final StepExecution cleanStep;
    private final Instant startedAt = Instant.now();

    ImportStepRunning(JobRepository repository, StepExecution cleanStep) {
        this.repository = repository;
        this.cleanStep = cleanStep;
    }

    @Override
    public boolean getAsBoolean() {
        StepExecution importStep = repository.getLastStepExecution(cleanStep.getJobExecution().getJobInstance(),
                ImportJobConfiguration.STEP_NAME);
        if (importStep != null && importStep.getJobExecutionId() == cleanStep.getJobExecutionId()) {
            return importStep.getStatus().isRunning();
        }
        boolean importedBefore = importStep != null && importStep.getStatus() == BatchStatus.COMPLETED;
        return !importedBefore && Instant.now().isBefore(startedAt.plus(START_GRACE));
    }
}
