package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.chart.layout.GroupIndexGeometry.Bar;
import dk.taktstok.chart.layout.GroupIndexGeometry.Section;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Measure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The group index chart's geometry, computed without a scene. */
class GroupIndexPlotTest {

    private static final double EPSILON = 1e-9;

    private static GroupIndexGeometry compute(ChartSpec spec) {
        return new GroupIndexPlot().compute(Charts.context(Charts.SAMPLE, spec, 640, "da"), Charts.type(), 100, Room.NONE);
    }

    @Test
    void eachGroupsIndexIsTheMeanScoreOfItsItemsEndingAtItsValue() {
        GroupIndexGeometry plot = compute(Charts.GROUPS);
        List<Section> sections = plot.sections();

        assertThat(sections).extracting(Section::groupId).containsExactly("municipality", "civil");
        assertThat(sections.get(0).items()).extracting(Bar::target)
                .containsExactly("invites-associations", "invites-volunteers", "dialogue", "enables-users");
        assertThat(sections.get(1).items()).extracting(Bar::target)
                .containsExactly("local-civil-invites", "national-civil-invites");
        assertThat(sections.get(0).index().value()).isCloseTo(64.89, within(0.005));
        assertThat(sections.get(1).index().value()).isCloseTo(57.12, within(0.005));
        for (Section section : sections) {
            Bar index = section.index();
            assertThat(index.bar().x()).isCloseTo(plot.scale().map(0), within(EPSILON));
            assertThat(index.bar().right()).isCloseTo(plot.scale().map(index.value()), within(EPSILON));
            assertThat(index.valueText().text()).isEqualTo(String.format("%.1f", index.value()).replace('.', ','));
            assertThat(index.valueText().x()).isGreaterThan(index.bar().right());
        }
    }

    @Test
    void anIndexComesAfterItsGroupsItemsUnderItsHeading() {
        for (Section section : compute(Charts.GROUPS).sections()) {
            assertThat(section.heading().bottom()).isLessThanOrEqualTo(section.items().getFirst().label().top());
            assertThat(section.items().getLast().bar().bottom()).isLessThan(section.index().bar().y());
        }
    }

    @Test
    void theNetRunsFromMinus100WithBarsFromZero() {
        var spec = new ChartSpec("net", ChartType.GROUP_INDEX, "initiative", null, null, null, null, Measure.NET,
                List.of(), null, List.of());
        GroupIndexGeometry plot = compute(spec);

        assertThat(plot.scale().domainMin()).isEqualTo(-100);
        Bar first = plot.sections().getFirst().items().getFirst();
        assertThat(first.value()).isCloseTo(26.7 + 46.4 - 8.8 - 5.5, within(0.05));
        assertThat(first.bar().x()).isCloseTo(plot.scale().map(0), within(EPSILON));
        assertThat(first.valueText().text()).startsWith("+");
    }
}
