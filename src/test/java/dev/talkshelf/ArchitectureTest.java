package dev.talkshelf;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The house rules of ../shared/style.md, held where a break shows up as a red test. */
@AnalyzeClasses(packages = "dev.talkshelf", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("app").definedBy("dev.talkshelf.app..")
            .layer("ui").definedBy("dev.talkshelf.ui..")
            .layer("cli").definedBy("dev.talkshelf.cli..")
            .layer("service").definedBy("dev.talkshelf.service..")
            .layer("query").definedBy("dev.talkshelf.query..")
            .layer("formats").definedBy("dev.talkshelf.formats..")
            .layer("player").definedBy("dev.talkshelf.player..")
            .layer("catalog").definedBy("dev.talkshelf.catalog..")
            .layer("model").definedBy("dev.talkshelf.model..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("query").mayOnlyBeAccessedByLayers("app", "service")
            .whereLayer("formats").mayOnlyBeAccessedByLayers("app", "service", "cli")
            .whereLayer("player").mayOnlyBeAccessedByLayers("app", "service", "ui", "cli")
            .whereLayer("catalog").mayOnlyBeAccessedByLayers("app", "service", "query", "cli");

    @ArchTest
    static final ArchRule coreLayersHaveNoJavaFx = noClasses()
            .that().resideInAnyPackage("dev.talkshelf.model..", "dev.talkshelf.catalog..", "dev.talkshelf.query..",
                    "dev.talkshelf.service..", "dev.talkshelf.formats..", "dev.talkshelf.player..", "dev.talkshelf.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule windowNeverTouchesTheCatalog = noClasses()
            .that().resideInAPackage("dev.talkshelf.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.talkshelf.catalog..");

    @ArchTest
    static final ArchRule onlyTheCliPrintsToTheConsole = noClasses()
            .that().resideOutsideOfPackages("dev.talkshelf.cli..", "dev.talkshelf.app..")
            .should().accessField(System.class, "out");

    /** The window's packages, the root (MainWindow) included: each screen part is one slice. */
    private static final SliceAssignment WINDOW_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals("dev.talkshelf.ui")) {
                return SliceIdentifier.of("ui (the window)");
            }
            if (name.startsWith("dev.talkshelf.ui.")) {
                return SliceIdentifier.of("ui." + name.substring("dev.talkshelf.ui.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the window's packages";
        }
    };

    @ArchTest
    static final ArchRule windowPackagesPointOneWay = slices().assignedFrom(WINDOW_PACKAGES).should().beFreeOfCycles();
}
