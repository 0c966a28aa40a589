package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ItemResult;
import java.util.ArrayList;
import java.util.List;

/** A chart's numbers as a table for screen readers, written as the chart writes them. */
final class DataTables {

    private DataTables() {
    }

    /** Each bar's value: the items of each group, then the group's index. */
    static DataTable groupIndex(ChartContext chart, dk.taktstok.model.Measure measure,
                                List<GroupIndexGeometry.Section> sections) {
        var rows = new ArrayList<DataTable.Row>();
        for (GroupIndexGeometry.Section section : sections) {
            for (GroupIndexGeometry.Bar bar : section.items()) {
                rows.add(new DataTable.Row(bar.title(), List.of(bar.valueText().text())));
            }
            if (section.index() != null) {
                rows.add(new DataTable.Row(section.index().title() + ": " + section.title(),
                        List.of(section.index().valueText().text())));
            }
        }
        return new DataTable(chart.texts.get("table.groups", chart.title()), chart.texts.get("table.item"),
                List.of(chart.texts.get("measure." + measure.key())), rows);
    }

    /** Each gap: the goal, the practice value and the gap in points. */
    static DataTable gaps(ChartContext chart, List<GoalVsPracticeGeometry.Row> rows) {
        var table = new ArrayList<DataTable.Row>();
        for (GoalVsPracticeGeometry.Row row : rows) {
            table.add(new DataTable.Row(row.title(), List.of(chart.statedPercent(row.goalValue()),
                    Double.isFinite(row.practiceValue()) ? chart.percent(row.practiceValue()) : chart.texts.get("missingValue"),
                    Double.isFinite(row.points()) ? chart.numbers.decimal(row.points(), 1) : chart.texts.get("missingValue"))));
        }
        return new DataTable(chart.texts.get("table.goal", chart.title()), chart.texts.get("table.practice"),
                List.of(chart.texts.get("table.goalColumn"), chart.texts.get("practice"), chart.texts.get("table.gapColumn")),
                table);
    }

    /** Each item's share of each answer, in percent. */
    static DataTable shares(ChartContext chart, List<ItemResult> items) {
        var columns = new ArrayList<String>();
        for (int c = 0; c < chart.scale.size(); c++) {
            columns.add(chart.categoryLabel(c));
        }
        var rows = new ArrayList<DataTable.Row>();
        for (ItemResult item : items) {
            var cells = new ArrayList<String>();
            for (int c = 0; c < chart.scale.size(); c++) {
                double share = item.item().share(c);
                cells.add(Double.isFinite(share) ? chart.share(share) : chart.texts.get("missingValue"));
            }
            String label = item.item().displayLabel(chart.language);
            rows.add(new DataTable.Row(chart.sumsOff(item) ? label + " (" + chart.sumMark(item) + ")" : label, cells));
        }
        return new DataTable(chart.texts.get("table.shares", chart.title()), chart.texts.get("table.item"), columns, rows);
    }
}
