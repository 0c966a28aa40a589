package dk.taktstok.io.table;

import static dk.taktstok.io.table.Grids.BLANK;
import static dk.taktstok.io.table.Grids.concat;
import static dk.taktstok.io.table.Grids.row;
import static dk.taktstok.io.table.Grids.rows;
import static dk.taktstok.io.table.Grids.seedRows;
import static dk.taktstok.io.table.Grids.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.model.Study;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.TableSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyAssemblerTest {

    private final StudyAssembler assembler = new StudyAssembler();

    private Parsed assemble(Grid... grids) {
        return assembler.assemble(List.of(grids), "undersøgelse", List.of(), "no table found");
    }

    @Test
    void tablesAreNamedBySheetAndTextOnlySheetsAreSkippedSilently() {
        Grid cover = sheet("Forside", row("Samskabelse"), row("SDU og KORA"));
        Grid data = sheet("Hvem tager initiativ", concat(rows(row("Tabel 1"), BLANK), seedRows(""),
                rows(BLANK, row("Tabel 2"), BLANK), seedRows("")));
        Grid other = sheet("Ældre", seedRows(""));

        Parsed parsed = assemble(cover, data, other);

        Study study = parsed.study();
        assertThat(parsed.problems()).isEmpty();
        assertThat(study.tables()).extracting(SurveyTable::id)
                .containsExactly("hvem-tager-initiativ", "hvem-tager-initiativ-2", "aeldre");
        assertThat(study.tables()).extracting(t -> t.title().text()).containsExactly("Tabel 1", "Tabel 2", "Ældre");
        var places = (GridSourceMap) parsed.sourceMap();
        assertThat(places.sheet(1)).isEqualTo("Hvem tager initiativ");
        assertThat(places.sheet(2)).isEqualTo("Ældre");
    }

    @Test
    void tablesWithTheSameCategoriesShareOneScale() {
        Parsed parsed = assemble(sheet("A", seedRows("")), sheet("B", seedRows("")),
                sheet("C", row(null, "Ja", "Nej"), row("Item", 50, 50)));

        Study study = parsed.study();
        assertThat(study.scales()).hasSize(2);
        assertThat(study.tables()).extracting(SurveyTable::scaleId).containsExactly("a", "a", "c");
        assertThat(study.scaleOf(study.tables().getFirst()).category("Som regel").orElseThrow().score()).isEqualTo(3.0);
    }

    @Test
    void metadataComesFromTheFirstTableTitleAndTheSourceLine() {
        Grid data = sheet("Data", concat(rows(row("Hvem tager initiativet?")), seedRows(""),
                rows(row("Kilde: SDU og KORA"))));

        Study study = assemble(data).study();

        assertThat(study.metadata().title().text()).isEqualTo("Hvem tager initiativet?");
        assertThat(study.metadata().source().text()).isEqualTo("SDU og KORA");
        assertThat(study.language()).isEqualTo("da");
        assertThat(study.benchmarks()).isEmpty();
    }

    @Test
    void withoutATitleTheStudyIsNamedByTheFileAndTheTableBySheet() {
        Study study = assemble(sheet("Ark1", row(null, "Yes", "No"), row("Item", 40, 60))).study();

        assertThat(study.metadata().title().text()).isEqualTo("undersøgelse");
        assertThat(study.tables().getFirst().title().text()).isEqualTo("Ark1");
        assertThat(study.tables().getFirst().question()).isNull();
        assertThat(study.language()).isEqualTo("en");
    }

    @Test
    void sourceMapNamesTheCellOfEachShareItemAndTable() {
        Parsed parsed = assemble(sheet("My data", concat(rows(row("Titel"), BLANK), seedRows(""))));

        assertThat(parsed.sourceMap().table(0)).isEqualTo("'My data'!A1");
        assertThat(parsed.sourceMap().item(0, 0)).isEqualTo("'My data'!A4");
        assertThat(parsed.sourceMap().share(0, 0, 0)).isEqualTo("'My data'!B4");
        assertThat(parsed.sourceMap().share(0, 5, 4)).isEqualTo("'My data'!F9");
        assertThat(parsed.sourceMap().share(0, 6, 0)).isNull();
        assertThat(parsed.sourceMap().share(1, 0, 0)).isNull();
    }

    @Test
    void noTableGivesTheCallersMessageAndNoStudy() {
        Parsed parsed = assembler.assemble(List.of(sheet("Forside", row("Titel"))), "x",
                List.of(Problem.warning(null, "earlier")), "no table found (looked at sheets: Forside)");

        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).containsExactly(Problem.warning(null, "earlier"),
                Problem.error(null, "no table found (looked at sheets: Forside)"));
    }

    @Test
    void tableOfOnlyTotalsIsLeftOut() {
        Parsed parsed = assemble(sheet("S", row(null, "Ja", "Nej"), row("I alt", 40, 60)));

        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).extracting(Problem::message).contains("no table found");
    }

    @Test
    void everyTableSaysWhereAndHowItWasRead() {
        Grid data = sheet("Data", concat(rows(row("Tabel 1"), BLANK), seedRows(""), rows(row("Gennemsnit", 17.2, 46.3, 15.8,
                5.9, 14.8))));
        Grid banner = BannerTablesTest.banner();

        Study study = assemble(data, banner).study();

        TableSource report = study.tables().getFirst().source();
        assertThat(report.layout()).isEqualTo("table");
        assertThat(report.range()).isEqualTo("A3:F10");
        assertThat(report.rowsSkipped()).isEqualTo(2); // the header and the average
        assertThat(study.tables()).hasSize(3);
        TableSource block = study.tables().get(1).source();
        assertThat(block.layout()).isEqualTo("banner");
        assertThat(block.range()).isEqualTo("A3:H8");
        assertThat(study.tables().get(1).title().text()).isEqualTo("Do you approve or disapprove?");
        assertThat(study.scaleOf(study.tables().get(2)).kind()).isEqualTo(ScaleKind.MULTIPLE);
    }

    @Test
    void aScaleTakenFromTheTablesOrderIsAWarningAtTheTable() {
        Parsed parsed = assemble(sheet("Data", row(null, "Meget stor grad", "Stor grad", "Ringe grad"),
                row("A", 20, 50, 30)));

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("Data!A1");
            assertThat(p.message()).contains("table's order");
        });
        assertThat(parsed.study().scales().getFirst().reading().confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void aFaultInTheFinderIsAnInternalProblemAtTheSheetNeverAFileProblem() {
        TableFinder.injectedFault = "a fault of ours";
        Parsed parsed;
        try {
            parsed = assemble(sheet("Data", seedRows("")));
        } finally {
            TableFinder.injectedFault = null;
        }

        assertThat(parsed.study()).isNull();
        Problem fault = parsed.problems().getFirst();
        assertThat(fault.isInternal()).isTrue();
        assertThat(fault.describe()).isEqualTo("Taktstok could not make out the tables on this sheet"
                + " (an internal error; please report it), at Data!A1");
        assertThat(fault.fault()).isInstanceOf(IllegalStateException.class).hasMessage("a fault of ours");
        assertThat(parsed.problems().getLast()).isEqualTo(Problem.error(null, "no table found"));
    }
}
