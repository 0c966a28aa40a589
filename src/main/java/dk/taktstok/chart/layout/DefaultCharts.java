package dk.taktstok.chart.layout;

import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.SortOrder;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of a study: its own, or — for a study read from a workbook, which has none — a good
 * default set for each table: diverging bars, stacked bars sorted by top box, the group index where the
 * items have groups, and goal against practice where the study has gaps on the table. A question with
 * no top (nominal, multiple response) gets only stacked bars, in the source order: a chart that needs an
 * order would draw one that is not there.
 */
public final class DefaultCharts {

    private DefaultCharts() {
    }

    public static List<ChartSpec> of(Study study) {
        if (!study.charts().isEmpty()) {
            return study.charts();
        }
        var charts = new ArrayList<ChartSpec>();
        for (SurveyTable table : study.tables()) {
            ScaleKind kind = study.scale(table.scaleId()).map(Scale::kind).orElse(ScaleKind.ORDINAL);
            if (!kind.hasTopBox()) {
                charts.add(ChartSpec.of(table.id() + "-stacked", ChartType.STACKED_BARS, table.id()));
                continue;
            }
            charts.add(ChartSpec.of(table.id() + "-diverging", ChartType.DIVERGING_BARS, table.id()));
            charts.add(ChartSpec.of(table.id() + "-stacked", ChartType.STACKED_BARS, table.id())
                    .withSort(new SortOrder(Measure.TOP_BOX, true)));
            if (!table.groups().isEmpty()) {
                charts.add(ChartSpec.of(table.id() + "-groups", ChartType.GROUP_INDEX, table.id()));
            }
            boolean hasGaps = study.gaps().stream().anyMatch(g -> g.practice().tableId().equals(table.id()));
            if (hasGaps) {
                charts.add(ChartSpec.of(table.id() + "-goal", ChartType.GOAL_VS_PRACTICE, table.id()));
            }
        }
        return charts;
    }
}
