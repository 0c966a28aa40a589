package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneJson;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each chart type's scene, compared with a committed golden file: a change to layout shows up as a
 * change of primitives. After a deliberate change, regenerate with {@code -Dgolden.update=true} and
 * look at the difference before committing it. Beside the article width (640), each defect a graphics
 * desk found is kept fixed at a phone's width (360) and a wide page's (1280): lines through labels and
 * the story's values (diverging, stacked), the goal chart's own note, label and legend, annotations on
 * crowded rows, colours across a study (groups), rows that sum to 130 or miss a value, and a social
 * card's fixed height.
 */
class GoldenSceneTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dk/taktstok/chart/layout/golden");

    static Stream<Arguments> charts() {
        var cases = new ArrayList<Arguments>();
        cases.add(Arguments.of("diverging-640-da", Charts.SAMPLE, Charts.DIVERGING, 640, null, "da"));
        cases.add(Arguments.of("stacked-640-da", Charts.SAMPLE, Charts.STACKED, 640, null, "da"));
        cases.add(Arguments.of("groups-640-da", Charts.SAMPLE, Charts.GROUPS, 640, null, "da"));
        cases.add(Arguments.of("goal-640-da", Charts.SAMPLE, Charts.GOAL, 640, null, "da"));
        cases.add(Arguments.of("goal-annotated-640-en", Charts.SAMPLE, Charts.annotated(Charts.GOAL), 640, null, "en"));
        cases.add(Arguments.of("diverging-320-en", Charts.SAMPLE, Charts.DIVERGING, 320, null, "en"));
        for (int width : new int[] {360, 1280}) {
            cases.add(Arguments.of("diverging-" + width + "-da", Charts.SAMPLE, Charts.DIVERGING, width, null, "da"));
            cases.add(Arguments.of("stacked-" + width + "-da", Charts.SAMPLE, Charts.STACKED, width, null, "da"));
            cases.add(Arguments.of("groups-" + width + "-da", Charts.SAMPLE, Charts.GROUPS, width, null, "da"));
            cases.add(Arguments.of("goal-sample-" + width + "-da", Charts.SAMPLE,
                    Charts.withSampleAnnotations(Charts.GOAL), width, null, "da"));
            cases.add(Arguments.of("diverging-annotated-" + width + "-en", Charts.SAMPLE,
                    Charts.annotated(Charts.DIVERGING), width, null, "en"));
            cases.add(Arguments.of("stacked-crowded-" + width + "-en", Charts.SAMPLE, Charts.crowded(Charts.STACKED),
                    width, null, "en"));
            cases.add(Arguments.of("goal-crowded-" + width + "-da", Charts.SAMPLE, Charts.crowded(Charts.GOAL), width,
                    null, "da"));
            cases.add(Arguments.of("diverging-faulty-" + width + "-da", Charts.FAULTY, Charts.DIVERGING, width, null,
                    "da"));
            cases.add(Arguments.of("stacked-faulty-" + width + "-en", Charts.FAULTY, Charts.STACKED, width, null, "en"));
        }
        cases.add(Arguments.of("goal-card-360x640-da", Charts.SAMPLE, Charts.withSampleAnnotations(Charts.GOAL), 360,
                640.0, "da"));
        cases.add(Arguments.of("goal-card-1280x720-da", Charts.SAMPLE, Charts.withSampleAnnotations(Charts.GOAL), 1280,
                720.0, "da"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void sceneMatchesItsGoldenFile(String name, Study study, ChartSpec spec, double width, Double height,
                                   String language) throws IOException {
        ChartScene scene = ChartLayout.standard().layout(study, spec,
                new LayoutOptions(width, height, language, ThemeFiles.standard()));
        String actual = SceneJson.write(scene);
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();

        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
