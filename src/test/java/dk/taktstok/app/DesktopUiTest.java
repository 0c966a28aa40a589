package dk.taktstok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Annotation;
import dk.taktstok.testing.SeedWorkbooks.Format;
import dk.taktstok.testing.SeedWorkbooks;
import dk.taktstok.ui.ChartTool;
import dk.taktstok.viewmodel.Dialogs;
import dk.taktstok.viewmodel.InspectorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's real windows, driven on JavaFX's headless platform. */
class DesktopUiTest {

    private DesktopDriver app;

    @BeforeEach
    void openTheWindow() {
        app = new DesktopDriver().start();
    }

    @AfterEach
    void closeTheWindow() {
        app.close();
    }

    @Test
    void firstStartShowsTheSampleStudysChart() {
        assertThat(app.fx(() -> app.window.chartPane().drawn())).isNotNull();
        assertThat(texts()).contains("Kommunen tager oftest initiativet til samarbejdet", "73,1\u00A0%");
        assertThat(app.fx(() -> app.window.stage().getTitle()))
                .isEqualTo(dk.taktstok.viewmodel.Words.get("document.sample",
                        "Samskabelse: kommunerne holder fast i taktstokken") + " — Taktstok");
    }

    @Test
    void theOutlineShowsEachWholeTitleOnHover() {
        Node outline = app.node("outline");
        List<String> tips = app.fx(() -> outline.lookupAll(".tree-cell").stream()
                .map(javafx.scene.control.TreeCell.class::cast)
                .filter(cell -> cell.getTooltip() != null)
                .map(cell -> cell.getTooltip().getText()).toList());

        assertThat(tips).contains("Kommunen tager oftest initiativet til samarbejdet",
                "75 pct. vil styrke de civile aktører – men de tager sjældent initiativet");
    }

    @Test
    void theNumberOfAnswersShowsOnlyForAStudyThatKnowsIt(@TempDir Path folder) throws Exception {
        assertThat(nColumnVisible()).isFalse();

        Path survey = dk.taktstok.testing.RespondentWorkbooks.write(folder.resolve("survey.xlsx"), 120, 4, 7,
                dk.taktstok.testing.RespondentWorkbooks.Options.TEXT);
        app.dialogs.filesToOpen.add(survey);
        app.menu("menu-open");
        app.waitFor("the survey to open", () -> survey.equals(app.model.document().file()));

        assertThat(nColumnVisible()).isTrue();
    }

    private boolean nColumnVisible() {
        @SuppressWarnings("unchecked")
        TableView<Object> measures = (TableView<Object>) app.node("measures");
        return app.fx(() -> measures.getColumns().stream().filter(c -> "n".equals(c.getText()))
                .findFirst().orElseThrow().isVisible());
    }

    @Test
    void openingAWorkbookShowsItsTable(@TempDir Path folder) throws Exception {
        Path workbook = SeedWorkbooks.write(folder, "survey", Format.XLSX, book -> book.sheet("Data", SeedWorkbooks.seedTable("")));
        app.dialogs.filesToOpen.add(workbook);

        app.menu("menu-open");
        app.waitFor("the workbook to open", () -> workbook.equals(app.model.document().file()));

        assertThat(app.fx(() -> app.window.grid().getItems().size())).isEqualTo(6);
        assertThat(app.fx(() -> app.window.stage().getTitle())).startsWith("survey.xlsx");
        assertThat(app.settings.recentFiles()).contains(workbook.toAbsolutePath());
    }

    @Test
    void editingACellChangesTheMeasureAndTheChart() {
        typeInCell(0, 2, "36,7");

        InspectorViewModel.MeasureRow row1 = app.fx(() -> app.model.inspector().items().getFirst());
        assertThat(row1.values().getFirst()).isEqualTo("83,1");
        assertThat(texts()).contains("83,1\u00A0%").doesNotContain("73,1\u00A0%");
        assertThat(app.fx(() -> app.window.stage().getTitle())).contains(" •");
    }

