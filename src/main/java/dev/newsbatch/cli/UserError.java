package dev.newsbatch.cli;

/** A failure to report as one line and an exit status, never as a stack trace. */
final class UserError extends RuntimeException {

    private final int exitCode;

    UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
