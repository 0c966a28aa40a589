package dk.taktstok.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md: data flows one way, file → io → model → analysis → chart.layout → scene →
 * render, and each package knows only the steps before it. One rule a method, each with its reason.
 * No rule passes on an empty selection (ArchUnit's default), and {@link #everyPackageTheRulesNameHasClasses}
 * fails when a package a rule names is renamed away, so a rule cannot go on passing without checking anything.
 */
class LayerRulesTest {

    /** The ground floor of io: what every reader shares. The package itself, not the readers under it. */
    private static final String IO_GROUND = "dk.taktstok.io";
    private static final String IO_STORE = "dk.taktstok.io.store..";
    private static final String IO = "dk.taktstok.io..";

    /**
     * The readers, and the readers each may build on: a reader depends on the ground floor, the model and
     * the readers listed here, never on another (docs/decisions/0011). Respondent rows are counted into
     * tables ({@code table}); CSV and Excel files hold tables or respondent rows. The Excel reader does not
     * read text: the dispatcher in io.store hands text to the CSV reader.
     */
    private static final Map<String, List<String>> READERS = Map.of(
            "table", List.of(),
            "respondents", List.of("table"),
            "csv", List.of("table", "respondents"),
            "excel", List.of("table", "respondents"),
            "json", List.of(),
            "article", List.of());

    /**
     * What of the ground floor the rest of the program may name: the words a read is described in.
     * The reader interface, the limits and the helpers of reading are for the readers alone.
     */
    private static final List<String> IO_WORDS = List.of("Problem", "Severity", "SourceMap", "ReadOptions",
            "ReadProgress", "Layout", "Refusals");

    /** Every package a rule names as a layer; each must hold classes, or the rules would check nothing there. */
    private static final List<String> LAYERS = List.of("dk.taktstok.model..", "dk.taktstok.analysis..",
            "dk.taktstok.scales..", "dk.taktstok.text..", IO_GROUND, "dk.taktstok.io.table..", "dk.taktstok.io.respondents..",
            "dk.taktstok.io.csv..", "dk.taktstok.io.excel..", "dk.taktstok.io.json..", "dk.taktstok.io.article..",
            IO_STORE, "dk.taktstok.claims..",
            "dk.taktstok.chart.layout..", "dk.taktstok.chart.scene..", "dk.taktstok.chart.theme..",
            "dk.taktstok.render..", "dk.taktstok.export..", "dk.taktstok.viewmodel..", "dk.taktstok.ui..",
            "dk.taktstok.cli..", "dk.taktstok.app..");

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
                .resideInAnyPackage("dk.taktstok.analysis..", "dk.taktstok.model..", "java..",
                        "org.apache.commons.math3..")
                .because("measures are pure functions of the study, testable without files, charts or a window;"
                        + " the tests between groups take their distribution functions from Commons Math"
                        + " (docs/decisions/0022), which is as pure")
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
    void onlyIoTouchesFileFormatLibraries() {
        noClasses().that().resideOutsideOfPackages("dk.taktstok.io..", "dk.taktstok.chart.theme..",
                        "dk.taktstok.cli..", "dk.taktstok.app..", "dk.taktstok.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "tools.jackson..")
                .because("POI and Jackson are how files are read and written (studies in io, theme files in"
                        + " chart.theme); the rest of the program sees only records, so a file format can change"
                        + " without touching measures, layout or views")
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
                .check(taktstok);
    }

    @Test
    void themeKnowsOnlyTheSceneAndItsFileFormat() {
        classes().that().resideInAPackage("dk.taktstok.chart.theme..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dk.taktstok.chart.theme..",
                        "dk.taktstok.chart.scene..", "tools.jackson..", "java..")
                .because("a theme is colours, sizes and font files in the scene's terms; it must not know"
                        + " studies or charts, so a newsroom's theme fits every chart")
                .check(taktstok);
    }

    @Test
    void exportKnowsChartsAndRenderersButNoViews() {
        noClasses().that().resideInAPackage("dk.taktstok.export..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.taktstok.io..", "dk.taktstok.viewmodel..",
                        "dk.taktstok.ui..", "javafx..")
                .because("exporting turns laid-out charts into files; the command line and the desktop share it,"
                        + " so it must not need a window or a file reader")
                .check(taktstok);
    }

    @Test
    void onlyTheCompositionRootsUseTheExporter() {
        noClasses().that().resideOutsideOfPackages("dk.taktstok.export..", "dk.taktstok.cli..", "dk.taktstok.app..")
                .should().dependOnClassesThat().resideInAPackage("dk.taktstok.export..")
                .because("view-models reach the exporter through a seam, so they are tested without renderers")
                .check(taktstok);
    }

    @Test
    void sceneDependsOnNothing() {
        classes().that().resideInAPackage("dk.taktstok.chart.scene..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dk.taktstok.chart.scene..", "java..")
                .because("the scene is resolved primitives that any renderer can translate")
                .check(taktstok);
    }

    @Test
    void renderersOnlyTranslateTheScene() {
        noClasses().that().resideInAPackage("dk.taktstok.render..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.taktstok.model..",
                        "dk.taktstok.analysis..", "dk.taktstok.chart.layout..", "dk.taktstok.io..",
                        "dk.taktstok.viewmodel..", "dk.taktstok.ui..")
                .because("a renderer that made its own decisions would draw a different chart than the others")
                .check(taktstok);
    }

    @Test
    void viewModelsSeeNoControls() {
        DescribedPredicate<JavaClass> javafxBeyondPropertiesAndCollections = resideInAPackage("javafx..")
                .and(DescribedPredicate.not(resideInAnyPackage("javafx.beans..", "javafx.collections..")))
                .as("JavaFX beyond javafx.beans and javafx.collections");
        noClasses().that().resideInAPackage("dk.taktstok.viewmodel..")
                .should().dependOnClassesThat(javafxBeyondPropertiesAndCollections)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.controlsfx..", "dk.taktstok.ui..",
                        "dk.taktstok.render..")
                .because("view-models hold state and commands and are tested without the JavaFX toolkit;"
                        + " only javafx.beans and javafx.collections belong there")
                .check(taktstok);
    }

    @Test
    void viewsGoThroughViewModels() {
        noClasses().that().resideInAPackage("dk.taktstok.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.taktstok.io..", "dk.taktstok.analysis..",
                        "dk.taktstok.chart.layout..", "dk.taktstok.cli..", "dk.taktstok.app..")
                .because("views only bind to view-models; logic in a view cannot be tested without a window")
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

    @Test
    void scalesUseOnlyTheModel() {
        classes().that().resideInAPackage("dk.taktstok.scales..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dk.taktstok.scales..", "dk.taktstok.model..",
                        "java..")
                .because("which answers form a scale is decided from their words alone, so every reader, and"
                        + " the desktop, recognise a scale the same way")
                .check(taktstok);
    }

    @Test
    void textUsesOnlyTheJdk() {
        classes().that().resideInAPackage("dk.taktstok.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dk.taktstok.text..", "java..")
                .because("numbers written as text are read alike by the table finder and the data grid,"
                        + " which share nothing else")
                .check(taktstok);
    }

    @Test
    void ioGroundFloorUsesOnlyTheModel() {
        classes().that().resideInAPackage(IO_GROUND)
                .should().onlyDependOnClassesThat().resideInAnyPackage(IO_GROUND, "dk.taktstok.model..", "java..")
                .because("the ground floor is what every reader shares (problems, places, options, limits, the"
                        + " reader interface); a reader or the store in it would tie every reader to every other")
                .check(taktstok);
    }

    @Test
    void tableReaderBuildsOnTheGroundFloorOnly() {
        readerRule("table").because("finding tables in a grid of cells is what the file readers share;"
                + " it knows no file format").check(taktstok);
    }

    @Test
    void respondentReaderBuildsOnTheTableReader() {
        readerRule("respondents").because("respondent rows are counted into survey tables, and know no file"
                + " format").check(taktstok);
    }

    @Test
    void csvReaderBuildsOnTheTableAndRespondentReaders() {
        readerRule("csv").because("a CSV file holds a table or respondent rows; it is read into cells and"
                + " handed on, and knows no other format").check(taktstok);
    }

    @Test
    void excelReaderBuildsOnTheTableAndRespondentReadersNotOnCsv() {
        readerRule("excel", "org.apache.poi..", "org.apache.commons..", "javax.xml..", "org.xml.sax..")
                .because("a workbook holds tables or respondent rows; text that is not a workbook is handed"
                        + " to the CSV reader by the dispatcher in io.store, not by the Excel reader")
                .check(taktstok);
    }

    @Test
    void jsonReaderBuildsOnTheGroundFloorOnly() {
        readerRule("json", "tools.jackson..").because("a study file is read by a mapping of its own; it finds"
                + " no tables and counts no respondents").check(taktstok);
    }

    @Test
    void articleReaderBuildsOnTheGroundFloorOnly() {
        readerRule("article", "org.apache.poi..").because("a draft is text, or a Word document read with POI; it"
                + " holds no study, so it builds on no other reader").check(taktstok);
    }

    @Test
    void ioStoreIsTheTopFloor() {
        classes().that().resideInAPackage(IO_STORE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(IO, "dk.taktstok.model..",
                        "dk.taktstok.analysis..", "java..")
                .because("opening any file, saving and recovery sit on the readers and the study checks"
                        + " (analysis), and below every use of them")
                .check(taktstok);
    }

    @Test
    void theRestEntersIoThroughTheTopFloor() {
        DescribedPredicate<JavaClass> groundFloorTools = DescribedPredicate.describe("", (JavaClass c) ->
                c.getPackageName().equals(IO_GROUND) && !IO_WORDS.contains(topLevelName(c)));
        DescribedPredicate<JavaClass> readersAndTheirTools = resideInAnyPackage(readerPackages()).or(groundFloorTools)
                .as("a reader, or the ground floor of io beyond " + String.join(", ", IO_WORDS));
        noClasses().that().resideOutsideOfPackage(IO)
                .should().dependOnClassesThat(readersAndTheirTools)
                .because("the command line, the view-models and the app open and save studies through io.store"
                        + " and speak of a read in the ground floor's words (a problem, its place, the read"
                        + " options); a reader can change without them")
                .check(taktstok);
    }

    @Test
    void noCyclesAtAnyPackageDepth() {
        slices().matching("dk.taktstok.(**)").should().beFreeOfCycles()
                .because("data flows one way; two packages that need each other are one package in two places,"
                        + " and neither can be understood or tested alone")
                .check(taktstok);
    }

    @Test
    void everyPackageTheRulesNameHasClasses() {
        List<String> empty = new ArrayList<>();
        for (String layer : LAYERS) {
            if (taktstok.that(resideInAPackage(layer)).isEmpty()) {
                empty.add(layer);
            }
        }
        assertThat(empty).as("packages the layer rules name but that hold no classes (renamed away?)").isEmpty();
    }

    /**
     * The rule of one reader: it uses the ground floor, the model, the scale vocabulary, numbers as text,
     * the readers {@link #READERS} lets it build on, the JDK and the libraries of its format.
     */
    private static ClassesShouldConjunction readerRule(String reader, String... libraries) {
        List<String> allowed = new ArrayList<>(List.of(IO_GROUND, "dk.taktstok.io." + reader + "..",
                "dk.taktstok.model..", "dk.taktstok.scales..", "dk.taktstok.text..", "java.."));
        READERS.get(reader).forEach(below -> allowed.add("dk.taktstok.io." + below + ".."));
        allowed.addAll(List.of(libraries));
        return classes().that().resideInAPackage("dk.taktstok.io." + reader + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new));
    }

    /** "ReadProgress" for ReadProgress and for the classes nested in it. */
    private static String topLevelName(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private static String[] readerPackages() {
        return READERS.keySet().stream().map(reader -> "dk.taktstok.io." + reader + "..").toArray(String[]::new);
    }
}