    @Test
    void typingTextInANumberCellIsRefusedWithItsReason() {
        typeInCell(0, 2, "n/a");

        var status = (org.controlsfx.control.StatusBar) app.node("status-bar");
        assertThat(app.fx(status::getText)).contains("'n/a'");
        assertThat(app.model.document().isDirty()).isFalse();
    }

    @Test
    void noteIsAddedByClickingMovedByDraggingEditedAndDeletedEachUndoable() {
        app.run(() -> app.window.chartPane().toolProperty().set(ChartTool.NOTE));
        app.dialogs.texts.add("Kun hver syvende");
        Node bar = app.chartNode(SceneIds.bar("local-civil-invites", "som-regel"));
        var box = app.fx(bar::getBoundsInParent);

        app.click(bar, box.getCenterX(), box.getCenterY(), 1);
        String id = app.fx(() -> app.model.chart().selectedAnnotationProperty().get());
        assertThat(id).isEqualTo("note-1");
        assertThat(texts()).contains("Kun hver syvende");

        app.run(() -> app.window.chartPane().toolProperty().set(ChartTool.SELECT));
        String noteLine = SceneIds.line(SceneIds.child(SceneIds.annotation("note-1"), "text"), 0);
        Node text = app.chartNode(noteLine);
        var at = app.fx(text::getBoundsInParent);
        // to a free place beside the row (onto the bars below, layout would nudge it clear of them)
        app.drag(text, at.getCenterX(), at.getCenterY(), at.getCenterX() + 60, at.getCenterY());
        // the text follows the mouse by the distance dragged, in the chart's coordinates
        var movedTo = app.fx(app.chartNode(noteLine)::getBoundsInParent);
        assertThat(movedTo.getMinX() - at.getMinX()).isCloseTo(60, within(1.5));
        assertThat(movedTo.getMinY() - at.getMinY()).isCloseTo(0, within(1.5));
        assertThat(note("note-1").offset()).isNotNull();

        app.dialogs.texts.add("Kun hver syvende kommune");
        Node again = app.chartNode(SceneIds.line(SceneIds.child(SceneIds.annotation("note-1"), "text"), 0));
        var atAgain = app.fx(again::getBoundsInParent);
        app.click(again, atAgain.getCenterX(), atAgain.getCenterY(), 2);
        assertThat(note("note-1").text().text()).isEqualTo("Kun hver syvende kommune");

        app.run(() -> app.model.chart().selectedAnnotationProperty().set("note-1"));
        app.run(() -> javafx.event.Event.fireEvent(app.window.chartPane(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                KeyCode.DELETE, false, false, false, false)));
        assertThat(texts()).doesNotContain("Kun hver syvende kommune");

        app.menu("menu-undo");
        assertThat(note("note-1").text().text()).isEqualTo("Kun hver syvende kommune");
        app.menu("menu-undo");
        assertThat(note("note-1").text().text()).isEqualTo("Kun hver syvende");
        app.menu("menu-undo");
        assertThat(note("note-1").offset()).isNull();
        var back = app.fx(app.chartNode(noteLine)::getBoundsInParent);
        assertThat(back.getMinX()).isCloseTo(at.getMinX(), within(1.5));
        assertThat(back.getMinY()).isCloseTo(at.getMinY(), within(1.5));
        app.menu("menu-undo");
        assertThat(texts()).doesNotContain("Kun hver syvende");
        app.menu("menu-redo");
        app.menu("menu-redo");
        app.menu("menu-redo");
        app.menu("menu-redo");
        assertThat(texts()).doesNotContain("Kun hver syvende kommune");
        assertThat(app.fx(() -> app.model.document().history().canRedoProperty().get())).isFalse();
    }

