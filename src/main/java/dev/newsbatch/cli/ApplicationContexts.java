package dev.newsbatch.cli;

import dev.newsbatch.job.NewsbatchApplication;
import dev.newsbatch.store.DatabaseServer;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for a command that needs the database, and turns a database that cannot be reached
 * into a {@link UserError} with a one-line reason.
 */
final class ApplicationContexts {

    private ApplicationContexts() {
    }

    static ConfigurableApplicationContext open(List<String> properties) {
        List<String> args = new ArrayList<>(properties);
        SpringApplication application = new SpringApplication(NewsbatchApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setRegisterShutdownHook(true);
        ConfigurableApplicationContext context;
        try {
            context = application.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            if (isDatabaseUnreachable(e)) {
                throw new UserError(ExitCodes.DATABASE_UNREACHABLE, "database unreachable: " + connectionProblem(e));
            }
            throw e;
        }
        System.err.println("newsbatch: database: " + context.getBean(DatabaseServer.class).description());
        return context;
    }

    /** Whether the failure is the database being unreachable (refused, gone, shut down, bad login), at start or later. */
    static boolean isDatabaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")
                    || sql.getSQLState().startsWith("57P")
                    || sql.getSQLState().equals("3D000"))
                    || t instanceof IllegalStateException && String.valueOf(t.getMessage()).startsWith("cannot start the embedded")
                    || t.getClass().getName().equals("com.zaxxer.hikari.pool.HikariPool$PoolInitializationException")) {
                return true;
            }
        }
        return false;
    }

    /** The most telling message: the database driver's own, else the deepest one. */
    static String connectionProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof IllegalStateException
                    && String.valueOf(t.getMessage()).startsWith("cannot start the embedded")) {
                return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
            }
        }
        return rootMessage(e);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
