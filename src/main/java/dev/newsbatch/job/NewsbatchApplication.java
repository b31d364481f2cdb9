package dev.newsbatch.job;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application behind the commands that use the database: job repository, jobs, stores. */
@SpringBootApplication
public class NewsbatchApplication {
}
