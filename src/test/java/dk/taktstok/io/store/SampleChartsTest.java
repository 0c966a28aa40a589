package dk.taktstok.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.json.JsonStudyReader;
import dk.taktstok.io.json.JsonStudyWriter;
import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Gap;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Practice;
import dk.taktstok.model.PracticeMark;
import dk.taktstok.model.SortOrder;
import dk.taktstok.model.Study;
import dk.taktstok.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The sample study's default charts: one of each type, with Danish headlines and English translations. */
class SampleChartsTest {

    private final Study sample = SampleStudy.load();

    private static String sampleText() throws IOException {
        try (InputStream in = SampleStudy.class.getResourceAsStream("sample-study.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ChartSpec chart(String id) {
        return sample.chart(id).orElseThrow();
    }

    @Test
    void sampleIsAVersionTwoFileThatReadsWithoutProblems() throws IOException {
        ReadResult read = StudyFiles.finish(new JsonStudyReader().readString(sampleText()));

        assertThat(sampleText()).contains("\"version\": 2,");
        assertThat(read.problems()).isEmpty();
        assertThat(read.study()).isEqualTo(sample);
    }

    @Test
    void fourChartsOneOfEachType() {
        assertThat(sample.charts()).extracting(ChartSpec::id)
                .containsExactly("initiative-diverging", "initiative-stacked", "initiative-groups", "goal-vs-practice");
        assertThat(sample.charts()).extracting(ChartSpec::type).containsExactly(
                ChartType.DIVERGING_BARS, ChartType.STACKED_BARS, ChartType.GROUP_INDEX, ChartType.GOAL_VS_PRACTICE);
        assertThat(sample.charts()).allSatisfy(chart -> assertThat(chart.tableId()).isEqualTo("initiative"));
    }

    @Test
    void everyHeadlineIsDanishWithAnEnglishTranslationAndOnlyTheScoreChartReplacesTheQuestion() {
        assertThat(sample.charts()).allSatisfy(chart -> {
            assertThat(chart.title().byLanguage().keySet()).containsExactly("da", "en");
            assertThat(chart.note()).isNull();
        });
        assertThat(sample.charts()).filteredOn(chart -> chart.subtitle() != null)
                .extracting(ChartSpec::id).containsExactly("initiative-groups");
        assertThat(chart("initiative-groups").subtitle().in("en")).contains("score from 0");
        assertThat(chart("initiative-diverging").title()).isEqualTo(Text.of(
                "da", "Kommunen tager oftest initiativet til samarbejdet",
                "en", "The municipality usually takes the initiative"));
        assertThat(chart("goal-vs-practice").title().in("en"))
                .isEqualTo("75% want stronger civil actors – but these rarely take the initiative");
    }

    @Test
    void divergingBarsKeepTheSourceOrder() {
        assertThat(chart("initiative-diverging").sort()).isNull();
        assertThat(chart("initiative-diverging").annotations()).isEmpty();
    }

    @Test
    void stackedBarsAreSortedByTopBoxLargestFirst() {
        assertThat(chart("initiative-stacked").sort()).isEqualTo(new SortOrder(Measure.TOP_BOX, true));
    }

    @Test
    void groupIndexShowsTheMeanScore() {
        assertThat(chart("initiative-groups").measure()).isEqualTo(Measure.MEAN_SCORE);
    }

    @Test
    void goalVsPracticeShowsTheStudysThreeGapsInOrderAsDots() {
        ChartSpec chart = chart("goal-vs-practice");

        assertThat(chart.gaps()).containsExactlyElementsOf(sample.gaps().stream().map(Gap::id).toList())
                .containsExactly("goal-vs-local-civil-initiative", "goal-vs-national-civil-initiative", "goal-vs-dialogue");
        assertThat(chart.mark()).isEqualTo(PracticeMark.DOT);
    }

    @Test
    void goalVsPracticeNotesTheLocalGapWhereLayoutPlacesIt() {
        assertThat(chart("goal-vs-practice").annotations()).containsExactly(new Annotation.Note("gap-local",
                Text.of("da", "60,2 point fra mål til praksis", "en", "60.2 points between goal and practice"),
                new AnnotationAnchor.DataPoint("goal-vs-local-civil-initiative", null), null, false));
    }

    @Test
    void theNotesSixtyPointsAreTheLocalGapRounded() {
        Gap gap = sample.gaps().getFirst();
        var practice = (Practice.CategoryShare) gap.practice();
        var table = sample.table(practice.tableId()).orElseThrow();
        double share = table.item(practice.itemId()).orElseThrow().share(sample.scaleOf(table).indexOf(practice.category()));
        double goal = sample.benchmark(gap.benchmarkId()).orElseThrow().value();

        assertThat(Math.round(goal - share)).isEqualTo(60);
        assertThat(Math.round(goal)).isEqualTo(75);
    }

    @Test
    void sampleComesBackEqualWhenSavedAndReadAgain() {
        String json = new JsonStudyWriter().toJson(sample);

        assertThat(new JsonStudyReader().readString(json).study()).isEqualTo(sample);
    }
}
