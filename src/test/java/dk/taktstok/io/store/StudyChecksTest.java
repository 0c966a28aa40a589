package dk.taktstok.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.analysis.StudyFinding;
import dk.taktstok.analysis.StudyPlace;
import dk.taktstok.io.Problem;
import dk.taktstok.io.SourceMap;
import org.junit.jupiter.api.Test;

/** A study check's finding becomes a problem at the place its part of the study was read from. */
class StudyChecksTest {

    /** The places of a workbook with one sheet: tables at A1, items in column A, shares from column B. */
    private static final SourceMap SHEET = new SourceMap() {
        @Override
        public String share(int table, int item, int category) {
            return "Data!" + (char) ('B' + category) + (item + 2);
        }

        @Override
        public String item(int table, int item) {
            return "Data!A" + (item + 2);
        }

        @Override
        public String table(int table) {
            return "Data!A1";
        }
    };

    @Test
    void aShareFindingIsAnErrorAtItsCell() {
        var finding = new StudyFinding(StudyFinding.Level.ERROR, new StudyPlace.Share(0, 3, 2), "value 130 is over 100 %");

        assertThat(StudyChecks.problem(finding, SHEET)).isEqualTo(Problem.error("Data!D5", "value 130 is over 100 %"));
    }

    @Test
    void anItemFindingIsAWarningAtItsLabel() {
        var finding = new StudyFinding(StudyFinding.Level.WARNING, new StudyPlace.Item(0, 0), "'Row 1' sums to 130");

        assertThat(StudyChecks.problem(finding, SHEET)).isEqualTo(Problem.warning("Data!A2", "'Row 1' sums to 130"));
    }

    @Test
    void aTableFindingIsAtTheTable() {
        var finding = new StudyFinding(StudyFinding.Level.WARNING, new StudyPlace.Table(0), "no substantive category");

        assertThat(StudyChecks.problem(finding, SHEET).location()).isEqualTo("Data!A1");
    }

    @Test
    void withoutPlacesAFindingIsAProblemWithoutALocation() {
        var finding = new StudyFinding(StudyFinding.Level.ERROR, new StudyPlace.Share(0, 1, 1), "negative value -3");

        assertThat(StudyChecks.problem(finding, SourceMap.NONE)).isEqualTo(Problem.error(null, "negative value -3"));
    }
}
