package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Item;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WrapTest {

    private static final FontMeasurer MEASURER = new FontMeasurer();
    private static final Font FONT = new Font(ThemeFiles.standard().regular(), 13);
    private static final String LONG = "Regionale og/eller landsdækkende civile aktører (fx idrætsorganisationer,"
            + " sociale organisationer m.fl.) inviterer kommunen til samarbejder";

    @ParameterizedTest
    @ValueSource(doubles = {60, 120, 200, 400})
    void everyLineFitsAndNoWordIsLost(double width) {
        List<String> lines = Wrap.lines(LONG, FONT, width, MEASURER);

        assertThat(lines).allSatisfy(line -> assertThat(MEASURER.width(line, FONT)).isLessThanOrEqualTo(width));
        assertThat(String.join(" ", lines).replace("- ", "").replace("-", "").replace(" ", ""))
                .isEqualTo(LONG.replace("-", "").replace(" ", ""));
    }

    @Test
    void wordWiderThanTheLineBreaksAtItsSlashFirst() {
        List<String> lines = Wrap.lines("og/eller", FONT, MEASURER.width("og/eller", FONT) - 1, MEASURER);

        assertThat(lines).containsExactly("og/", "eller");
    }

    @Test
    void longCompoundWithoutBreakPointIsHyphenated() {
        String word = "idrætsorganisationerne";
        List<String> lines = Wrap.lines(word, FONT, 60, MEASURER);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> line.endsWith("-"));
        assertThat(String.join("", lines).replace("-", "")).isEqualTo(word);
    }

    @Test
    void longDanishItemLabelsAreDrawnWholeInEveryChart() {
        Study sample = Charts.SAMPLE;
        SurveyTable table = sample.tables().getFirst();
        var items = new ArrayList<Item>();
        for (Item item : table.items()) {
            items.add(item.withShortLabel(null));   // the full statements, up to 140 characters
        }
        Study longLabels = sample.withTables(List.of(table.withItems(items)));

        for (ChartSpec spec : List.of(Charts.DIVERGING, Charts.STACKED, Charts.GROUPS)) {
            for (double width : new double[] {320, 640}) {
                var scene = ChartLayout.standard().layout(longLabels, spec, LayoutOptions.of(width, "da"));
                for (Item item : items) {
                    String drawn = scene.texts().stream()
                            .filter(t -> t.id().startsWith(SceneIds.child(SceneIds.row(item.id()), "label") + "/"))
                            .map(t -> t.text()).reduce((a, b) -> a + " " + b).orElse("");
                    assertThat(unhyphenated(drawn)).as("%s at %s px", item.id(), width)
                            .isEqualTo(unhyphenated(item.label().text()));
                }
            }
        }
    }

    private static String unhyphenated(String text) {
        return text.replace("-", "").replace(" ", "");
    }
}
