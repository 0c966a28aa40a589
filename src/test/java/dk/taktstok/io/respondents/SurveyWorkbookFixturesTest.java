package dk.taktstok.io.respondents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Category;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.testing.SeedWorkbooks;
import dk.taktstok.testing.SeedWorkbooks.Format;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Respondent rows in workbooks: which sheet holds them, value labels on another sheet, summary formulas, .xls. */
class SurveyWorkbookFixturesTest {

    private static final double EPS = 1e-9;
    private static final List<String> AGREE = List.of("Strongly agree", "Agree", "Disagree", "Strongly disagree");

    @TempDir
    Path dir;

    /** 40 respondents answering two agreement questions as text, or as codes 1-4 where {@code codes}. */
    private static List<Object[]> responses(boolean codes) {
        var rows = new ArrayList<Object[]>();
        rows.add(new Object[] {"Respondent", "Tea is good", "Coffee is good"});
        for (int r = 0; r < 40; r++) {
            int a = r % 4;
            int b = r < 30 ? 0 : 3;
            rows.add(new Object[] {1000.0 + r, codes ? (Object) (a + 1.0) : AGREE.get(a), codes ? (Object) (b + 1.0) : AGREE.get(b)});
        }
        return rows;
    }

    private static Item item(Study study, String label) {
        return study.tables().stream().flatMap(t -> t.items().stream()).filter(i -> i.label().text().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no item '" + label + "'"));
    }

    private static double share(Study study, String label, String category) {
        SurveyTable table = study.tables().stream().filter(t -> t.items().stream()
                .anyMatch(i -> i.label().text().equals(label))).findFirst().orElseThrow();
        Scale scale = study.scaleOf(table);
        int index = scale.indexOf(category);
        assertThat(index).as("category '%s' of %s", category, scale.categories().stream().map(Category::name).toList())
                .isNotNegative();
        return item(study, label).share(index);
    }

    @Test
    void respondentsOnTheFifthSheetAreFoundAndTheMetadataSheetIsNotReadAsAnswers() throws IOException {
        var about = new ArrayList<Object[]>();
        for (int r = 0; r < 40; r++) {
            about.add(new Object[] {"Field " + r, r % 3 == 0 ? "TBD" : "https://example.org/" + r});
        }
        Path file = SeedWorkbooks.write(dir, "fifth", Format.XLSX, book -> book
                .sheet("About", about)
                .sheet("Read me", SeedWorkbooks.rows(SeedWorkbooks.row("This workbook holds the answers of a survey.")))
                .sheet("Codebook", SeedWorkbooks.rows(SeedWorkbooks.row("Variable", "Question"),
                        SeedWorkbooks.row("Tea", "Tea is good"), SeedWorkbooks.row("Coffee", "Coffee is good")))
                .sheet("Notes", SeedWorkbooks.rows(SeedWorkbooks.row("Fielded in May")))
                .sheet("Responses", responses(false)));

        ReadResult result = StudyFiles.standard().read(file);

        assertThat(result.errors()).isEmpty();
        Study study = result.study();
        assertThat(study.tables()).allSatisfy(t -> assertThat(t.source().sheet()).isEqualTo("Responses"));
        assertThat(study.scales()).flatExtracting(Scale::categories).extracting(Category::name).doesNotContain("TBD");
        assertThat(share(study, "Tea is good", "Strongly agree")).isCloseTo(25, within(EPS));
        assertThat(StudyFiles.standard().read(file, ReadOptions.DEFAULT).study().tables().getFirst().id())
                .isEqualTo("responses");
    }

    @Test
    void valueLabelSheetWithTheLabelBeforeTheCodeIsApplied() throws IOException {
        var labels = new ArrayList<Object[]>();
        labels.add(new Object[] {"Label", "Value"});
        for (int c = 0; c < 4; c++) {
            labels.add(new Object[] {AGREE.get(c), c + 1.0});
        }
        Path file = SeedWorkbooks.write(dir, "labels", Format.XLSX, book -> book
                .sheet("Data", responses(true)).sheet("Value labels", labels));

        Study study = StudyFiles.standard().read(file).study();

        Scale scale = study.scaleOf(study.tables().getFirst());
        assertThat(scale.categories()).extracting(Category::name).containsExactlyElementsOf(AGREE);
        assertThat(share(study, "Coffee is good", "Strongly agree")).isCloseTo(75, within(EPS));
    }

    @Test
    void valueLabelSheetWithAVariableColumnIsAppliedToItsQuestion() throws IOException {
        var labels = new ArrayList<Object[]>();
        for (int c = 0; c < 4; c++) {
            labels.add(new Object[] {c == 0 ? "Tea is good" : null, AGREE.get(c), c + 1.0});
        }
        Path file = SeedWorkbooks.write(dir, "variables", Format.XLSX, book -> book
                .sheet("Data", responses(true)).sheet("Labels", labels));

        Study study = StudyFiles.standard().read(file).study();

        assertThat(share(study, "Tea is good", "Agree")).isCloseTo(25, within(EPS));
    }

    @Test
    void formulaRowsUnderTheDataAreSkipped() throws IOException {
        var rows = responses(true);
        rows.add(new Object[] {"Average", SeedWorkbooks.formula("AVERAGE(B2:B41)"), SeedWorkbooks.formula("AVERAGE(C2:C41)")});
        rows.add(new Object[] {null, SeedWorkbooks.formula("COUNTIF(B2:B41,1)"), SeedWorkbooks.formula("COUNTIF(C2:C41,1)")});
        Path file = SeedWorkbooks.write(dir, "formulas", Format.XLSX, book -> book.sheet("Data", rows));

        Study study = StudyFiles.standard().read(file).study();

        assertThat(item(study, "Tea is good").n()).isEqualTo(40);
        assertThat(study.tables().getFirst().source().rowsSkipped()).isEqualTo(2);
        assertThat(study.scales()).flatExtracting(Scale::categories).extracting(Category::name).doesNotContain("2.5");
    }

    @Test
    void formulaRowsWithoutALabelUnderTheDataAreSkipped() throws IOException {
        var rows = responses(true);
        rows.add(new Object[] {null, SeedWorkbooks.formula("COUNTIF(B2:B41,1)"), SeedWorkbooks.formula("COUNTIF(C2:C41,1)")});
        rows.add(new Object[] {null, SeedWorkbooks.formula("COUNTIF(B2:B41,2)"), SeedWorkbooks.formula("COUNTIF(C2:C41,2)")});
        Path file = SeedWorkbooks.write(dir, "countif", Format.XLSX, book -> book.sheet("Data", rows));

        Study study = StudyFiles.standard().read(file).study();

        assertThat(item(study, "Tea is good").n()).isEqualTo(40);
        assertThat(study.tables().getFirst().source().rowsSkipped()).isEqualTo(2);
        assertThat(study.scales()).flatExtracting(Scale::categories).extracting(Category::name).doesNotContain("10", "30");
    }

    @Test
    void respondentRowsInAnXlsWorkbookGiveOneMessageToSaveItAsXlsx() throws IOException {
        Path file = SeedWorkbooks.write(dir, "old", Format.XLS, book -> book.sheet("Responses", responses(false)));

        ReadResult result = StudyFiles.standard().read(file);

        assertThat(result.study()).isNull();
        assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("respondent rows").contains("save it as .xlsx"));
    }
}
