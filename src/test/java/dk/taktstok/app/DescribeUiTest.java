package dk.taktstok.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Describe step in the real window: the chart's words written in place, undone, exported, saved. */
class DescribeUiTest {

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
    void headlineSubtitleSourceAndShortLabelAreWrittenSeenExportedUndoneSavedAndReopened(@TempDir Path folder)
            throws Exception {
        write("describe-headline", "Kommunerne styrer samarbejdet", false);
        write("describe-subtitle", "Andel af cheferne, 2016", true);
        write("describe-source", "KL og SDU, 2016", false);
        typeInTable("describe-items", 0, 1, "Inviterer foreninger");

        assertThat(texts()).contains("Kommunerne styrer samarbejdet", "Andel af cheferne, 2016", "Inviterer foreninger")
                .anyMatch(text -> text.contains("KL og SDU, 2016"));
        assertThat(app.model.document().history().size()).isEqualTo(4);

        var dialog = app.fx(() -> app.window.openExport());
        app.run(() -> {
            app.model.export().folderProperty().set(folder);
            app.model.export().svgProperty().set(true);
            app.model.export().allChartsProperty().set(false);
        });
        app.run(dialog::exportNow);
        app.waitFor("the export to finish", () -> dialog.resultText() != null && !dialog.resultText().isEmpty());
        app.run(dialog::close);
        String svg = Files.readString(folder.resolve("initiative-diverging.svg"));
        assertThat(svg).contains("Kommunerne styrer samarbejdet", "Andel af cheferne, 2016", "KL og SDU, 2016",
                "Inviterer foreninger");

        for (int i = 0; i < 4; i++) {
            app.menu("menu-undo");
        }
        assertThat(texts()).contains("Kommunen tager oftest initiativet til samarbejdet", "Kommunen inviterer foreninger")
                .doesNotContain("Kommunerne styrer samarbejdet", "Inviterer foreninger");
        assertThat(field("describe-headline")).isEqualTo("Kommunen tager oftest initiativet til samarbejdet");
        for (int i = 0; i < 4; i++) {
            app.menu("menu-redo");
        }

        Path file = folder.resolve("described.json");
        app.dialogs.filesToSave.add(file);
        app.menu("menu-save");
        app.menu("menu-new");
        assertThat(texts()).doesNotContain("Kommunerne styrer samarbejdet");
        app.dialogs.filesToOpen.add(file);
        app.menu("menu-open");
        app.waitFor("the study to open", () -> file.equals(app.model.document().file()));

        assertThat(texts()).contains("Kommunerne styrer samarbejdet", "Andel af cheferne, 2016", "Inviterer foreninger");
        assertThat(field("describe-headline")).isEqualTo("Kommunerne styrer samarbejdet");
        assertThat(field("describe-source")).isEqualTo("KL og SDU, 2016");
        Study reopened = StudyFiles.standard().read(file).study();
        var item = reopened.tables().getFirst().items().getFirst();
        assertThat(item.shortLabel().text()).isEqualTo("Inviterer foreninger");
        assertThat(item.label().text()).as("the full wording is kept").startsWith("Kommunen (fx skole");
    }

    @Test
    void aPlaceholderHeadlineIsFlaggedUntilOneIsWritten() {
        write("describe-headline", "Sheet1", false);
        Label problem = (Label) app.node("describe-headline-problem");
        assertThat(app.fx(problem::isVisible)).isTrue();
        assertThat(app.fx(problem::getText)).contains("'Sheet1'");

        write("describe-headline", "Kommunerne styrer samarbejdet", false);
        assertThat(app.fx(problem::isVisible)).isFalse();
    }

    @Test
    void escapeInAFieldPutsBackWhatTheChartHas() {
        var headline = (TextField) app.node("describe-headline");
        app.run(() -> {
            headline.requestFocus();
            headline.setText("Halvskrevet");
            headline.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false));
        });
        assertThat(field("describe-headline")).isEqualTo("Kommunen tager oftest initiativet til samarbejdet");
        assertThat(app.model.document().history().size()).isZero();
    }

    /** Writes into a field and presses Enter (Ctrl+Enter in a box of several lines). */
    private void write(String id, String text, boolean lines) {
        var field = (TextInputControl) app.node(id);
        app.run(() -> {
            field.requestFocus();
            field.setText(text);
            field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, lines, false, false));
        });
        app.settle();
    }

    private String field(String id) {
        var field = (TextInputControl) app.node(id);
        return app.fx(field::getText);
    }

    /** Selects a cell, types its first letter to start editing as in a spreadsheet, the rest, and Enter. */
    private void typeInTable(String id, int row, int column, String text) {
        @SuppressWarnings("unchecked")
        var table = (TableView<Object>) app.node(id);
        app.run(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, table.getVisibleLeafColumn(column));
            table.getFocusModel().focus(row, table.getVisibleLeafColumn(column));
            table.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, text.substring(0, 1), "", KeyCode.UNDEFINED,
                    false, false, false, false));
        });
        app.settle();
        TextField field = app.fx(() -> (TextField) table.lookupAll(".sheet-field").stream().findFirst().orElseThrow());
        String started = app.fx(field::getText);
        assertThat(started).isEqualTo(text.substring(0, 1));
        app.run(() -> {
            field.setText(text);
            field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        app.settle();
    }

    private List<String> texts() {
        return app.fx(() -> app.model.chart().laidOut().scene().texts().stream().map(SceneText::text).toList());
    }
}
