package dk.taktstok.io.table;

import dk.taktstok.io.Problem;
import java.util.List;

/**
 * A category written as negative numbers all the way down ("No" as −40 beside "Yes" 60), as some tables
 * are prepared for a diverging chart. Its shares stay as read, and the error says at the first cell why
 * they cannot be used and what to do.
 */
final class NegativeColumns {

    private NegativeColumns() {
    }

    static void check(FoundTable table, TableShape shape, List<double[]> rows, List<List<String>> locations,
            List<Problem> problems) {
        for (int k = 0; k < shape.valueCols().size(); k++) {
            int negative = -1;
            boolean allNegative = true;
            for (int i = 0; i < rows.size() && allNegative; i++) {
                double v = rows.get(i)[k];
                if (v > 0) {
                    allNegative = false;
                } else if (v < 0 && negative < 0) {
                    negative = i;
                }
            }
            if (allNegative && negative >= 0 && rows.size() > 1) {
                problems.add(Problem.error(locations.get(negative).get(k), "'" + shape.names().get(k)
                        + "' is written as negative numbers (" + written(rows.get(negative)[k])
                        + " here), as for a diverging chart; a share is a percentage from 0 to 100, so write them"
                        + " positive: Taktstok draws a diverging chart from positive shares itself"));
            }
        }
    }

    private static String written(double value) {
        return java.math.BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros().toPlainString();
    }
}
