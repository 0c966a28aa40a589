package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.analysis.ItemResult;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.model.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The story's number always shows: every top-box segment of every item carries its value as text —
 * inside the segment, past the bar's end or under the segment — at every width, in both languages.
 */
class TopBoxValuesTest {

    static Stream<Arguments> charts() {
        var cases = new ArrayList<Arguments>();
        for (ChartSpec spec : List.of(Charts.DIVERGING, Charts.STACKED, Charts.crowded(Charts.DIVERGING))) {
            for (double width : ChartCollisionTest.WIDTHS) {
                for (String language : List.of("da", "en")) {
                    cases.add(Arguments.of(spec.type() + (spec.annotations().isEmpty() ? "" : "+crowded"), spec, width,
                            language));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {2} px, {3}")
    @MethodSource("charts")
    void everyTopBoxShareIsWritten(String name, ChartSpec spec, double width, String language) {
        ChartScene scene = Charts.layout(spec, width, language);
        ChartContext chart = Charts.context(Charts.SAMPLE, spec, width, language);
        Map<String, String> texts = scene.texts().stream()
                .collect(Collectors.toMap(SceneText::id, SceneText::text, (a, b) -> a));

        for (ItemResult item : chart.measures.items()) {
            for (int c : chart.measures.boxes().topBox()) {
                String id = SceneIds.value(item.item().id(), chart.categoryKey(c));
                assertThat(texts).as("%s's %s", item.item().id(), chart.categoryLabel(c))
                        .containsEntry(id, chart.share(item.item().share(c)));
            }
        }
    }

    @ParameterizedTest(name = "{0} at {2} px, {3}")
    @MethodSource("charts")
    void theFourteenPointEightOfTheStoryIsWritten(String name, ChartSpec spec, double width, String language) {
        List<String> values = Charts.layout(spec, width, language).texts().stream().map(SceneText::text).toList();

        assertThat(values).contains(language.equals("da") ? "14,8" : "14.8");
        assertThat(Function.identity()).isNotNull();
    }
}
