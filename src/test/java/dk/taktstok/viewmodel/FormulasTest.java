package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.analysis.ItemMeasurer;
import dk.taktstok.model.Category;
import dk.taktstok.model.Item;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Text;
import dk.taktstok.testing.InLanguage;
import dk.taktstok.testing.SampleFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FormulasTest {

    @RegisterExtension
    static InLanguage words = InLanguage.english();

    private static String explain(Measure measure, Scale scale, Item item, String language) {
        var measurer = new ItemMeasurer(scale);
        return Formulas.explain(measure, scale, measurer.boxes(), item, measurer.measure(item), language);
    }

    /** The rows of docs/measures.md, worked out as the tooltips show them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 | TOP_BOX       | Top box = Som regel + Somme tider = 26.7 + 46.4 = 73.10",
        "1 | TOP_BOX_VALID | Top box among valid answers = 73.1 / (26.7 + 46.4 + 8.8 + 5.5) × 100 = 73.1 / 87.4 × 100 = 83.64",
        "1 | MEAN_SCORE    | Mean score = (3·26.7 + 2·46.4 + 1·8.8 + 0·5.5) / (3 × 87.4) × 100 = 69.30",
        "1 | NET           | Net = top box − bottom box = 73.1 − (8.8 + 5.5) = 58.80",
        "1 | DONT_KNOW     | Don't know = Ved ikke = 12.7 = 12.70",
        "2 | TOP_BOX       | Top box = Som regel + Somme tider = 15.5 + 46.7 = 62.20",
        "3 | MEAN_SCORE    | Mean score = (3·32.1 + 2·47.6 + 1·9.1 + 0·2.4) / (3 × 91.2) × 100 = 73.32",
        "4 | TOP_BOX_VALID | Top box among valid answers = 51.5 / (9.7 + 41.8 + 16.4 + 8.5) × 100 = 51.5 / 76.4 × 100 = 67.41",
        "5 | NET           | Net = top box − bottom box = 64.2 − (18.5 + 3.9) = 41.80",
        "6 | MEAN_SCORE    | Mean score = (3·4.2 + 2·46.1 + 1·24.2 + 0·8.2) / (3 × 82.7) × 100 = 52.00"})
    void eachMeasureIsWorkedOutFromTheShares(int row, Measure measure, String formula) {
        assertThat(explain(measure, SampleFixture.scale(), SampleFixture.row(row), "en")).isEqualTo(formula);
    }

    @Test
    void numbersAreWrittenInTheLanguageAskedFor() {
        assertThat(explain(Measure.TOP_BOX, SampleFixture.scale(), SampleFixture.row(1), "da"))
                .isEqualTo("Top box = Som regel + Somme tider = 26,7 + 46,4 = 73,10");
    }

    @Test
    void scoresAreCountedFromTheLowest() {
        var scale = new Scale("frequency", List.of(
                Category.substantive(Text.of("Som regel"), 4),
                Category.substantive(Text.of("Somme tider"), 3),
                Category.substantive(Text.of("Sjældent"), 2),
                Category.substantive(Text.of("Aldrig"), 1),
                Category.dontKnow(Text.of("Ved ikke"))));

        assertThat(explain(Measure.MEAN_SCORE, scale, SampleFixture.row(1), "en"))
                .isEqualTo("Mean score = (3·26.7 + 2·46.4 + 1·8.8 + 0·5.5) / (3 × 87.4) × 100 = 69.30");
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void everyMeasureHasAGeneralFormula(Measure measure) {
        assertThat(Formulas.general(measure)).isNotBlank().doesNotStartWith("formula.");
    }
}
