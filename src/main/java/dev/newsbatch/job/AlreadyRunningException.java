package dev.newsbatch.job;

/** Another process is running the same job for the same site; this run did not start. */
public final class AlreadyRunningException extends RuntimeException {

    public AlreadyRunningException(String message) {
        super(message);
    }
}
