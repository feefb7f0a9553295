package uk.nhs.dma.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.Assessment;
import uk.nhs.dma.core.organisation.Organisation;

/** The domain core stays free of frameworks, persistence, the web and the other modules. */
class CoreArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.nhs.dma.core");
    }

    @Test
    void the_production_classes_of_the_core_are_imported() {
        assertThat(core.contain(Organisation.class)).isTrue();
        assertThat(core.contain(Assessment.class)).isTrue();
        assertThat(core.contain(CoreArchitectureTest.class)).as("test classes are left out").isFalse();
    }

    @Test
    void core_does_not_depend_on_spring_persistence_servlets_or_other_modules() {
        ArchRule rule = noClasses().that().resideInAPackage("uk.nhs.dma.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta.servlet..",
                        "jakarta.persistence..",
                        "uk.nhs.dma.projections..",
                        "uk.nhs.dma.api..",
                        "uk.nhs.dma.seeds..")
                .because("the core holds commands, events, aggregates and pure rules only");
        rule.check(core);
    }
}
