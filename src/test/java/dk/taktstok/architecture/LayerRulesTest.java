package dk.taktstok.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md: data flows one way, file → io → model → analysis → chart.layout → scene →
 * render, and each package knows only the steps before it. One rule a method, each with its reason.
 * Packages that do not exist yet are allowed to be empty, so a rule holds from the first class on.
 */
class LayerRulesTest {

    private static JavaClasses taktstok;

    @BeforeAll
    static void importMainClasses() {
        taktstok = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.taktstok");
    }

    @Test
    void modelUsesOnlyTheJdk() {
        classes().that().resideInAPackage("dk.taktstok.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dk.taktstok.model..", "java..")
                .because("the study model is plain immutable data that every layer shares;"
                        + " a library type in it would leak into all of them")
                .check(taktstok);
    }

    @Test
    void analysisUsesOnlyTheModel() {
        classes().that().resideInAPackage("dk.taktstok.analysis..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dk.taktstok.analysis..", "dk.taktstok.model..", "java..")
                .because("measures are pure functions of the study, testable without files, charts or a window")
                .check(taktstok);
    }

    @Test
    void claimsUseOnlyModelAnalysisAndScales() {
        classes().that().resideInAPackage("dk.taktstok.claims..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dk.taktstok.claims..",
                        "dk.taktstok.model..", "dk.taktstok.analysis..", "dk.taktstok.scales..", "java..")
                .because("checking a draft's claims is text and numbers: the same check serves the command line"
                        + " and the desktop, and is tested without files or a window")
                .check(taktstok);
    }

    @Test
    void ioKnowsOnlyTheModelAndItsLibraries() {
        noClasses().that().resideInAPackage("dk.taktstok.io..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dk.taktstok.analysis..", "dk.taktstok.chart..", "dk.taktstok.render..",
                        "dk.taktstok.viewmodel..", "dk.taktstok.ui..", "dk.taktstok.cli..", "dk.taktstok.app..",
                        "javafx..", "org.controlsfx..")
                .because("readers turn files into a study and nothing else; what is done with the study is"
                        + " decided by the layers after them")
                .check(taktstok);
    }

    @Test
    void onlyIoTouchesFileFormatLibraries() {
        noClasses().that().resideOutsideOfPackages("dk.taktstok.io..", "dk.taktstok.chart.theme..",
                        "dk.taktstok.cli..", "dk.taktstok.app..", "dk.taktstok.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "tools.jackson..")
                .because("POI and Jackson are how files are read and written (studies in io, theme files in"
                        + " chart.theme); the rest of the program sees only records, so a file format can change"
                        + " without touching measures, layout or views")
                .allowEmptyShould(true)
                .check(taktstok);
    }

    @Test
    void chartLayoutUsesModelAnalysisAndScene() {
        classes().that().resideInAPackage("dk.taktstok.chart.layout..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dk.taktstok.chart.layout..",
                        "dk.taktstok.chart.scene..", "dk.taktstok.chart.theme..", "dk.taktstok.analysis..",
                        "dk.taktstok.model..", "java..")
                .because("every layout decision is made once, from the study and its measures,"
                        + " so the screen and every export show the same chart")
                .allowEmptyShould(true)
                .check(taktstok);
    }

    @Test
    void themeKnowsOnlyTheSceneAndItsFileFormat() {
        classes().that().resideInAPackage("dk.taktstok.chart.theme..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dk.taktstok.chart.theme..",
                        "dk.taktstok.chart.scene..", "tools.jackson..", "java..")
                .because("a theme is colours, sizes and font files in the scene's terms; it must not know"
                        + " studies or charts, so a newsroom's theme fits every chart")
                .allowEmptyShould(true)
                .check(taktstok);
    }

    @Test
    void exportKnowsChartsAndRenderersButNoViews() {
        noClasses().that().resideInAPackage("dk.taktstok.export..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.taktstok.io..", "dk.taktstok.viewmodel..",
                        "dk.taktstok.ui..", "javafx..")
                .because("exporting turns laid-out charts into files; the command line and the desktop share it,"
                        + " so it must not need a window or a file reader")
                .allowEmptyShould(true)
                .check(taktstok);
    }

    @Test
    void onlyTheCompositionRootsUseTheExporter() {
        noClasses().that().resideOutsideOfPackages("dk.taktstok.export..", "dk.taktstok.cli..", "dk.taktstok.app..")
                .should().dependOnClassesThat().resideInAPackage("dk.taktstok.export..")
                .because("view-models reach the exporter through a seam, so they are tested without renderers")
                .allowEmptyShould(true)
                .check(taktstok);
    }

    @Test
    void sceneDependsOnNothing() {
        classes().that().resideInAPackage("dk.taktstok.chart.scene..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dk.taktstok.chart.scene..", "java..")
                .because("the scene is resolved primitives that any renderer can translate")
                .allowEmptyShould(true)
                .check(taktstok);
    }

    @Test
    void renderersOnlyTranslateTheScene() {
        noClasses().that().resideInAPackage("dk.taktstok.render..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.taktstok.model..",
                        "dk.taktstok.analysis..", "dk.taktstok.chart.layout..", "dk.taktstok.io..",
                        "dk.taktstok.viewmodel..", "dk.taktstok.ui..")
                .because("a renderer that made its own decisions would draw a different chart than the others")
                .allowEmptyShould(true)
                .check(taktstok);
    }

    @Test
    void viewModelsSeeNoControls() {
        noClasses().that().resideInAPackage("dk.taktstok.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "org.controlsfx..", "dk.taktstok.ui..", "dk.taktstok.render..")
                .because("view-models hold state and commands and are tested without the JavaFX toolkit;"
                        + " only javafx.beans and javafx.collections belong there")
                .allowEmptyShould(true)
                .check(taktstok);
    }

    @Test
    void viewsGoThroughViewModels() {
        noClasses().that().resideInAPackage("dk.taktstok.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.taktstok.io..", "dk.taktstok.analysis..",
                        "dk.taktstok.chart.layout..", "dk.taktstok.cli..", "dk.taktstok.app..")
                .because("views only bind to view-models; logic in a view cannot be tested without a window")
                .allowEmptyShould(true)
                .check(taktstok);
    }

    @Test
    void nothingDependsOnTheCompositionRoots() {
        noClasses().that().resideOutsideOfPackages("dk.taktstok.app..", "dk.taktstok.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.taktstok.app..", "dk.taktstok.cli..")
                .because("the desktop app and the command line only wire the layers together")
                .check(taktstok);
    }

    @Test
    void theCommandLineDoesNotReachIntoTheDesktop() {
        noClasses().that().resideInAPackage("dk.taktstok.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.taktstok.app..", "dk.taktstok.ui..",
                        "dk.taktstok.viewmodel..", "javafx.scene..", "javafx.stage..")
                .because("the command line runs where there is no display")
                .check(taktstok);
    }
}
