package dk.taktstok.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Measure;
import dk.taktstok.model.SortOrder;
import dk.taktstok.render.fx.FxThread;
import dk.taktstok.testing.InLanguage;
import dk.taktstok.viewmodel.ChartViewModel;
import dk.taktstok.viewmodel.DocumentViewModel;
import dk.taktstok.viewmodel.InspectorViewModel;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The inspector's chart settings on JavaFX's headless platform: bound to the view-model both ways, so
 * a change there shows in the controls, and a pick in a control is one edit, never echoed back.
 */
class InspectorUiTest {

    @RegisterExtension
    static InLanguage words = InLanguage.danish();

    private DocumentViewModel document;
    private InspectorViewModel inspector;
    private ChartViewModel chart;
    private Inspector view;
    private final AtomicInteger studies = new AtomicInteger();

    @BeforeEach
    void showTheSample() {
        FxThread.call(() -> {
            document = new DocumentViewModel(SampleStudy.load());
            inspector = new InspectorViewModel(document);
            chart = new ChartViewModel(document, ChartLayout.standard(), ThemeFiles.standard());
            view = new Inspector(inspector, chart);
            new Scene(view, 640, 900);
            view.applyCss();
            view.layout();
            document.studyProperty().addListener((o, a, b) -> studies.incrementAndGet());
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private <T> ChoiceBox<T> choice(String id) {
        return (ChoiceBox<T>) view.lookup("#" + id);
    }

    @SuppressWarnings("unchecked")
    private Spinner<Integer> width() {
        return (Spinner<Integer>) view.lookup("#chart-width");
    }

    @Test
    void aChangeInTheViewModelShowsInTheControlsWithoutAnEdit() {
        FxThread.call(() -> {
            document.selectedChartProperty().set("initiative-stacked");
            inspector.languageProperty().set("en");
            chart.widthProperty().set(800);
            return null;
        });

        assertThat(FxThread.call(() -> choice("chart-type").getValue())).isEqualTo(ChartType.STACKED_BARS);
        assertThat(FxThread.call(() -> choice("chart-sort").getValue())).isEqualTo(new SortOrder(Measure.TOP_BOX, true));
        assertThat(FxThread.call(() -> choice("chart-language").getValue())).isEqualTo("en");
        assertThat(FxThread.call(() -> width().getValue())).isEqualTo(800);
        assertThat(studies.get()).as("showing values changes no study").isZero();
        assertThat(document.history().size()).isZero();
    }

    @Test
    void aPickInTheControlsIsOneEditAndItsUndoIsNotEchoedBack() {
        FxThread.call(() -> {
            choice("chart-type").getSelectionModel().select(ChartType.STACKED_BARS);
            return null;
        });

        assertThat(FxThread.call(() -> document.chart().orElseThrow().type())).isEqualTo(ChartType.STACKED_BARS);
        assertThat(inspector.chartTypeProperty().get()).isEqualTo(ChartType.STACKED_BARS);
        assertThat(studies.get()).as("one pick, one new study").isEqualTo(1);
        assertThat(document.history().size()).isEqualTo(1);

        FxThread.call(() -> {
            document.undo();
            return null;
        });

        assertThat(FxThread.call(() -> choice("chart-type").getValue())).isEqualTo(ChartType.DIVERGING_BARS);
        assertThat(studies.get()).as("the undo, and nothing after it").isEqualTo(2);
        assertThat(document.history().size()).isZero();
        assertThat(document.history().canRedoProperty().get()).isTrue();
    }

    @Test
    void theOrderLanguageAndWidthPickedReachTheViewModel() {
        var byNet = new SortOrder(Measure.NET, true);
        FxThread.call(() -> {
            choice("chart-sort").getSelectionModel().select(byNet);
            choice("chart-language").getSelectionModel().select("en");
            width().getValueFactory().setValue(1000);
            return null;
        });

        assertThat(FxThread.call(() -> document.chart().orElseThrow().sort())).isEqualTo(byNet);
        assertThat(inspector.languageProperty().get()).isEqualTo("en");
        assertThat(chart.widthProperty().get()).isEqualTo(1000);
        assertThat(chart.laidOut().scene().width()).isEqualTo(1000);
        assertThat(document.history().size()).as("only the order is an edit of the study").isEqualTo(1);
        assertThat(studies.get()).isEqualTo(1);
    }
}
