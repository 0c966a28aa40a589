package dk.taktstok.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.testing.InLanguage;
import dk.taktstok.ui.ClaimCheckWindow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The "Check article" window on JavaFX's headless platform: a draft pasted, its claims marked, one selected. */
class ClaimCheckUiTest {

    @RegisterExtension
    static InLanguage words = InLanguage.danish();

    private static final String DRAFT = "Mere end 70 procent af cheferne svarer, at kommunen som regel eller somme"
            + " tider inviterer foreninger til opgaver.\n\nMen der er 60 procentpoint mellem målet og praksis for de"
            + " lokale civile aktører, og 80 procent af de kommunale chefer vil styrke de civile aktørers rolle.";

    private DesktopDriver app;

    @BeforeEach
    void openTheWindow() {
        app = new DesktopDriver().start();
    }

    @AfterEach
    void closeTheWindow() {
        app.run(() -> Window.getWindows().stream().filter(w -> w != app.window.stage()).toList()
                .forEach(Window::hide));
        app.close();
    }

    /** Opens the window from the File menu, pastes the draft into it and presses Check. */
    private Stage checkTheDraft() {
        app.menu("menu-check-article");
        Stage stage = app.fx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && "claims-window".equals(w.getScene().getRoot().getId()))
                .map(Stage.class::cast).findFirst().orElseThrow());
        app.run(() -> {
            ((TextArea) stage.getScene().lookup("#claims-draft")).replaceText(0, 0, DRAFT);
            ((Button) stage.getScene().lookup("#claims-check")).fire();
        });
        app.settle();
        return stage;
    }

    private List<Text> marks(Stage stage, String styleClass) {
        return app.fx(() -> ((TextFlow) stage.getScene().lookup("#claims-marked")).getChildren().stream()
                .filter(n -> n.getStyleClass().contains(styleClass)).map(Text.class::cast).toList());
    }

    private void click(Node node) {
        app.run(() -> javafx.event.Event.fireEvent(node, new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, true, null)));
        app.settle();
    }

    @Test
    void aPastedDraftsClaimsAreMarkedByVerdict() {
        Stage stage = checkTheDraft();

        assertThat(marks(stage, "claim-supported")).extracting(Text::getText)
                .containsExactly("Mere end 70 procent", "60 procentpoint");
        assertThat(marks(stage, "claim-contradicted")).extracting(Text::getText).containsExactly("80 procent");
        assertThat(app.fx(() -> ((Label) stage.getScene().lookup("#claims-summary")).getText()))
                .isEqualTo("3 påstande: 2 holder, 1 holder ikke");
    }

    @Test
    void selectingAClaimSelectsItsCellAndChartRowAndShowsTheFormula() {
        Stage stage = checkTheDraft();

        click(marks(stage, "claim-supported").getFirst());

        @SuppressWarnings("unchecked")
        TableView<Object> grid = (TableView<Object>) app.node("data-grid");
        var cell = app.fx(() -> grid.getSelectionModel().getSelectedCells().getFirst());
        assertThat(cell.getRow()).isZero();
        assertThat(app.fx(() -> cell.getTableColumn().getId())).isEqualTo("column-0");
        assertThat(app.fx(() -> ((Label) stage.getScene().lookup("#claims-formula")).getText()))
                .isEqualTo("Topboks = Som regel + Somme tider = 26,7 + 46,4 = 73,1");
        assertThat(app.fx(() -> app.window.chartPane().figureMark())).isNotNull();
        assertThat(marks(stage, "claim-selected")).extracting(Text::getText).containsExactly("Mere end 70 procent");
    }

    @Test
    void selectingAGapsClaimInTheListShowsTheChartOfGoalAgainstPractice() {
        Stage stage = checkTheDraft();

        app.run(() -> {
            @SuppressWarnings("unchecked")
            var list = (javafx.scene.control.ListView<Object>) stage.getScene().lookup("#claims-list");
            list.getSelectionModel().select(1);
        });
        app.settle();

        assertThat(app.model.document().selectedChartProperty().get()).isEqualTo("goal-vs-practice");
        assertThat(app.fx(() -> app.window.chartPane().figureMark())).isNotNull();
        @SuppressWarnings("unchecked")
        TableView<Object> grid = (TableView<Object>) app.node("data-grid");
        assertThat(app.fx(() -> grid.getSelectionModel().getSelectedCells().getFirst().getRow())).isEqualTo(4);
        assertThat(app.fx(() -> ((Label) stage.getScene().lookup("#claims-reason")).getText()))
                .isEqualTo("Forskellen er 60,2, og påstanden holder for tal fra 59,5 til under 60,5.");
    }

    @Test
    void theWindowIsTheOneTheMainWindowOpens() {
        ClaimCheckWindow window = app.fx(() -> app.window.openClaimCheck());

        assertThat(app.fx(() -> window.stage().getTitle())).isEqualTo("Tjek artikel");
        assertThat(app.fx(() -> window.stage().getOwner())).isSameAs(app.window.stage());
    }
}
