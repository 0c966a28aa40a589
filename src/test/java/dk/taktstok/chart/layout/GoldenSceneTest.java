package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.scene.SceneJson;
import dk.taktstok.model.ChartSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each chart type's scene, compared with a committed golden file: a change to layout shows up as a
 * change of primitives. After a deliberate change, regenerate with {@code -Dgolden.update=true} and
 * look at the difference before committing it.
 */
class GoldenSceneTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dk/taktstok/chart/layout/golden");

    static Stream<Arguments> charts() {
        return Stream.of(
                Arguments.of("diverging-640-da", Charts.DIVERGING, 640, "da"),
                Arguments.of("stacked-640-da", Charts.STACKED, 640, "da"),
                Arguments.of("groups-640-da", Charts.GROUPS, 640, "da"),
                Arguments.of("goal-640-da", Charts.GOAL, 640, "da"),
                Arguments.of("goal-annotated-640-en", Charts.annotated(Charts.GOAL), 640, "en"),
                Arguments.of("diverging-320-en", Charts.DIVERGING, 320, "en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void sceneMatchesItsGoldenFile(String name, ChartSpec spec, double width, String language) throws IOException {
        String actual = SceneJson.write(Charts.layout(spec, width, language));
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();

        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
