package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.chart.layout.StackedBarsGeometry.Row;
import dk.taktstok.chart.layout.StackedBarsGeometry.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 100 % stacked chart's geometry, computed without a scene. */
class StackedBarsPlotTest {

    private static final double EPSILON = 1e-9;

    private static StackedBarsGeometry compute(double width) {
        return new StackedBarsPlot().compute(Charts.context(Charts.SAMPLE, Charts.STACKED, width, "da"), Charts.type(),
                100, Room.NONE);
    }

    @Test
    void everySegmentIsAsLongAsItsShareOnOneScale() {
        StackedBarsGeometry plot = compute(640);
        // the sample's first row sums to 100.1, so the scale runs a little past 100
        double perPoint = (plot.scale().rangeMax() - plot.scale().rangeMin()) / 100.1;

        assertThat(plot.scale().domainMax()).isCloseTo(100.1, within(EPSILON));
        for (Row row : plot.rows()) {
            assertThat(row.segments()).allSatisfy(segment ->
                    assertThat(segment.box().width()).isCloseTo(segment.share() * perPoint, within(EPSILON)));
        }
    }

    @Test
    void segmentsFollowEachOtherInTheScalesOrderFromTheBarsLeftEnd() {
        StackedBarsGeometry plot = compute(640);

        for (Row row : plot.rows()) {
            List<Segment> segments = row.segments();
            assertThat(segments).extracting(Segment::name)
                    .containsExactly("Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke");
            assertThat(segments.getFirst().box().x()).isEqualTo(plot.scale().rangeMin());
            for (int i = 1; i < segments.size(); i++) {
                assertThat(segments.get(i).box().x()).isCloseTo(segments.get(i - 1).box().right(), within(EPSILON));
            }
            assertThat(row.bar().right()).isCloseTo(segments.getLast().box().right(), within(EPSILON));
        }
    }

    @Test
    void rowsAreSortedByTopBoxLargestFirst() {
        assertThat(compute(640).rows()).extracting(Row::itemId).containsExactly("dialogue", "invites-associations",
                "local-civil-invites", "invites-volunteers", "enables-users", "national-civil-invites");
    }

    @Test
    void aShareIsWrittenInsideItsSegmentOnlyWhereItFits() {
        Row dialogue = compute(640).rows().getFirst();

        assertThat(dialogue.segments()).filteredOn(s -> s.label().fits())
                .extracting(s -> s.label().text().text()).containsExactly("32,1", "47,6", "9,1", "8,8");
        assertThat(dialogue.segments()).filteredOn(s -> !s.label().fits())
                .extracting(s -> s.label().text().text()).containsExactly("2,4");
    }

    @Test
    void theAxisHasRoundTicksUnderTheBars() {
        StackedBarsGeometry plot = compute(640);

        // a scale to 100.1 takes steps of 50: a step of 25 would end short of its end
        assertThat(plot.axis().ticks()).extracting(BottomAxis.Tick::value).containsExactly(0.0, 50.0, 100.0);
        assertThat(plot.axis().ticks()).allSatisfy(tick ->
                assertThat(tick.x()).isCloseTo(plot.scale().map(tick.value()), within(EPSILON)));
        assertThat(plot.axis().ticks().getFirst().label().text()).isEqualTo("0\u00A0%");
        assertThat(plot.axis().y()).isGreaterThan(plot.rowsBottom());
    }
}
