package dk.taktstok.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.model.Category;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.Item;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.ScaleReading;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.TableSource;
import dk.taktstok.model.Text;
import dk.taktstok.render.fx.FxThread;
import dk.taktstok.testing.InLanguage;
import dk.taktstok.viewmodel.ChartViewModel;
import dk.taktstok.viewmodel.DocumentViewModel;
import dk.taktstok.viewmodel.InspectorViewModel;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inspector shows how a table was read, marks a guessed scale, and confirms it with a click. */
class InspectorReadingUiTest {

    @RegisterExtension
    static InLanguage words = InLanguage.english();

    private static Study guessed() {
        Scale scale = new Scale("s", List.of(Category.substantive(Text.of("5"), 5), Category.substantive(Text.of("3"), 3),
                Category.substantive(Text.of("1"), 1)), List.of(), List.of(), ScaleKind.ORDINAL,
                new ScaleReading("rating 1–5", Confidence.LOW, "numbers only; the highest is taken as the top"));
        SurveyTable table = new SurveyTable("t", Text.of("Rating"), null, "s",
                List.of(new Item("q1", Text.of("Food"), null, Map.of(), List.of(50.0, 30.0, 20.0), 100, null)), null,
                List.of(), new TableSource("respondents", null, "1:101", 0, List.of()));
        return new Study(Metadata.titled("Read", "en"), List.of(scale), List.of(table), List.of(), List.of());
    }

    @Test
    void guessedScaleIsShownMarkedAndConfirmedByItsButton() {
        var document = FxThread.call(() -> new DocumentViewModel(guessed()));
        Inspector view = FxThread.call(() -> {
            var inspector = new InspectorViewModel(document);
            var chart = new ChartViewModel(document, ChartLayout.standard(), ThemeFiles.standard());
            var inspectorView = new Inspector(inspector, chart);
            new Scene(inspectorView, 640, 900);
            inspectorView.applyCss();
            inspectorView.layout();
            return inspectorView;
        });

        Label reading = FxThread.call(() -> (Label) view.lookup("#scale-reading"));
        Button confirm = FxThread.call(() -> (Button) view.lookup("#scale-confirm"));
        assertThat(FxThread.call(reading::getText)).contains("Check the scale, it is a guess")
                .contains("the highest is taken as the top");
        assertThat(FxThread.call(() -> reading.getStyleClass().contains("reading-guess"))).isTrue();
        assertThat(FxThread.call(confirm::isVisible)).isTrue();

        FxThread.call(() -> {
            confirm.fire();
            return null;
        });

        assertThat(FxThread.call(confirm::isVisible)).isFalse();
        assertThat(FxThread.call(() -> document.study().scale("s").orElseThrow().reading())).isNull();
    }
}
