package dk.taktstok.cli;

import dk.taktstok.analysis.Crosstab;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A study by the groups of a banner as a CSV table for a spreadsheet or a chart tool: per item and row the
 * total and each group's value, its significance letters (with + or - against the rest) and its n.
 * Numbers unrounded with a point, as CSV for tools; semicolons, so that Danish spreadsheets open it.
 */
final class CrosstabCsv {

    private CrosstabCsv() {
    }

    static String render(Crosstab crosstab, String language) {
        var out = new StringBuilder();
        var header = new ArrayList<>(List.of("table", "item", "row", "test", "total"));
        for (Crosstab.Group g : crosstab.groups()) {
            header.add(g.letter() + " " + g.label());
            header.add(g.letter() + " significance");
            header.add(g.letter() + " n");
            header.add(g.letter() + " effective n");
        }
        header.add("chi-square p");
        line(out, header);
        for (Crosstab.Table table : crosstab.tables()) {
            for (Crosstab.ItemRows item : table.items()) {
                for (Crosstab.Row row : item.rows()) {
                    var cells = new ArrayList<>(List.of(table.table().id(), item.item().label().in(language), row.label(),
                            row.test(), number(row.total())));
                    for (Crosstab.Cell cell : row.cells()) {
                        cells.add(number(cell.value()));
                        cells.add(cell.small() ? "n<" + crosstab.options().minN()
                                : (cell.differsFromRest() > 0 ? "+" : cell.differsFromRest() < 0 ? "-" : "")
                                        + String.join("", cell.higherThan()));
                        cells.add(String.valueOf(cell.n()));
                        cells.add(number(cell.effectiveN()));
                    }
                    cells.add(item.chiSquare().made() ? number(item.chiSquare().p()) : "");
                    line(out, cells);
                }
            }
        }
        return out.toString();
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value).replaceAll("(\\.\\d*?)0+$", "$1")
                .replaceAll("\\.$", "") : "";
    }

    private static void line(StringBuilder out, List<String> cells) {
        var quoted = new ArrayList<String>();
        for (String cell : cells) {
            quoted.add(cell.contains(";") || cell.contains("\"") || cell.contains("\n")
                    ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        out.append(String.join(";", quoted)).append("\r\n");
    }
}