    @Test
    void savedAnnotationIsThereAfterReopening(@TempDir Path folder) {
        app.run(() -> app.window.chartPane().toolProperty().set(ChartTool.NOTE));
        app.dialogs.texts.add("Gemt note");
        Node bar = app.chartNode(SceneIds.bar("dialogue", "som-regel"));
        var box = app.fx(bar::getBoundsInParent);
        app.click(bar, box.getCenterX(), box.getCenterY(), 1);
        Path file = folder.resolve("annotated.json");
        app.dialogs.filesToSave.add(file);

        app.menu("menu-save");
        assertThat(file).exists();
        assertThat(app.fx(() -> app.window.stage().getTitle())).isEqualTo("annotated.json — Taktstok");

        app.menu("menu-new");
        assertThat(texts()).doesNotContain("Gemt note");
        app.dialogs.filesToOpen.add(file);
        app.menu("menu-open");
        app.waitFor("the study to open", () -> file.equals(app.model.document().file()));
        assertThat(texts()).contains("Gemt note");
        assertThat(StudyFiles.standard().read(file).problems()).isEmpty();
    }

    @Test
    void unsavedChangesAreNotLostWhenTheUserCancels(@TempDir Path folder) {
        typeInCell(0, 2, "36,7");
        app.dialogs.saveDecision = Dialogs.Decision.CANCEL;

        app.menu("menu-new");

        assertThat(app.dialogs.asked).anyMatch(question -> question.startsWith("save "));
        assertThat(app.model.document().isDirty()).isTrue();
        assertThat(texts()).contains("83,1\u00A0%");
    }

    @Test
    void closingWithUnsavedChangesAsksAndDiscardingCloses() {
        typeInCell(0, 2, "36,7");
        app.dialogs.saveDecision = Dialogs.Decision.DISCARD;

        boolean closes = app.fx(() -> app.model.requestClose());

        assertThat(closes).isTrue();
        assertThat(app.dialogs.asked).anyMatch(question -> question.startsWith("save "));
    }

    @Test
    void exportFromTheDialogWritesTheChosenFormats(@TempDir Path folder) {
        var dialog = app.fx(() -> app.window.openExport());
        app.run(() -> {
            app.model.export().folderProperty().set(folder);
            app.model.export().svgProperty().set(true);
            app.model.export().allChartsProperty().set(true);
        });

        app.run(dialog::exportNow);
        app.waitFor("the export to finish", () -> dialog.resultText() != null && !dialog.resultText().isEmpty());
        app.run(dialog::close);

        assertThat(folder.resolve("goal-vs-practice.png")).exists();
        assertThat(folder.resolve("goal-vs-practice.svg")).exists();
        assertThat(folder.resolve("initiative-diverging.txt")).exists();
    }

    private void typeInCell(int row, int column, String text) {
        @SuppressWarnings("unchecked")
        TableView<Object> grid = (TableView<Object>) (TableView<?>) app.fx(() -> app.window.grid());
        app.run(() -> {
            grid.requestFocus();
            grid.edit(row, grid.getColumns().get(column));
        });
        app.settle();
        TextField field = app.fx(() -> (TextField) grid.lookupAll(".text-field").stream()
                .filter(node -> node instanceof TextField).findFirst().orElseThrow());
        app.run(() -> {
            field.setText(text);
            field.fireEvent(key(KeyEvent.KEY_PRESSED, KeyCode.ENTER, false));
        });
        app.settle();
    }

    static KeyEvent key(javafx.event.EventType<KeyEvent> type, KeyCode code, boolean shift) {
        return new KeyEvent(type, "", "", code, shift, false, false, false);
    }

    private List<String> texts() {
        return app.fx(() -> app.model.chart().laidOut().scene().texts().stream().map(SceneText::text).toList());
    }

    private Annotation.Note note(String id) {
        return app.fx(() -> app.model.chart().chart().orElseThrow().annotations().stream()
                .filter(a -> a.id().equals(id)).map(Annotation.Note.class::cast).findFirst().orElseThrow());
    }
}
