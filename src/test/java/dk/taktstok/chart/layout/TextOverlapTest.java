package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.model.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No two texts of a chart overlap, and every text lies inside the chart, for every chart type with and
 * without annotations, from a phone's width to a wide web page, in both languages. The boxes are
 * measured here, from the scene alone, not taken from layout.
 */
class TextOverlapTest {

    private static final FontMeasurer MEASURER = new FontMeasurer();

    static Stream<Arguments> charts() {
        var cases = new ArrayList<Arguments>();
        for (ChartSpec spec : Charts.ALL) {
            for (ChartSpec variant : List.of(spec, Charts.annotated(spec))) {
                for (double width : new double[] {280, 320, 400, 480, 640, 800, 1000, 1200}) {
                    for (String language : List.of("da", "en")) {
                        cases.add(Arguments.of(variant.id() + (variant.annotations().isEmpty() ? "" : "+notes"),
                                variant, width, language));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {2} px, {3}")
    @MethodSource("charts")
    void noTwoTextsOverlapAndAllAreInside(String name, ChartSpec spec, double width, String language) {
        ChartScene scene = Charts.layout(spec, width, language);
        List<SceneText> texts = scene.texts();
        List<Box> boxes = texts.stream().map(TextOverlapTest::box).toList();
        var chart = new Box(0, 0, scene.width(), scene.height());

        for (int i = 0; i < boxes.size(); i++) {
            assertThat(boxes.get(i).within(chart)).as("%s lies inside the chart", texts.get(i).id()).isTrue();
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as("'%s' (%s) overlaps '%s' (%s)", texts.get(i).text(), texts.get(i).id(),
                                texts.get(j).text(), texts.get(j).id())
                        .isFalse();
            }
        }
    }

    static Box box(SceneText text) {
        double width = MEASURER.width(text.text(), text.font());
        double left = switch (text.anchor()) {
            case START -> text.x();
            case MIDDLE -> text.x() - width / 2;
            case END -> text.x() - width;
        };
        double ascent = MEASURER.ascent(text.font());
        return new Box(left, text.y() - ascent, width, ascent + MEASURER.descent(text.font()));
    }
}
