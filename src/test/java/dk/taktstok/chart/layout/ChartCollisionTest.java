package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing crosses a text — no other text, value label, mark or line — and every text lies inside the
 * chart: each chart type at every width from a small phone to a wide page, in both languages, without
 * annotations, with the sample's, with six or more of every kind crowded onto a few rows, and of data with a
 * row summing to 130 and a missing value. Texts are
 * measured by their glyphs' ink in the embedded font file ({@link SceneCollisions}), not by layout.
 */
class ChartCollisionTest {

    static final double[] WIDTHS = {280, 320, 360, 400, 480, 640, 800, 1024, 1280};

    static Stream<Arguments> charts() {
        var cases = new ArrayList<Arguments>();
        for (ChartSpec spec : Charts.ALL) {
            var variants = List.of(spec, Charts.withSampleAnnotations(spec), Charts.crowded(spec), spec);
            var studies = List.of(Charts.SAMPLE, Charts.SAMPLE, Charts.SAMPLE, Charts.FAULTY);
            var names = List.of("", "+sample notes", "+crowded", " of faulty data");
            for (int v = 0; v < variants.size(); v++) {
                for (double width : WIDTHS) {
                    for (String language : List.of("da", "en")) {
                        cases.add(Arguments.of(spec.id() + names.get(v), studies.get(v), variants.get(v), width,
                                language));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {3} px, {4}")
    @MethodSource("charts")
    void nothingCrossesATextAndEveryTextIsInside(String name, Study study, ChartSpec spec, double width,
                                                 String language) {
        assertThat(SceneCollisions.find(Charts.layout(study, spec, width, language))).isEmpty();
    }
}
