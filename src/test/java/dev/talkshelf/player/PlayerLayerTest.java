package dev.talkshelf.player;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The player is called by the service layer and reports through its listener; it never reaches up. */
class PlayerLayerTest {

    private static final JavaClasses PLAYER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.talkshelf.player");

    @Test
    void playerDoesNotUseJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(PLAYER);
    }

    @Test
    void playerDoesNotReachUpTheLayers() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "dev.talkshelf.service..", "dev.talkshelf.ui..", "dev.talkshelf.cli..",
                "dev.talkshelf.catalog..", "dev.talkshelf.query..", "dev.talkshelf.app..").check(PLAYER);
    }

    @Test
    void playerDoesNotUseAwtDesktop() {
        // java.awt.Desktop fails headless and on some Linux desktops; the system handler is a plain process.
        noClasses().should().dependOnClassesThat().resideInAPackage("java.awt..").check(PLAYER);
    }
}
