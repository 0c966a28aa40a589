package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.layout.LaidOutChart;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import dk.taktstok.testing.InLanguage;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChartViewModelTest {

    @RegisterExtension
    static InLanguage words = InLanguage.danish();

    private static final Study SAMPLE = SampleStudy.load();
    private static final String ROW_1 = "invites-associations";

    private DocumentViewModel document;
    private ChartViewModel chart;

    @BeforeEach
    void openTheSample() {
        document = new DocumentViewModel(SAMPLE);
        chart = new ChartViewModel(document, ChartLayout.standard(), ThemeFiles.standard());
    }

    private LaidOutChart.DataPoint point(String target, String category) {
        return chart.laidOut().dataPoints().stream()
                .filter(p -> p.target().equals(target) && java.util.Objects.equals(p.category(), category))
                .findFirst().orElseThrow();
    }

    private Annotation annotation(String id) {
        return chart.chart().orElseThrow().annotations().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no annotation " + id));
    }

    private String sceneText(String prefix) {
        return chart.laidOut().scene().texts().stream().filter(t -> t.id().startsWith(prefix)).map(SceneText::text)
                .collect(Collectors.joining(" "));
    }

    /** The texts drawn for an annotation, joined. */
    private String annotationText(String annotationId) {
        return chart.laidOut().scene().texts().stream()
                .filter(t -> SceneIds.annotationOf(t.id()).equals(Optional.of(annotationId))).map(SceneText::text)
                .collect(Collectors.joining(" "));
    }

    private List<String> sceneIds() {
        return chart.laidOut().scene().flatten().stream().map(n -> n.id()).toList();
    }

    private String noteNearRowOne(String text) {
        var bar = point(ROW_1, "Som regel");
        return chart.addNote(bar.x() + 5, bar.y() + 3, text).orElseThrow();
    }

    @Test
    void theSelectedChartIsLaidOutAtThePanesWidth() {
        assertThat(chart.laidOut()).isNotNull();
        assertThat(chart.laidOut().scene().id()).isEqualTo("initiative-diverging");
        assertThat(chart.laidOut().scene().width()).isEqualTo(640);
        assertThat(chart.laidOut().dataPoints()).isNotEmpty();
        assertThat(chart.laidOut().axis()).isNotNull();
    }

    @Test
    void aNoteNearABarIsAnchoredToThatDataPoint() {
        var bar = point(ROW_1, "Som regel");

        Optional<String> id = chart.addNote(bar.x() + 5, bar.y() + 3, "Flest gør det som regel");

        assertThat(id).contains("note-1");
        var note = (Annotation.Note) annotation("note-1");
        assertThat(note.anchor()).isEqualTo(new AnnotationAnchor.DataPoint(ROW_1, "Som regel"));
        assertThat(note.offset()).as("placed by layout").isNull();
        assertThat(note.text().text()).isEqualTo("Flest gør det som regel");
    }

    @Test
    void aNoteFarFromEveryDataPointIsPlacedFreelyInThePlotArea() {
        double x = 100;
        double y = 200;
        var nearest = chart.laidOut().nearest(x, y).orElseThrow();
        assertThat(Math.hypot(nearest.x() - x, nearest.y() - y)).isGreaterThan(ChartViewModel.SNAP_DISTANCE);
        var area = chart.laidOut().plotArea();

        chart.addNote(x, y, "Her");

        var note = (Annotation.Note) annotation("note-1");
        var free = (AnnotationAnchor.FreePoint) note.anchor();
        assertThat(free.x()).as("left of the plot area: its edge").isZero();
        assertThat(free.y()).isCloseTo((y - area.y()) / area.height(), within(1e-9));
        assertThat(note.offset()).isEqualTo(new Annotation.Offset(0, 0));
    }

    @Test
    void aNewNoteIsDrawnInTheScene() {
        String id = noteNearRowOne("Flest her");

        assertThat(annotationText(id)).isEqualTo("Flest her");
        assertThat(chart.laidOut().annotations()).containsKey(id);
    }

    @Test
    void aNewNoteIsSelectedAndTheNextGetsTheNextId() {
        String first = noteNearRowOne("Én");
        assertThat(chart.selectedAnnotationProperty().get()).isEqualTo(first);

        String second = noteNearRowOne("To");

        assertThat(second).isEqualTo("note-2");
        assertThat(chart.selectedAnnotationProperty().get()).isEqualTo("note-2");
    }

    @Test
    void aNoteWithoutTextIsNotAdded() {
        var bar = point(ROW_1, "Som regel");

        assertThat(chart.addNote(bar.x(), bar.y(), "  ")).isEmpty();
        assertThat(chart.addNote(bar.x(), bar.y(), null)).isEmpty();
        assertThat(document.history().size()).isZero();
    }

    @Test
    void movingANoteOffsetsItFromWhereItWasDrawn() {
        String id = noteNearRowOne("Flest");
        var drawn = chart.laidOut().annotations().get(id);

        chart.moveAnnotation(id, 10, -5);

        var note = (Annotation.Note) annotation(id);
        assertThat(note.anchor()).as("still anchored").isEqualTo(new AnnotationAnchor.DataPoint(ROW_1, "Som regel"));
        assertThat(note.offset().dx()).isCloseTo(drawn.x() - drawn.anchorX() + 10, within(1e-9));
        assertThat(note.offset().dy()).isCloseTo(drawn.y() - drawn.anchorY() - 5, within(1e-9));
        var moved = chart.laidOut().annotations().get(id);
        assertThat(moved.x()).isCloseTo(drawn.x() + 10, within(1e-9));
        assertThat(moved.y()).isCloseTo(drawn.y() - 5, within(1e-9));
    }

    @Test
    void movingANoteTwiceAddsUpAndEachMoveIsOneChange() {
        String id = noteNearRowOne("Flest");
        var drawn = chart.laidOut().annotations().get(id);
        int before = document.history().size();

        chart.moveAnnotation(id, 10, 0);
        chart.moveAnnotation(id, 5, 20);

        var moved = chart.laidOut().annotations().get(id);
        assertThat(moved.x()).isCloseTo(drawn.x() + 15, within(1e-9));
        assertThat(moved.y()).isCloseTo(drawn.y() + 20, within(1e-9));
        assertThat(document.history().size()).isEqualTo(before + 2);
        assertThat(document.history().undoNameProperty().get()).isEqualTo("Flyt note");

        document.undo();

        assertThat(chart.laidOut().annotations().get(id).x()).isCloseTo(drawn.x() + 10, within(1e-9));
    }

    @Test
    void editingANoteChangesItsTextInTheScene() {
        String id = noteNearRowOne("Flest");

        chart.editNote(id, " Flest her ");

        assertThat(chart.noteText(id)).contains("Flest her");
        assertThat(annotationText(id)).isEqualTo("Flest her");
    }

    @Test
    void aNoteCannotBeEditedToNothing() {
        String id = noteNearRowOne("Flest");
        int before = document.history().size();

        chart.editNote(id, " ");

        assertThat(chart.noteText(id)).contains("Flest");
        assertThat(document.history().size()).isEqualTo(before);
    }

    @Test
    void theSamplesOwnNoteCanBeEdited() {
        document.selectedChartProperty().set("goal-vs-practice");
        assertThat(annotationText("gap-local")).isEqualTo("60,2 point fra mål til praksis");

        chart.editNote("gap-local", "60 point mellem mål og praksis");

        assertThat(annotationText("gap-local")).isEqualTo("60 point mellem mål og praksis");
    }

    @Test
    void deletingAnAnnotationRemovesItFromTheChartAndItsSelection() {
        String id = noteNearRowOne("Flest");

        chart.deleteAnnotation(id);

        assertThat(chart.chart().orElseThrow().annotations()).isEmpty();
        assertThat(sceneIds()).noneMatch(node -> SceneIds.annotationOf(node).isPresent());
        assertThat(chart.selectedAnnotationProperty().get()).isNull();

        document.undo();

        assertThat(annotationText(id)).isEqualTo("Flest");
    }

    @Test
    void anAnnotationThatIsUndoneIsNoLongerSelected() {
        noteNearRowOne("Flest");

        document.undo();

        assertThat(chart.selectedAnnotationProperty().get()).isNull();
    }

    @Test
    void anotherStudyLeavesNoAnnotationSelected() {
        noteNearRowOne("Flest");

        document.load(SAMPLE, null, List.of());

        assertThat(chart.selectedAnnotationProperty().get()).isNull();
    }

    @Test
    void aSelectedAnnotationStaysSelectedThroughOtherEdits() {
        String id = noteNearRowOne("Flest");

        chart.toggleHighlight("dialogue");

        assertThat(chart.selectedAnnotationProperty().get()).isEqualTo(id);
    }

    @Test
    void aReferenceLineGetsTheValueUnderTheClick() {
        var axis = chart.laidOut().axis();
        double x = axis.left() + 0.5 * (axis.right() - axis.left());

        Optional<String> id = chart.addReferenceLine(x, " Halvdelen ");

        assertThat(id).contains("line-1");
        var line = (Annotation.ReferenceLine) annotation("line-1");
        assertThat(line.value()).isEqualTo(50);
        assertThat(line.label().text()).isEqualTo("Halvdelen");
        assertThat(sceneIds()).contains(SceneIds.child(SceneIds.annotation("line-1"), "line"));
        assertThat(annotationText("line-1")).isEqualTo("Halvdelen");
        assertThat(chart.selectedAnnotationProperty().get()).isEqualTo("line-1");
    }

    @Test
    void aReferenceLineIsAtAWholeValueAndMayHaveNoLabel() {
        var axis = chart.laidOut().axis();
        double x = axis.left() + 0.333 * (axis.right() - axis.left());

        chart.addReferenceLine(x, "");

        var line = (Annotation.ReferenceLine) annotation("line-1");
        assertThat(line.value()).isEqualTo(33);
        assertThat(line.label()).isNull();
    }

    @Test
    void anArrowPointsFromWhereItStartsToTheNearestDataPoint() {
        var bar = point(ROW_1, "Som regel");
        var area = chart.laidOut().plotArea();
        double fromX = area.x() + area.width() / 2;
        double fromY = area.y() + area.height();

        Optional<String> id = chart.addArrow(fromX, fromY, bar.x() + 2, bar.y() - 2, "Se her");

        assertThat(id).contains("arrow-1");
        var arrow = (Annotation.Arrow) annotation("arrow-1");
        assertThat(arrow.from()).isEqualTo(new AnnotationAnchor.FreePoint(0.5, 1));
        assertThat(arrow.to()).isEqualTo(new AnnotationAnchor.DataPoint(ROW_1, "Som regel"));
        assertThat(arrow.label().text()).isEqualTo("Se her");
        assertThat(sceneIds()).contains(SceneIds.child(SceneIds.annotation("arrow-1"), "shaft"),
                SceneIds.child(SceneIds.annotation("arrow-1"), "head"));
        assertThat(annotationText("arrow-1")).isEqualTo("Se her");
    }

    @Test
    void highlightingAnItemTwiceStopsHighlightingIt() {
        chart.toggleHighlight("dialogue");

        assertThat(chart.chart().orElseThrow().annotations())
                .containsExactly(new Annotation.Highlight("highlight-1", "dialogue"));
        assertThat(document.history().undoNameProperty().get()).isEqualTo("Fremhæv spørgsmål");

        chart.toggleHighlight("dialogue");

        assertThat(chart.chart().orElseThrow().annotations()).isEmpty();
        assertThat(document.history().undoNameProperty().get()).isEqualTo("Fjern fremhævning");
        assertThat(document.history().size()).isEqualTo(2);
    }

    @Test
    void aHighlightChangesTheScene() {
        var before = chart.laidOut().scene();

        chart.toggleHighlight("dialogue");

        assertThat(chart.laidOut().scene()).isNotEqualTo(before);
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("add note", c -> c.addNote(400, 133, "Note")),
                edit("add reference line", c -> c.addReferenceLine(400, "Linje")),
                edit("add arrow", c -> c.addArrow(300, 300, 443, 133, null)),
                edit("highlight", c -> c.toggleHighlight("dialogue")));
    }

    private static Arguments edit(String name, Consumer<ChartViewModel> action) {
        return Arguments.of(name, action);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void eachAnnotationEditIsOneChangeThatUndoRestores(String name, Consumer<ChartViewModel> action) {
        var before = chart.laidOut().scene();

        action.accept(chart);

        assertThat(document.history().size()).isEqualTo(1);
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.study()).isEqualTo(SAMPLE);
        assertThat(chart.laidOut().scene()).isEqualTo(before);
    }

    @Test
    void annotationsGoIntoTheStudysCharts() {
        noteNearRowOne("Flest");

        ChartSpec saved = document.study().chart("initiative-diverging").orElseThrow();
        assertThat(saved.annotations()).extracting(Annotation::id).containsExactly("note-1");
        assertThat(document.study().charts()).hasSize(4);
    }

    @Test
    void aNewWidthLaysTheChartOutAgain() {
        chart.widthProperty().set(1000);

        assertThat(chart.laidOut().scene().width()).isEqualTo(1000);
        assertThat(point(ROW_1, "Som regel").x()).isGreaterThan(443);
    }

    @Test
    void aPaneNarrowerThanAChartCanBeGetsTheNarrowestChart() {
        chart.widthProperty().set(100);

        assertThat(chart.laidOut().scene().width()).isEqualTo(280);
    }

    @Test
    void anotherLanguageLaysTheChartOutAgainInIt() {
        chart.languageProperty().set("en");

        assertThat(sceneText(SceneIds.value(ROW_1, "som-regel"))).isEqualTo("26.7");
        assertThat(sceneText(SceneIds.TITLE)).isEqualTo("The municipality usually takes the initiative");
        assertThat(chart.laidOut().scene().language()).isEqualTo("en");
    }

    @Test
    void selectingAnotherChartLaysItOutAndForgetsTheSelectedAnnotation() {
        noteNearRowOne("Flest");

        document.selectedChartProperty().set("initiative-stacked");

        assertThat(chart.laidOut().scene().id()).isEqualTo("initiative-stacked");
        assertThat(chart.selectedAnnotationProperty().get()).isNull();
    }

    @Test
    void aStudyWithoutTablesHasNoChartToEdit() {
        document.load(new Study(SAMPLE.metadata(), SAMPLE.scales(), List.of(), List.of(), List.of()), null, List.of());

        assertThat(chart.laidOut()).isNull();
        assertThat(chart.addNote(100, 100, "Note")).isEmpty();
        assertThat(chart.addReferenceLine(100, "Linje")).isEmpty();
        assertThat(chart.addArrow(100, 100, 200, 200, null)).isEmpty();
        assertThat(document.history().size()).isZero();
    }
}
