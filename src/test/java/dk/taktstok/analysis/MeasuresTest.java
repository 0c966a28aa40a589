package dk.taktstok.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.model.Gap;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Practice;
import dk.taktstok.testing.SampleFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasuresTest {

    private static final double EPS = 0.005;

    private final StudyMeasures sample = Measures.of(SampleFixture.study());

    @ParameterizedTest(name = "{0}: municipality {1}, civil {2}, balance {3}")
    @CsvSource({
        "TOP_BOX,       66.625, 57.25,  9.375",
        "TOP_BOX_VALID, 77.524, 67.478, 10.046",
        "MEAN_SCORE,    64.89,  57.12,  7.77",
        "NET,           47.8,   29.85,  17.95",
        "DONT_KNOW,     14.6,   15.3,   -0.7",
    })
    void groupIndicesAreUnweightedMeansAndBalanceIsMunicipalityMinusCivil(
            Measure measure, double municipality, double civil, double balance) {
        TableMeasures table = sample.tables().getFirst();

        assertThat(table.groups()).extracting(g -> g.group().id()).containsExactly("municipality", "civil");
        assertThat(table.groups().get(0).means().get(measure)).isCloseTo(municipality, within(EPS));
        assertThat(table.groups().get(1).means().get(measure)).isCloseTo(civil, within(EPS));
        assertThat(table.balance().difference().get(measure)).isCloseTo(balance, within(EPS));
    }

    @Test
    void groupsCountTheirItems() {
        TableMeasures table = sample.tables().getFirst();

        assertThat(table.groups()).extracting(GroupResult::itemCount).containsExactly(4, 2);
    }

    @ParameterizedTest(name = "{0}: 75 − {1} = {2}")
    @CsvSource({
        "gap-r5, 14.8, 60.2",
        "gap-r6, 4.2,  70.8",
        "gap-r3, 32.1, 42.9",
    })
    void gapIsBenchmarkMinusTheCategoryShare(String gapId, double practice, double gap) {
        GapResult result = sample.gaps().stream().filter(g -> g.gap().id().equals(gapId)).findFirst().orElseThrow();

        assertThat(result.benchmark().value()).isEqualTo(75.0);
        assertThat(result.practiceValue()).isCloseTo(practice, within(1e-9));
        assertThat(result.points()).isCloseTo(gap, within(1e-9));
    }

    @Test
    void gapAgainstAGroupIndexUsesTheGroupMean() {
        var study = SampleFixture.study();
        var withGroupGap = study.withBenchmarks(study.benchmarks(), List.of(
                new Gap("g", "goal", new Practice.GroupMeasure("initiative", "civil", Measure.TOP_BOX))));

        GapResult result = Measures.of(withGroupGap).gaps().getFirst();

        assertThat(result.points()).isCloseTo(75 - 57.25, within(1e-9));
    }

    @Test
    void gapAgainstAnItemMeasureUsesThatMeasure() {
        var study = SampleFixture.study();
        var withItemGap = study.withBenchmarks(study.benchmarks(), List.of(
                new Gap("g", "goal", new Practice.ItemMeasure("initiative", "r1", Measure.TOP_BOX))));

        GapResult result = Measures.of(withItemGap).gaps().getFirst();

        assertThat(result.points()).isCloseTo(75 - 73.1, within(1e-9));
    }

    @Test
    void gapNamingAnUnknownItemIsLeftOut() {
        var study = SampleFixture.study();
        var broken = study.withBenchmarks(study.benchmarks(), List.of(
                new Gap("g", "goal", new Practice.CategoryShare("initiative", "nope", "Som regel"))));

        assertThat(Measures.of(broken).gaps()).isEmpty();
    }

    @Test
    void retaggingAnItemMovesItToTheOtherGroup() {
        var study = SampleFixture.study();
        var table = study.tables().getFirst();
        var items = new java.util.ArrayList<>(table.items());
        items.set(4, items.get(4).withTags(java.util.Map.of("initiator", "municipality")));

        TableMeasures result = Measures.of(study.withTables(List.of(table.withItems(items)))).tables().getFirst();

        assertThat(result.groups()).extracting(GroupResult::itemCount).containsExactly(5, 1);
    }

    @Test
    void tableWithoutGroupsHasNoBalance() {
        var study = SampleFixture.study();
        var table = study.tables().getFirst().withGrouping(null, List.of());

        TableMeasures result = Measures.of(study.withTables(List.of(table))).tables().getFirst();

        assertThat(result.groups()).isEmpty();
        assertThat(result.balanceIfAny()).isEmpty();
    }
}
