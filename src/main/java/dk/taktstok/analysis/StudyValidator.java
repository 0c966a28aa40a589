package dk.taktstok.analysis;

import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks every study gets, whatever file it came from and however it was edited (SPEC §4): shares
 * are percentages, rows sum to 100 within rounding. Each finding names its place in the study; the
 * reader's source map or the grid turns it into a cell. Values the reader could not read at all (NaN)
 * were reported by the reader and are skipped here.
 */
public final class StudyValidator {

    /** Rows are rounded in the source; within this many points of 100 a sum is fine. */
    public static final double SUM_TOLERANCE = 0.5;

    private StudyValidator() {
    }

    public static List<StudyFinding> validate(Study study) {
        var findings = new ArrayList<StudyFinding>();
        for (int t = 0; t < study.tables().size(); t++) {
            SurveyTable table = study.tables().get(t);
            Optional<Scale> scale = study.scale(table.scaleId());
            if (scale.isEmpty()) {
                findings.add(StudyFinding.error(new StudyPlace.Table(t),
                        "table '" + table.id() + "' uses scale '" + table.scaleId() + "', which the study does not have"));
                continue;
            }
            if (scale.get().categories().stream().noneMatch(c -> c.isSubstantive())) {
                findings.add(StudyFinding.warning(new StudyPlace.Table(t), "the scale of table '" + table.id()
                        + "' has no substantive category, so its measures cannot be computed"));
            }
            for (int i = 0; i < table.items().size(); i++) {
                checkItem(table, scale.get(), t, i, findings);
            }
            checkCharts(study, table, scale.get(), t, findings);
        }
        return findings;
    }

    /** A chart that needs a top (diverging bars, a measure) on a question without one would draw nothing true. */
    private static void checkCharts(Study study, SurveyTable table, Scale scale, int t, List<StudyFinding> findings) {
        for (ChartSpec chart : study.charts()) {
            if (chart.tableId().equals(table.id()) && !chart.type().fits(scale.kind())) {
                findings.add(StudyFinding.warning(new StudyPlace.Table(t), "chart '" + chart.id() + "' is "
                        + chart.type().key() + ", which needs answers with a top, but table '" + table.id() + "' is a "
                        + scale.kind().key() + " question: use stackedBars"));
            }
        }
    }

    private static void checkItem(SurveyTable table, Scale scale, int t, int i, List<StudyFinding> findings) {
        Item item = table.items().get(i);
        StudyPlace row = new StudyPlace.Item(t, i);
        if (item.shares().size() != scale.size()) {
            findings.add(StudyFinding.error(row, "'" + shorten(item.label().text()) + "' has "
                    + item.shares().size() + " values but the scale has " + scale.size() + " categories"));
            return;
        }
        boolean complete = true;
        double sum = 0;
        for (int c = 0; c < scale.size(); c++) {
            double share = item.share(c);
            if (Double.isNaN(share)) {
                complete = false;
                continue;
            }
            if (share < 0) {
                findings.add(StudyFinding.error(new StudyPlace.Share(t, i, c), "negative value " + number(share)
                        + " for '" + scale.category(c).name() + "' (a share is a percentage from 0 to 100)"));
            } else if (share > 100) {
                findings.add(StudyFinding.error(new StudyPlace.Share(t, i, c), "value " + number(share)
                        + " for '" + scale.category(c).name() + "' is over 100 %"));
            }
            sum += share;
        }
        // the options of a question where several may be chosen add up to more than 100 by nature
        if (complete && scale.kind() != ScaleKind.MULTIPLE && Math.abs(sum - 100) > SUM_TOLERANCE) {
            findings.add(StudyFinding.warning(row, "'" + shorten(item.label().text()) + "' sums to "
                    + number(sum) + " (expected 100 ± " + number(SUM_TOLERANCE) + ")"));
        }
        String group = table.groupOf(item);
        if (group != null && table.group(group).isEmpty()) {
            findings.add(StudyFinding.warning(row, "'" + shorten(item.label().text())
                    + "' is tagged " + table.groupTag() + " = '" + group + "', which is not one of the table's groups"));
        }
    }

    /** A value as people write it: 130, 100.1, -3.25 — never 130.00000000000003. */
    static String number(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e12) {
            // too large to write in full: 1.0E300 rather than 92233720368547760
            return Double.isFinite(value) ? new java.math.BigDecimal(value).round(new java.math.MathContext(4))
                    .stripTrailingZeros().toString() : String.valueOf(value);
        }
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return String.valueOf((long) rounded);
        }
        return java.math.BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }

    private static String shorten(String label) {
        return label.length() <= 60 ? label : label.substring(0, 59).stripTrailing() + "…";
    }
}
