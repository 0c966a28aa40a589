package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.analysis.ScaleBoxes;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.model.Category;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Neighbouring colours of a chart stay apart for readers with the common colour-vision deficiencies:
 * the categories of any scale from 2 to 7 answers (with and without "don't know") and the group
 * colours, simulated as seen with protanopia, deuteranopia and tritanopia.
 */
class ColorVisionTest {

    /** A CIEDE2000 difference of 10 is plainly visible side by side; 2.3 is the just-noticeable one. */
    private static final double MIN_DIFFERENCE = 10;

    private static final Theme THEME = ThemeFiles.standard();

    static Stream<Arguments> scales() {
        var cases = new ArrayList<Arguments>();
        for (int substantive = 2; substantive <= 7; substantive++) {
            for (boolean dontKnow : new boolean[] {false, true}) {
                for (ColorVision.Deficiency deficiency : ColorVision.Deficiency.values()) {
                    cases.add(Arguments.of(substantive, dontKnow, deficiency));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} answers, don''t know {1}, {2}")
    @MethodSource("scales")
    void neighbouringCategoriesStayDistinguishable(int substantive, boolean dontKnow, ColorVision.Deficiency deficiency) {
        Scale scale = scale(substantive, dontKnow);
        List<Color> colors = CategoryColors.of(scale, ScaleBoxes.of(scale), THEME.colors());

        for (int i = 0; i + 1 < colors.size(); i++) {
            assertThat(ColorVision.difference(colors.get(i), colors.get(i + 1), deficiency))
                    .as("%s next to %s", scale.category(i).name(), scale.category(i + 1).name())
                    .isGreaterThanOrEqualTo(MIN_DIFFERENCE);
        }
    }

    @ParameterizedTest
    @MethodSource("deficiencies")
    void groupColoursStayDistinguishable(ColorVision.Deficiency deficiency) {
        List<Color> groups = THEME.colors().groups();

        for (int i = 0; i + 1 < groups.size(); i++) {
            assertThat(ColorVision.difference(groups.get(i), groups.get(i + 1), deficiency))
                    .as("group colour %d next to %d", i, i + 1).isGreaterThanOrEqualTo(MIN_DIFFERENCE);
        }
    }

    @Test
    void simulationMakesRedAndGreenAlikeForDeuteranopiaButNotTritanopia() {
        Color red = Color.hex("#d62728");
        Color green = Color.hex("#2ca02c");

        assertThat(ColorVision.difference(red, green, ColorVision.Deficiency.NONE)).isGreaterThan(50);
        assertThat(ColorVision.difference(red, green, ColorVision.Deficiency.DEUTERANOPIA)).isLessThan(MIN_DIFFERENCE);
        assertThat(ColorVision.difference(red, green, ColorVision.Deficiency.TRITANOPIA)).isGreaterThan(50);
    }

    @Test
    void ciede2000MatchesAPublishedPair() {
        // Sharma, Wu and Dalal (2005), test pair 1: ΔE00 = 2.0425
        double difference = ColorVision.ciede2000(new double[] {50, 2.6772, -79.7751},
                new double[] {50, 0, -82.7485});

        assertThat(difference).isCloseTo(2.0425, org.assertj.core.api.Assertions.within(0.0001));
    }

    static Stream<ColorVision.Deficiency> deficiencies() {
        return Stream.of(ColorVision.Deficiency.values());
    }

    private static Scale scale(int substantive, boolean dontKnow) {
        var categories = new ArrayList<Category>();
        for (int i = 0; i < substantive; i++) {
            categories.add(Category.substantive(Text.of("answer " + (i + 1)), substantive - 1 - i));
        }
        if (dontKnow) {
            categories.add(Category.dontKnow(Text.of("don't know")));
        }
        return new Scale("s", categories);
    }
}
