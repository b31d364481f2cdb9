package dev.newsbatch.job;

import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Feeds a step's progress to the {@link ProgressDisplay}: the total at the start, then each written chunk. */
class ProgressListener implements StepExecutionListener, ItemWriteListener<Object> {

    private final ProgressDisplay display;
    private final String unit;
    private final ToLongFunction<StepExecution> total;
    private final Predicate<Object> rejected;
    private String step;
    private long done;
    private long rejectedCount;

    /**
     * @param unit     what the step processes, for the display ("pages", "files")
     * @param total    how many items the step will process, asked when it starts (-1 if not known)
     * @param rejected which written items count as rejected
     */
    ProgressListener(ProgressDisplay display, String unit, ToLongFunction<StepExecution> total,
            Predicate<Object> rejected) {
        this.display = display;
        this.unit = unit;
        this.total = total;
        this.rejected = rejected;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution.getStepName();
        done = 0;
        rejectedCount = 0;
        display.started(step, unit, total.applyAsLong(stepExecution));
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        done += items.size();
        for (Object item : items) {
            if (rejected.test(item)) {
                rejectedCount++;
            }
        }
        display.advanced(step, done, rejectedCount);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        display.finished(step, done, rejectedCount);
        return null;
    }
}
