package dk.taktstok.io.excel;

import static dk.taktstok.testing.SeedWorkbooks.pct;
import static dk.taktstok.testing.SeedWorkbooks.row;
import static dk.taktstok.testing.SeedWorkbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Item;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.testing.SeedWorkbooks;
import dk.taktstok.testing.SeedWorkbooks.Format;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pollster's banner crosstab as Excel holds it: group names in merged cells, fractions shown as percent,
 * a lookup sheet beside it and a profile sheet whose name holds quotes.
 */
class BannerWorkbookTest {

    @TempDir
    Path dir;

    private Path workbook(Format format) throws IOException {
        return SeedWorkbooks.write(dir, "crosstabs", format, book -> {
            book.sheet("CROSSTABS", rows(
                    row("AMONG 1,000 ADULTS", null, "Total", "Gender", null, "Party ID", null, "5-Point Party ID", null),
                    row(null, null, null, "Male", "Female", "Republican", "Democrat", "Republican", "Democrat"),
                    row(),
                    row(),
                    row("Do you approve or disapprove of the way the mayor is handling the job?", "Unweighted n",
                            1000, 480, 520, 300, 320, 250, 280),
                    row(null, "Strongly approve", pct(0.25), pct(0.30), pct(0.20), pct(0.50), pct(0.05), pct(0.55), pct(0.04)),
                    row(null, "Somewhat approve", pct(0.20), pct(0.20), pct(0.20), pct(0.30), pct(0.10), pct(0.30), pct(0.08)),
                    row(null, "Somewhat disapprove", pct(0.20), pct(0.20), pct(0.20), pct(0.10), pct(0.25), pct(0.10), pct(0.26)),
                    row(null, "Strongly disapprove", pct(0.33), pct(0.28), pct(0.38), pct(0.08), pct(0.58), pct(0.04), pct(0.60)),
                    row(null, "No Answer", pct(0.02), pct(0.02), pct(0.02), pct(0.02), pct(0.02), pct(0.01), pct(0.02))));
            book.sheet("CENSUS REGION", rows(row("Variable Number", "Label", "Census Region"),
                    row(1, "Alabama", "South"), row(2, "Alaska", "West"), row(3, "Arizona", "West")));
            book.sheet("\"RT Profile\"", rows(
                    row("AMONG VOTERS", null, "Feb", "Apr"),
                    row("Which party?", "Unweighted N", 391, 409),
                    row(null, "Republican", pct(0.52), pct(0.44)),
                    row(null, "Democrat", pct(0.05), pct(0.09)),
                    row(null, "Independent", pct(0.42), pct(0.45)),
                    row(null, "No Answer", pct(0.01), pct(0.02))));
            var sheet = book.workbook.getSheet("CROSSTABS");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 2, 2));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 5, 6));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 7, 8));
        });
    }

    @Test
    void eachBlockIsATableOfTheBannerGroupsWithTheirUnweightedBases() throws IOException {
        for (Format format : Format.values()) {
            Parsed parsed = new ExcelStudyReader().read(workbook(format));

            Study study = parsed.study();
            assertThat(parsed.problems()).as(format.name()).noneMatch(p -> p.isError());
            SurveyTable approval = study.tables().getFirst();
            assertThat(approval.title().text()).startsWith("Do you approve or disapprove");
            assertThat(approval.items()).extracting(i -> i.label().text()).containsExactly("Total", "Male", "Female",
                    "Republican (Party ID)", "Democrat (Party ID)", "Republican (5-Point Party ID)",
                    "Democrat (5-Point Party ID)");
            assertThat(approval.items()).extracting(Item::n).containsExactly(1000, 480, 520, 300, 320, 250, 280);
            assertThat(approval.items().get(1).shares()).containsExactly(30.0, 20.0, 20.0, 28.0, 2.0);
            assertThat(study.scaleOf(approval).category("No Answer").orElseThrow().role()).isEqualTo(CategoryRole.MISSING);
            assertThat(approval.source().layout()).isEqualTo("banner");
            assertThat(approval.source().sheet()).isEqualTo("CROSSTABS");
            assertThat(approval.source().range()).isEqualTo("A5:I10");
            List<String> sheets = study.tables().stream().map(t -> t.source().sheet()).toList();
            assertThat(sheets).containsExactly("CROSSTABS", "\"RT Profile\"");
            assertThat(study.tables().get(1).items()).extracting(i -> i.label().text()).containsExactly("Feb", "Apr");
        }
    }
}
