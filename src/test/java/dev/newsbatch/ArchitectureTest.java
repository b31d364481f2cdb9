package dev.newsbatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of DESIGN.md: extraction is a pure library, sources know only pages, nothing points outward. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.newsbatch");
    }

    @Test
    void extractionDependsOnTheJdkJsoupAndPagesOnly() {
        classes().that().resideInAPackage("dev.newsbatch.extract..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jsoup..",
                        "org.mozilla.universalchardet..", "dev.newsbatch.extract..", "dev.newsbatch.page..")
                .check(classes);
    }

    @Test
    void pagesDependOnTheJdkOnly() {
        classes().that().resideInAPackage("dev.newsbatch.page..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.newsbatch.page..")
                .check(classes);
    }

    @Test
    void sourcesKnowPagesButNotExtractionStorageOrJobs() {
        noClasses().that().resideInAPackage("dev.newsbatch.source..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsbatch.extract..", "dev.newsbatch.store..",
                        "dev.newsbatch.job..", "dev.newsbatch.cli..", "org.springframework..")
                .check(classes);
    }

    @Test
    void storageKnowsNoJobsNorCommands() {
        noClasses().that().resideInAPackage("dev.newsbatch.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsbatch.job..", "dev.newsbatch.cli..",
                        "dev.newsbatch.source..", "org.springframework.batch..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineKnowsTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("dev.newsbatch.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.newsbatch.cli..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.newsbatch.(*)..").should().beFreeOfCycles().check(classes);
    }
}
