package dev.newsbatch.cli;

/** The exit statuses of every command, as documented in README.md and ops/RUNBOOK.md; cron and scripts rely on them. */
public final class ExitCodes {
    /** The command did what it was asked. */
    public static final int OK = 0;
    /** A job ran and failed or was stopped (see {@code newsbatch runs --failed}); restart it once the cause is fixed. */
    public static final int JOB_FAILED = 1;
    /** Bad arguments, a path that does not exist, or a job definition that cannot be used. */
    public static final int USAGE = 2;
    /** The database could not be reached or the embedded one could not start. */
    public static final int DATABASE_UNREACHABLE = 3;
    /** Another run of the same job is in progress. */
    public static final int ALREADY_RUNNING = 4;
    /** Something unexpected; the message says what. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
