package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.analysis.MarginsOfError;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneGroup;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.SceneLine;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Study;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What charts show of the number of answers: a note on items under 50, and the goal chart's error bars. */
class MarginsInChartsTest {

    /** The sample as if the study said how many answered. */
    private static Study withRespondents(int respondents) {
        Metadata m = Charts.SAMPLE.metadata();
        return Charts.SAMPLE.withMetadata(new Metadata(m.title(), m.source(), m.authors(), m.publisher(), m.date(),
                m.language(), m.population(), respondents));
    }

    private static ChartScene layout(Study study, ChartSpec spec, double width, String language) {
        return ChartLayout.standard().layout(study, spec, LayoutOptions.of(width, language));
    }

    /** The texts of the notes under the chart: the footer without the source line. */
    private static List<String> notes(ChartScene scene) {
        var footer = (SceneGroup) scene.flatten().stream().filter(n -> n.id().equals(SceneIds.FOOTER)).findFirst()
                .orElseThrow();
        return footer.children().stream().filter(SceneText.class::isInstance).map(SceneText.class::cast)
                .filter(t -> !t.id().startsWith(SceneIds.SOURCE + "/")).map(SceneText::text).toList();
    }

    private static List<SceneLine> lines(ChartScene scene, String idPart) {
        return scene.flatten().stream().filter(SceneLine.class::isInstance).map(SceneLine.class::cast)
                .filter(l -> l.id().contains(idPart)).toList();
    }

    @Test
    void everyChartNamesItsItemsUnderFiftyAnswersInANote() {
        for (ChartSpec spec : Charts.ALL) {
            String notes = String.join(" ", notes(layout(withRespondents(40), spec, 1200, "en")));

            assertThat(notes).as(spec.id()).contains("Fewer than 50 answers, so read with care:");
        }
        assertThat(String.join(" ", notes(layout(withRespondents(40), Charts.STACKED, 1200, "en"))))
                .contains("“Municipality invites associations”");
    }

    @Test
    void goalChartNamesOnlyTheItemsItShows() {
        String notes = String.join(" ", notes(layout(withRespondents(40), Charts.GOAL, 1200, "en")));

        assertThat(notes).contains("“Local civil actors invite the municipality”")
                .doesNotContain("“Municipality invites associations”");
    }

    @Test
    void chartsOfItemsWithFiftyAnswersOrMoreHaveNoSuchNote() {
        for (ChartSpec spec : Charts.ALL) {
            assertThat(notes(layout(withRespondents(400), spec, 640, "da"))).as(spec.id())
                    .noneMatch(n -> n.startsWith("Færre end 50 svar"));
        }
    }

    @Test
    void goalChartDrawsEachPracticeValuesMarginAsAnErrorBar() {
        ChartScene scene = layout(withRespondents(400), Charts.GOAL, 640, "da");

        List<SceneLine> bars = lines(scene, "/moe/line");
        assertThat(bars).hasSize(3);
        SceneLine first = bars.getFirst();
        double margin = MarginsOfError.share(14.8, 400);
        // the plot's scale maps 0..100 linearly, so the bar's length is the margin's share of the axis
        double unit = (first.x2() - first.x1()) / (2 * margin);
        assertThat(unit).isPositive();
        assertThat(lines(scene, "/moe/low")).hasSize(3);
        assertThat(String.join(" ", notes(scene))).contains("fejlmargin på 95 pct.");
        assertThat(scene.description()).contains("fejlmargener");
    }

    @Test
    void goalChartWithoutNumbersOfAnswersHasNoErrorBars() {
        assertThat(lines(layout(Charts.SAMPLE, Charts.GOAL, 640, "da"), "/moe/")).isEmpty();
    }

    static Stream<Arguments> widths() {
        var cases = new ArrayList<Arguments>();
        for (double width : new double[] {280, 320, 400, 480, 640, 800, 1000, 1200}) {
            for (String language : List.of("da", "en")) {
                for (ChartSpec spec : List.of(Charts.GOAL, Charts.annotated(Charts.GOAL),
                        arrows(Charts.GOAL))) {
                    cases.add(Arguments.of(spec, width, language));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1} px, {2}")
    @MethodSource("widths")
    void errorBarsLeaveNoTextOverlappingAnother(ChartSpec spec, double width, String language) {
        ChartScene scene = layout(withRespondents(60), spec, width, language);

        // the error bars are lines: none may cross a value, nor anything else cross a text
        assertThat(SceneCollisions.find(scene)).isEmpty();
    }

    @Test
    void marginNoteGivesTheRangeOfMargins() {
        ChartScene scene = layout(withRespondents(400), Charts.GOAL, 640, "en");

        double low = MarginsOfError.share(4.2, 400);
        double high = MarginsOfError.share(32.1, 400);
        assertThat(String.join(" ", notes(scene))).contains(String.format(java.util.Locale.ROOT,
                "(±%.1f to ±%.1f points)", low, high));
        assertThat(low).isCloseTo(1.97, within(0.01));
    }

    private static ChartSpec arrows(ChartSpec s) {
        return new ChartSpec(s.id() + "-arrows", s.type(), s.tableId(), s.title(), s.subtitle(), s.note(), s.sort(),
                s.measure(), s.gaps(), dk.taktstok.model.PracticeMark.ARROW, s.annotations());
    }
}
