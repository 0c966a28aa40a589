package dk.taktstok.io;

import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks every study gets, whatever file it came from (SPEC §4): shares are percentages, rows sum
 * to 100 within rounding. Each problem names its place through the reader's {@link SourceMap}.
 * Values the reader could not read at all (NaN) were reported by the reader and are skipped here.
 */
public final class StudyValidator {

    /** Rows are rounded in the source; within this many points of 100 a sum is fine. */
    public static final double SUM_TOLERANCE = 0.5;

    private StudyValidator() {
    }

    public static List<Problem> validate(Study study, SourceMap where) {
        var problems = new ArrayList<Problem>();
        for (int t = 0; t < study.tables().size(); t++) {
            SurveyTable table = study.tables().get(t);
            Optional<Scale> scale = study.scale(table.scaleId());
            if (scale.isEmpty()) {
                problems.add(Problem.error(where.table(t),
                        "table '" + table.id() + "' uses scale '" + table.scaleId() + "', which the study does not have"));
                continue;
            }
            if (scale.get().categories().stream().noneMatch(c -> c.isSubstantive())) {
                problems.add(Problem.warning(where.table(t), "the scale of table '" + table.id()
                        + "' has no substantive category, so its measures cannot be computed"));
            }
            for (int i = 0; i < table.items().size(); i++) {
                checkItem(table, scale.get(), t, i, where, problems);
            }
        }
        return problems;
    }

    private static void checkItem(SurveyTable table, Scale scale, int t, int i, SourceMap where,
                                  List<Problem> problems) {
        Item item = table.items().get(i);
        if (item.shares().size() != scale.size()) {
            problems.add(Problem.error(where.item(t, i), "'" + shorten(item.label().text()) + "' has "
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
                problems.add(Problem.error(where.share(t, i, c), "negative value " + number(share)
                        + " for '" + scale.category(c).name() + "' (a share is a percentage from 0 to 100)"));
            } else if (share > 100) {
                problems.add(Problem.error(where.share(t, i, c), "value " + number(share)
                        + " for '" + scale.category(c).name() + "' is over 100 %"));
            }
            sum += share;
        }
        // the options of a question where several may be chosen add up to more than 100 by nature
        if (complete && scale.kind() != ScaleKind.MULTIPLE && Math.abs(sum - 100) > SUM_TOLERANCE) {
            problems.add(Problem.warning(where.item(t, i), "'" + shorten(item.label().text()) + "' sums to "
                    + number(sum) + " (expected 100 ± " + number(SUM_TOLERANCE) + ")"));
        }
        String group = table.groupOf(item);
        if (group != null && table.group(group).isEmpty()) {
            problems.add(Problem.warning(where.item(t, i), "'" + shorten(item.label().text())
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
