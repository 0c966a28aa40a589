package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.chart.layout.DivergingBarsGeometry.Row;
import dk.taktstok.chart.layout.DivergingBarsGeometry.Segment;
import dk.taktstok.chart.layout.DivergingBarsGeometry.Side;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diverging chart's geometry, computed without a scene. */
class DivergingBarsPlotTest {

    private static final double EPSILON = 1e-9;

    private static DivergingBarsGeometry compute(Study study, double width) {
        return new DivergingBarsPlot().compute(Charts.context(study, Charts.DIVERGING, width, "da"), Charts.type(), 100, Room.NONE);
    }

    private static Row row(DivergingBarsGeometry plot, String itemId) {
        return plot.rows().stream().filter(r -> r.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    private static double length(List<Segment> segments) {
        return segments.stream().mapToDouble(s -> s.box().width()).sum();
    }

    @Test
    void firstRowsTopBoxOf73Point1RunsRightOfTheCentreAndItsBottomBoxOf14Point3Left() {
        DivergingBarsGeometry plot = compute(Charts.SAMPLE, 640);
        Row row = row(plot, "invites-associations");

        List<Segment> top = row.on(Side.TOP);
        assertThat(top).extracting(Segment::name).containsExactly("Somme tider", "Som regel");
        assertThat(top.getFirst().box().x()).isCloseTo(plot.centre(), within(EPSILON));
        assertThat(top.get(1).box().x()).isCloseTo(top.getFirst().box().right(), within(EPSILON));
        assertThat(length(top) / plot.unit()).isCloseTo(73.1, within(EPSILON));

        List<Segment> bottom = row.on(Side.BOTTOM);
        assertThat(bottom).extracting(Segment::name).containsExactly("Sjældent", "Aldrig");
        assertThat(bottom.getFirst().box().right()).isCloseTo(plot.centre(), within(EPSILON));
        assertThat(bottom.get(1).box().right()).isCloseTo(bottom.getFirst().box().x(), within(EPSILON));
        assertThat(length(bottom) / plot.unit()).isCloseTo(14.3, within(EPSILON));

        assertThat(row.topTotal().text()).isEqualTo("73,1\u00A0%");
        assertThat(row.bottomTotal().text()).isEqualTo("14,3\u00A0%");
        assertThat(row.topTotal().x()).isGreaterThan(top.get(1).box().right());
        assertThat(row.bottomTotal().x()).isLessThan(bottom.get(1).box().x());
    }

    @Test
    void dontKnowStandsApartRightOfEveryTopBoxTotal() {
        DivergingBarsGeometry plot = compute(Charts.SAMPLE, 640);
        var type = Charts.type();
        double rightmostTotal = plot.rows().stream()
                .mapToDouble(r -> type.box(r.topTotal().text(), r.topTotal().font(), r.topTotal().x(),
                        r.topTotal().baseline(), r.topTotal().anchor()).right())
                .max().orElseThrow();

        for (Row row : plot.rows()) {
            Segment dontKnow = row.on(Side.DONT_KNOW).getFirst();
            assertThat(dontKnow.name()).isEqualTo("Ved ikke");
            assertThat(dontKnow.box().x()).isGreaterThan(rightmostTotal);
            assertThat(dontKnow.box().width()).isCloseTo(dontKnow.share() * plot.unit(), within(EPSILON));
            assertThat(dontKnow.label()).isNull();
        }
        assertThat(row(plot, "invites-associations").dontKnowTotal().text()).isEqualTo("12,7");
        assertThat(plot.dontKnowHeading().lines()).containsExactly("Ved ikke");
    }

    @Test
    void oneUnitForEverySegmentSoEqualSharesAreEquallyLong() {
        DivergingBarsGeometry plot = compute(Charts.SAMPLE, 640);

        assertThat(plot.rows()).hasSize(6).allSatisfy(row -> assertThat(row.segments()).allSatisfy(segment ->
                assertThat(segment.box().width()).isCloseTo(segment.share() * plot.unit(), within(EPSILON))));
    }

    @Test
    void aValueIsWrittenInsideItsSegmentOnlyWhereItFits() {
        Row row = row(compute(Charts.SAMPLE, 640), "invites-associations");

        assertThat(row.segments()).filteredOn(s -> s.label() != null && s.label().fits())
                .extracting(s -> s.label().text().text()).containsExactly("46,4", "26,7");
        assertThat(row.segments()).filteredOn(s -> s.label() != null && !s.label().fits())
                .extracting(s -> s.label().text().text()).containsExactly("8,8", "5,5");
    }

    @Test
    void aMiddleCategoryStraddlesTheCentreHalfOnEachSide() {
        Scale scale = Charts.SAMPLE.scales().getFirst();
        Study oneMiddle = Charts.SAMPLE.withScales(List.of(
                scale.withBoxes(List.of("Som regel", "Somme tider"), List.of("Aldrig"))));
        DivergingBarsGeometry plot = compute(oneMiddle, 640);
        Segment middle = row(plot, "invites-associations").on(Side.MIDDLE).getFirst();

        assertThat(middle.name()).isEqualTo("Sjældent");
        assertThat(plot.centre() - middle.box().x()).isCloseTo(middle.box().right() - plot.centre(), within(EPSILON));
        assertThat(middle.box().width() / plot.unit()).isCloseTo(8.8, within(EPSILON));
    }

    @Test
    void onANarrowChartTheLabelsGoAboveTheBars() {
        DivergingBarsGeometry plot = compute(Charts.SAMPLE, 320);

        assertThat(plot.rows()).allSatisfy(row ->
                assertThat(row.label().bottom()).isLessThanOrEqualTo(row.bar().y()));
    }

    @Test
    void theCentreLineSpansEveryRow() {
        DivergingBarsGeometry plot = compute(Charts.SAMPLE, 640);

        assertThat(plot.centreLine().x()).isEqualTo(plot.centre());
        assertThat(plot.centreLine().top()).isLessThan(plot.rows().getFirst().bar().y());
        assertThat(plot.centreLine().bottom()).isGreaterThan(plot.rows().getLast().bar().bottom());
        assertThat(plot.result().axis().scale().map(73.1) - plot.centre()).isCloseTo(73.1 * plot.unit(), within(1e-6));
    }
}
