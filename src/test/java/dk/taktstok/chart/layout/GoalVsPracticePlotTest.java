package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.chart.layout.GoalVsPracticeGeometry.Row;
import dk.taktstok.chart.scene.Anchor;
import org.junit.jupiter.api.Test;

/** The goal-against-practice chart's geometry, computed without a scene. */
class GoalVsPracticePlotTest {

    private static final double EPSILON = 1e-9;

    private static GoalVsPracticeGeometry compute(double width) {
        return new GoalVsPracticePlot().compute(Charts.context(Charts.SAMPLE, Charts.GOAL, width, "da"), Charts.type(),
                100, Room.NONE);
    }

    @Test
    void theGoalLineStandsAt75AndThePracticeDotAt14Point8WithTheGapOf60Point2BetweenThem() {
        GoalVsPracticeGeometry plot = compute(640);
        Row row = plot.rows().getFirst();

        assertThat(plot.goal().value()).isEqualTo(75);
        assertThat(plot.goal().x()).isCloseTo(plot.scale().map(75), within(EPSILON));
        assertThat(row.gapId()).isEqualTo("goal-vs-local-civil-initiative");
        assertThat(row.practiceValue()).isCloseTo(14.8, within(EPSILON));
        assertThat(row.practiceX()).isCloseTo(plot.scale().map(14.8), within(EPSILON));
        assertThat(row.dot().centerX()).isCloseTo(row.practiceX(), within(EPSILON));
        assertThat(row.points()).isCloseTo(60.2, within(EPSILON));
        assertThat(row.gap().text()).isEqualTo("60,2 point");
        assertThat(row.practiceItem()).isEqualTo("local-civil-invites");
    }

    @Test
    void theGapsLabelIsCentredAboveTheLineFromPracticeToGoal() {
        Row row = compute(640).rows().getFirst();

        assertThat(row.gap().anchor()).isEqualTo(Anchor.MIDDLE);
        assertThat(row.gap().x()).isCloseTo((row.practiceX() + row.goalX()) / 2, within(EPSILON));
        assertThat(row.gap().baseline()).isLessThan(row.dot().y());
        assertThat(row.span().x()).isCloseTo(row.practiceX(), within(EPSILON));
        assertThat(row.span().right()).isCloseTo(row.goalX(), within(EPSILON));
    }

    @Test
    void thePracticeValueStandsOnTheSideAwayFromTheGoal() {
        Row row = compute(640).rows().getFirst();

        assertThat(row.value().text()).isEqualTo("14,8\u00A0%");
        assertThat(row.value().anchor()).isEqualTo(Anchor.END);
        assertThat(row.value().x()).isLessThan(row.dot().x());
    }

    @Test
    void everyRowSharesTheGoalSoNoneMarksOneOfItsOwn() {
        GoalVsPracticeGeometry plot = compute(640);

        assertThat(plot.rows()).extracting(Row::gapId).containsExactly("goal-vs-local-civil-initiative",
                "goal-vs-national-civil-initiative", "goal-vs-dialogue");
        assertThat(plot.rows()).noneMatch(Row::ownGoal);
        assertThat(plot.goal().top()).isLessThan(plot.rows().getFirst().dot().y());
        assertThat(plot.goal().bottom()).isGreaterThan(plot.rows().getLast().dot().bottom());
        assertThat(plot.rows()).extracting(Row::points).containsExactly(60.2, 70.8, 42.9);
    }
}
