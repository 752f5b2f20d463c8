package dev.talkshelf.formats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** formats is bytes in, model objects out: no UI toolkit and no reaching up into the catalog or services. */
class FormatsLayerTest {
    private final JavaClasses formats = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.talkshelf.formats");

    @Test
    void formatsDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("dev.talkshelf.formats..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(formats);
    }

    @Test
    void formatsDoesNotDependOnUpperLayers() {
        noClasses().that().resideInAPackage("dev.talkshelf.formats..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.talkshelf.catalog..", "dev.talkshelf.service..",
                        "dev.talkshelf.ui..", "dev.talkshelf.cli..", "dev.talkshelf.app..")
                .check(formats);
    }
}
