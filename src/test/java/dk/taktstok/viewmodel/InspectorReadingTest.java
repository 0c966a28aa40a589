package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.model.Category;
import dk.taktstok.model.ChartType;
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
import dk.taktstok.testing.InLanguage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inspector tells how the table was read, marks a guess, and lets a person confirm it or change the kind. */
class InspectorReadingTest {

    @RegisterExtension
    static InLanguage words = InLanguage.english();

    private static Study study(ScaleKind kind, Confidence confidence) {
        Scale scale = new Scale("s", List.of(Category.substantive(Text.of("3"), 3), Category.substantive(Text.of("2"), 2),
                Category.substantive(Text.of("1"), 1)), List.of(), List.of(), kind,
                new ScaleReading("rating 1–3", confidence, "numbers only; the highest is taken as the top"));
        SurveyTable table = new SurveyTable("t", Text.of("Rating"), null, "s",
                List.of(new Item("q1", Text.of("Food"), null, Map.of(), List.of(50.0, 30.0, 20.0), 100, null)), null,
                List.of(), new TableSource("respondents", "Data", "A1:B101", 1,
                        List.of(new TableSource.SetAside("q1", "NA", 7, "Data!B1", "missing"))));
        return new Study(Metadata.titled("Read", "en"), List.of(scale), List.of(table), List.of(), List.of());
    }

    @Test
    void readingSaysLayoutPlaceSkippedRowsSetAsideAndWhy() {
        var inspector = new InspectorViewModel(new DocumentViewModel(study(ScaleKind.ORDINAL, Confidence.LOW)));

        assertThat(inspector.readingProperty().get())
                .contains("respondent rows").contains("Data, A1:B101").contains("1 rows")
                .contains("'NA' was set aside 7 times").contains("the highest is taken as the top");
    }

    @Test
    void lowConfidenceIsAGuessAndConfirmingItIsOneUndoableEdit() {
        var document = new DocumentViewModel(study(ScaleKind.ORDINAL, Confidence.LOW));
        var inspector = new InspectorViewModel(document);
        assertThat(inspector.guessedProperty().get()).isTrue();

        inspector.confirmScale();

        assertThat(inspector.guessedProperty().get()).isFalse();
        assertThat(document.study().scale("s").orElseThrow().reading()).isNull();
        document.undo();
        assertThat(inspector.guessedProperty().get()).isTrue();
    }

    @Test
    void highConfidenceIsNoGuess() {
        var inspector = new InspectorViewModel(new DocumentViewModel(study(ScaleKind.ORDINAL, Confidence.HIGH)));

        assertThat(inspector.guessedProperty().get()).isFalse();
    }

    @Test
    void nominalTableOffersOnlyChartsWithoutATop() {
        var inspector = new InspectorViewModel(new DocumentViewModel(study(ScaleKind.NOMINAL, Confidence.MEDIUM)));

        assertThat(inspector.chartTypes()).containsExactly(ChartType.STACKED_BARS);
    }

    @Test
    void settingTheKindChangesTheScaleAndMakesItAPersonsOwn() {
        var document = new DocumentViewModel(study(ScaleKind.NOMINAL, Confidence.MEDIUM));
        var inspector = new InspectorViewModel(document);

        inspector.kindProperty().set(ScaleKind.ORDINAL);

        Scale scale = document.study().scale("s").orElseThrow();
        assertThat(scale.kind()).isEqualTo(ScaleKind.ORDINAL);
        assertThat(scale.reading()).isNull();
        assertThat(inspector.chartTypes()).contains(ChartType.DIVERGING_BARS);
    }

    @Test
    void changingAScoreMakesTheScaleAPersonsOwn() {
        var document = new DocumentViewModel(study(ScaleKind.ORDINAL, Confidence.LOW));
        var inspector = new InspectorViewModel(document);

        inspector.setScore(0, 5);

        assertThat(document.study().scale("s").orElseThrow().reading()).isNull();
    }
}
