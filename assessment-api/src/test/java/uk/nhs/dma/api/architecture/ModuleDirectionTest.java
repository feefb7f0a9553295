package uk.nhs.dma.api.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: core <- event-store <- projections <- web <- api; embedded-postgres stands alone;
 * seeds builds on core alone; the api is the one module that depends on all of them.
 */
class ModuleDirectionTest {

    private static final String CORE = "uk.nhs.dma.core..";
    private static final String EVENT_STORE = "uk.nhs.dma.eventstore..";
    private static final String EMBEDDED = "uk.nhs.dma.embedded..";
    private static final String PROJECTIONS = "uk.nhs.dma.projections..";
    private static final String WEB = "uk.nhs.dma.web..";
    private static final String SEEDS = "uk.nhs.dma.seeds..";
    private static final String API = "uk.nhs.dma.api..";

    private static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.nhs.dma");
    }

    @Test
    void core_depends_on_no_other_module_nor_on_spring_sql_or_http() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(EVENT_STORE, EMBEDDED, PROJECTIONS, API, WEB, SEEDS,
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..", "java.net.http..")
                .check(classes);
    }

    @Test
    void the_event_store_depends_on_core_only_never_on_http_nor_on_the_http_mapper() {
        noClasses().that().resideInAPackage(EVENT_STORE)
                .should().dependOnClassesThat().resideInAnyPackage(EMBEDDED, PROJECTIONS, API, WEB, SEEDS,
                        "jakarta.servlet..", "org.springframework.web..", "org.springframework.http..",
                        "org.springframework.security..", "tools.jackson..")
                .check(classes);
    }

    @Test
    void the_embedded_database_depends_on_no_other_module() {
        noClasses().that().resideInAPackage(EMBEDDED)
                .should().dependOnClassesThat().resideInAnyPackage(CORE, EVENT_STORE, PROJECTIONS, API, WEB, SEEDS,
                        "jakarta.servlet..", "org.springframework.web..")
                .check(classes);
    }

    @Test
    void projections_do_not_depend_on_the_api_or_the_seeds() {
        noClasses().that().resideInAPackage(PROJECTIONS)
                .should().dependOnClassesThat().resideInAnyPackage(API, WEB, SEEDS, EMBEDDED,
                        "jakarta.servlet..", "org.springframework.web..")
                .check(classes);
    }

    /** Security is the application's: the pages only declare their access rules ({@code security.access}). */
    @Test
    void web_pages_depend_on_core_and_projections_only_never_on_the_api_or_the_seeds() {
        noClasses().that().resideInAPackage(WEB)
                .should().dependOnClassesThat().resideInAnyPackage(API, SEEDS, EVENT_STORE, EMBEDDED)
                .orShould().dependOnClassesThat(resideInAPackage("org.springframework.security..")
                        .and(not(resideInAPackage("org.springframework.security.access.."))))
                .check(classes);
    }

    @Test
    void seeds_do_not_depend_on_projections_or_the_api() {
        noClasses().that().resideInAPackage(SEEDS)
                .should().dependOnClassesThat().resideInAnyPackage(PROJECTIONS, API, WEB, EVENT_STORE, EMBEDDED)
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The api is the application that wires every module: it uses each of them, and nothing uses it. */
    @Test
    void the_api_depends_on_every_other_module() {
        Set<String> used = new TreeSet<>();
        classes.stream().filter(c -> c.getPackageName().startsWith("uk.nhs.dma.api"))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(Dependency::getTargetClass)
                .map(target -> target.getPackageName().split("\\."))
                .filter(parts -> parts.length > 3 && parts[0].equals("uk") && parts[2].equals("dma"))
                .forEach(parts -> used.add(parts[3]));
        assertThat(used).contains("core", "eventstore", "embedded", "projections", "web", "seeds");
    }
}
