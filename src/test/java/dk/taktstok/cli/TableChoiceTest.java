package dk.taktstok.cli;

import static dk.taktstok.testing.SeedWorkbooks.pct;
import static dk.taktstok.testing.SeedWorkbooks.row;
import static dk.taktstok.testing.SeedWorkbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.model.Item;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.TableSource;
import dk.taktstok.model.Text;
import dk.taktstok.testing.SeedWorkbooks;
import dk.taktstok.testing.SeedWorkbooks.Format;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class TableChoiceTest {

    private static SurveyTable table(String id, String title, String sheet) {
        return new SurveyTable(id, Text.of(title), null, "s", List.of(new Item("r1", Text.of("A"), null,
                java.util.Map.of(), List.of(50.0, 50.0))), null, List.of(),
                new TableSource("banner", sheet, "A1:C3", 1, List.of()));
    }

    private static Study study(SurveyTable... tables) {
        var scale = new dk.taktstok.model.Scale("s", List.of(
                dk.taktstok.model.Category.substantive(Text.of("Yes"), 1), dk.taktstok.model.Category.substantive(Text.of("No"), 0)));
        return new Study(new Metadata(Text.of("t"), null, List.of(), null, null, "en", null, null), List.of(scale),
                List.of(tables), List.of(), List.of());
    }

    @Test
    void aTableIsChosenByIdThenBySheetNameThenByTitle() {
        Study study = study(table("crosstabs", "Q1", "CROSSTABS"), table("crosstabs-2", "Q2", "CROSSTABS"),
                table("rt-profile", "Q3", "\"RT Profile\""));

        assertThat(TableChoice.choose(study, "crosstabs-2").orElseThrow()).extracting(SurveyTable::id)
                .containsExactly("crosstabs-2");
        assertThat(TableChoice.choose(study, "\"RT Profile\"").orElseThrow()).extracting(SurveyTable::id)
                .containsExactly("rt-profile");
        assertThat(TableChoice.choose(study, "crosstabs").orElseThrow()).extracting(SurveyTable::id)
                .containsExactly("crosstabs");
        assertThat(TableChoice.choose(study, "Q2").orElseThrow()).extracting(SurveyTable::id)
                .containsExactly("crosstabs-2");
        assertThat(TableChoice.choose(study, "nope")).isEmpty();
    }

    @Test
    void aSheetWhoseNameHoldsQuotesIsReachedFromTheCommandLine(@TempDir Path folder) throws Exception {
        Path workbook = SeedWorkbooks.write(folder, "profile", Format.XLSX, book -> book
                .sheet("Lookup", rows(row("Number", "Label"), row(1, "Alabama")))
                .sheet("\"RT Profile\"", rows(
                        row("AMONG VOTERS", null, "Feb", "Apr"),
                        row("Which party?", "Unweighted N", 391, 409),
                        row(null, "Republican", pct(0.52), pct(0.44)),
                        row(null, "Democrat", pct(0.06), pct(0.09)),
                        row(null, "Independent", pct(0.42), pct(0.47)))));

        CliRun run = CliRun.of("indices", workbook.toString(), "--table", "\"RT Profile\"", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        var tables = JsonMapper.builder().build().readTree(run.out()).get("tables");
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).get("title").asString()).isEqualTo("Which party?");
        assertThat(tables.get(0).get("items").get(1).get("n").asInt()).isEqualTo(409);
    }
}
