package uk.nhs.dma.api.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: core <- projections <- web <- api, and seeds builds on core alone. */
class ModuleDirectionTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.nhs.dma");
    }

    @Test
    void core_depends_on_no_other_module_nor_on_spring_sql_or_http() {
        noClasses().that().resideInAPackage("uk.nhs.dma.core..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.nhs.dma.projections..", "uk.nhs.dma.api..",
                        "uk.nhs.dma.web..", "uk.nhs.dma.seeds..", "org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta.servlet..", "java.net.http..")
                .check(classes);
    }

    @Test
    void projections_do_not_depend_on_the_api_or_the_seeds() {
        noClasses().that().resideInAPackage("uk.nhs.dma.projections..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.nhs.dma.api..", "uk.nhs.dma.web..",
                        "uk.nhs.dma.seeds..", "jakarta.servlet..", "org.springframework.web..")
                .check(classes);
    }

    /** Security is the application's: the pages only declare their access rules ({@code security.access}). */
    @Test
    void web_pages_depend_on_core_and_projections_only_never_on_the_api_or_the_seeds() {
        noClasses().that().resideInAPackage("uk.nhs.dma.web..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.nhs.dma.api..", "uk.nhs.dma.seeds..")
                .orShould().dependOnClassesThat(resideInAPackage("org.springframework.security..")
                        .and(not(resideInAPackage("org.springframework.security.access.."))))
                .check(classes);
    }

    @Test
    void seeds_do_not_depend_on_projections_or_the_api() {
        noClasses().that().resideInAPackage("uk.nhs.dma.seeds..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.nhs.dma.projections..", "uk.nhs.dma.api..",
                        "uk.nhs.dma.web..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
