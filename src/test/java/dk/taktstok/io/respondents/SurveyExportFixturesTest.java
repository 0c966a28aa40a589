package dk.taktstok.io.respondents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.TableSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Respondent files as survey tools export them, one fixture per way a reading can go wrong: header rows,
 * missing answers, strays, summary rows, options ticked in columns or joined in a cell, options as codes
 * in columns of their own, questions on different scales.
 */
class SurveyExportFixturesTest {

    private static final double EPS = 1e-9;
    private static final List<String> FAVOUR = List.of("Very favorably", "Somewhat favorably", "Somewhat unfavorably",
            "Very unfavorably");

    @TempDir
    Path dir;

    private Path csv(String name, List<String[]> rows) throws IOException {
        var text = new StringBuilder();
        for (String[] row : rows) {
            var cells = new ArrayList<String>();
            for (String cell : row) {
                cells.add(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String[]> rows(int count, IntFunction<String[]> row) {
        var rows = new ArrayList<String[]>();
        for (int r = 0; r < count; r++) {
            rows.add(row.apply(r));
        }
        return rows;
    }

    @SafeVarargs
    private static List<String[]> concat(List<String[]>... parts) {
        var all = new ArrayList<String[]>();
        for (List<String[]> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static ReadResult read(Path file) {
        return StudyFiles.standard().read(file, ReadOptions.DEFAULT);
    }

    private static Item item(Study study, String label) {
        return study.tables().stream().flatMap(t -> t.items().stream()).filter(i -> i.label().text().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no item '" + label + "'"));
    }

    private static SurveyTable tableOf(Study study, String label) {
        return study.tables().stream().filter(t -> t.items().stream().anyMatch(i -> i.label().text().equals(label)))
                .findFirst().orElseThrow();
    }

    private static double share(Study study, String label, String category) {
        SurveyTable table = tableOf(study, label);
        Scale scale = study.scaleOf(table);
        int index = scale.indexOf(category);
        assertThat(index).as("category '%s' of %s", category, scale.categories().stream().map(Category::name).toList())
                .isNotNegative();
        return item(study, label).share(index);
    }

    @Test
    void surveyMonkeyResponseRowIsAHeaderAndItemsAreNamedByTheirSubHeader() throws IOException {
        Path file = csv("monkey.csv", concat(
                List.<String[]>of(new String[] {"RespondentID", "Do you like tea?", "Please rate each drink:", "", ""},
                        new String[] {"", "Response", "Coffee", "Juice", "Water"}),
                rows(40, r -> new String[] {String.valueOf(1000 + r), r % 4 == 0 ? "No" : "Yes",
                        FAVOUR.get(r % 4), FAVOUR.get((r + 1) % 4), FAVOUR.get((r + 2) % 4)})));

        Study study = read(file).study();

        assertThat(item(study, "Do you like tea?").n()).isEqualTo(40);
        assertThat(share(study, "Do you like tea?", "Yes")).isCloseTo(75, within(EPS));
        SurveyTable drinks = tableOf(study, "Coffee");
        assertThat(drinks.title().text()).isEqualTo("Please rate each drink:");
        assertThat(drinks.items()).extracting(i -> i.label().text()).containsExactly("Coffee", "Juice", "Water");
        assertThat(drinks.items()).allSatisfy(i -> assertThat(i.n()).isEqualTo(40));
        assertThat(study.scaleOf(drinks).categories()).extracting(Category::name).containsExactlyElementsOf(FAVOUR);
        assertThat(share(study, "Coffee", "Very favorably")).isCloseTo(25, within(EPS));
        assertThat(drinks.source().layout()).isEqualTo("respondents");
    }

    @Test
    void placeholderHeadersAndALeadingIndexColumnAreReadAsBlanks() throws IOException {
        Path file = csv("resaved.csv", concat(
                List.<String[]>of(new String[] {"", "Please rate each drink:", "Unnamed: 2", "Unnamed: 3"},
                        new String[] {"0", "Coffee", "Juice", "Water"}),
                rows(40, r -> new String[] {String.valueOf(r + 1), FAVOUR.get(r % 4), FAVOUR.get((r + 1) % 4),
                        FAVOUR.get((r + 3) % 4)})));

        Study study = read(file).study();

        SurveyTable drinks = tableOf(study, "Water");
        assertThat(drinks.title().text()).isEqualTo("Please rate each drink:");
        assertThat(drinks.items()).hasSize(3).allSatisfy(i -> assertThat(i.n()).isEqualTo(40));
    }

    @Test
    void qualtricsCodesTextsAndImportIdsAreThreeHeaderRows() throws IOException {
        List<String> importance = List.of("Extremely important", "Very important", "Slightly important",
                "Not at all important");
        List<String> often = List.of("Always", "Often", "Sometimes", "Never");
        Path file = csv("qualtrics.csv", concat(
                List.<String[]>of(new String[] {"StartDate", "ResponseId", "Q1", "Q2_1", "Q2_2"},
                        new String[] {"Start Date", "Response ID", "How important is tea to you?",
                                "How often do you drink - Coffee", "How often do you drink - Water"},
                        new String[] {"{\"ImportId\":\"startDate\",\"timeZone\":\"Europe/Amsterdam\"}",
                                "{\"ImportId\":\"_recordId\"}", "{\"ImportId\":\"QID1\"}", "{\"ImportId\":\"QID2_1\"}",
                                "{\"ImportId\":\"QID2_2\"}"}),
                rows(40, r -> new String[] {"2022-01-19 10:" + (10 + r) + ":09", "R_" + (7000 + r),
                        importance.get(r % 4), often.get(r % 4), often.get(r % 2)})));

        Study study = read(file).study();

        assertThat(item(study, "How important is tea to you?").n()).isEqualTo(40);
        assertThat(share(study, "How important is tea to you?", "Extremely important")).isCloseTo(25, within(EPS));
        SurveyTable often2 = tableOf(study, "Coffee");
        assertThat(often2.title().text()).isEqualTo("How often do you drink");
        assertThat(often2.items()).extracting(i -> i.label().text()).containsExactly("Coffee", "Water");
        assertThat(share(study, "Water", "Often")).isCloseTo(50, within(EPS));
        assertThat(study.scales()).flatExtracting(Scale::categories).extracting(Category::name)
                .noneMatch(name -> name.contains("ImportId"));
    }

    @Test
    void rsNaIsLeftOutOfTheBaseAndReportedAsSetAside() throws IOException {
        Path file = csv("r-export.csv", concat(List.<String[]>of(new String[] {"id", "Do you vote?", "Do you read news?"}),
                rows(40, r -> new String[] {String.valueOf(r + 1), r < 10 ? "Yes" : r < 25 ? "No" : "NA",
                        r % 2 == 0 ? "Yes" : "No"})));

        Study study = read(file).study();

        assertThat(share(study, "Do you vote?", "Yes")).isCloseTo(40, within(EPS));
        assertThat(item(study, "Do you vote?").n()).isEqualTo(25);
        assertThat(study.scaleOf(tableOf(study, "Do you vote?")).kind()).isEqualTo(ScaleKind.BINARY);
        assertThat(tableOf(study, "Do you vote?").source().setAside())
                .anySatisfy(s -> {
                    assertThat(s.answer()).isEqualTo("NA");
                    assertThat(s.count()).isEqualTo(15);
                    assertThat(s.place()).isEqualTo("1:2");
                });
        assertThat(study.scales()).flatExtracting(Scale::categories).extracting(Category::name).doesNotContain("NA");
    }

    @Test
    void strayAnswerInAnotherLanguageIsShownAsANonAnswerAndKeepsTheScale() throws IOException {
        List<String> agree = List.of("Strongly agree", "Agree", "Neither agree nor disagree", "Disagree",
                "Strongly disagree");
        Path file = csv("stray.csv", concat(List.<String[]>of(new String[] {"id", "Tea is good"}),
                rows(41, r -> new String[] {String.valueOf(r + 1), r == 40 ? "D'accord" : agree.get(r % 5)})));

        ReadResult result = read(file);
        Study study = result.study();

        Scale scale = study.scaleOf(tableOf(study, "Tea is good"));
        assertThat(scale.reading().family()).isEqualTo("agreement");
        assertThat(scale.categories().subList(0, 5)).extracting(Category::name).containsExactlyElementsOf(agree);
        assertThat(scale.category("D'accord").orElseThrow().role()).isEqualTo(CategoryRole.MISSING);
        assertThat(item(study, "Tea is good").n()).isEqualTo(41);
        assertThat(share(study, "Tea is good", "Strongly agree")).isCloseTo(100.0 * 8 / 41, within(EPS));
        assertThat(result.warnings()).extracting(Problem::message).anyMatch(m -> m.contains("'D'accord' (1)"));
        assertThat(tableOf(study, "Tea is good").source().setAside()).extracting(TableSource.SetAside::answer)
                .containsExactly("D'accord");
    }

    @Test
    void averageAndCountRowsUnderTheDataAreSkippedNotCounted() throws IOException {
        Path file = csv("summary.csv", concat(List.<String[]>of(new String[] {"id", "Rate the tea (1 = poor, 5 = excellent)"}),
                rows(40, r -> new String[] {String.valueOf(r + 1), String.valueOf(1 + r % 5)}),
                List.<String[]>of(new String[] {"Average", "2.63"}, new String[] {"Count", "40"},
                        new String[] {"", "12"})));

        ReadResult result = read(file);
        Study study = result.study();

        Item tea = item(study, "Rate the tea (1 = poor, 5 = excellent)");
        assertThat(tea.n()).isEqualTo(40);
        assertThat(study.scaleOf(tableOf(study, tea.label().text())).categories()).extracting(Category::name)
                .containsExactly("5", "4", "3", "2", "1");
        assertThat(tableOf(study, tea.label().text()).source().rowsSkipped()).isEqualTo(3);
        assertThat(study.metadata().respondents()).isEqualTo(40);
        assertThat(result.warnings()).anySatisfy(p -> {
            assertThat(p.location()).isEqualTo("42:1");
            assertThat(p.message()).contains("3 rows under the respondents");
        });
    }

    @Test
    void tickBoxColumnsMakeAMultipleResponseTableBasedOnThoseWhoTickedAny() throws IOException {
        Path file = csv("ticks.csv", concat(
                List.<String[]>of(new String[] {"RespondentID", "Which drinks do you like?", "", ""},
                        new String[] {"", "Coffee", "Tea", "Water"}),
                // 10 rows tick nothing; of the 30 others, coffee 20, tea 15, water 10
                rows(40, r -> r < 10 ? new String[] {String.valueOf(r), "", "", ""}
                        : new String[] {String.valueOf(r), r < 30 ? "Coffee" : "", r % 2 == 0 ? "Tea" : "",
                        r >= 30 ? "Water" : ""})));

        Study study = read(file).study();

        SurveyTable table = tableOf(study, "Coffee");
        Scale scale = study.scaleOf(table);
        assertThat(scale.kind()).isEqualTo(ScaleKind.MULTIPLE);
        assertThat(scale.categories()).extracting(Category::name).containsExactly("Selected", "Not selected");
        assertThat(table.title().text()).isEqualTo("Which drinks do you like?");
        assertThat(share(study, "Coffee", "Selected")).isCloseTo(100.0 * 20 / 30, within(EPS));
        assertThat(share(study, "Tea", "Selected")).isCloseTo(50, within(EPS));
        assertThat(share(study, "Water", "Selected")).isCloseTo(100.0 * 10 / 30, within(EPS));
        assertThat(table.items()).allSatisfy(i -> assertThat(i.n()).isEqualTo(30));
    }

    @Test
    void weightedTickBoxesAreSharesOfTheWeightOfThoseWhoTickedAny() throws IOException {
        Path file = csv("weighted-ticks.csv", concat(
                List.<String[]>of(new String[] {"RespondentID", "Which drinks do you like?", "", "weight"},
                        new String[] {"", "Coffee", "Tea", ""}),
                // rows 0-9 tick nothing (weight 5); 10-19 coffee only (weight 1); 20-39 tea only (weight 2)
                rows(40, r -> new String[] {String.valueOf(r), r >= 10 && r < 20 ? "Coffee" : "",
                        r >= 20 ? "Tea" : "", r < 10 ? "5" : r < 20 ? "1" : "2"})));

        Study study = StudyFiles.standard().read(file, ReadOptions.DEFAULT.withWeight("weight")).study();

        assertThat(share(study, "Coffee", "Selected")).isCloseTo(100.0 * 10 / 50, within(EPS));
        assertThat(share(study, "Tea", "Selected")).isCloseTo(100.0 * 40 / 50, within(EPS));
        assertThat(item(study, "Tea").n()).isEqualTo(30);
        assertThat(item(study, "Tea").effectiveN()).isCloseTo(50.0 * 50 / (10 + 20 * 4), within(1e-9));
    }

    @Test
    void joinedCellsAreSplitAgainstOptionsThatOccurAloneCommasInsideOptionsKept() throws IOException {
        // "Coffee, black" is one option: it occurs alone; "Prefer not to say" alone is a refusal, out of the base
        List<String> answers = List.of("Coffee, black", "Tea", "Coffee, black, Tea", "Tea, Juice", "Juice",
                "Prefer not to say", "Coffee, black, Juice");
        Path file = csv("joined.csv", concat(List.<String[]>of(new String[] {"Timestamp", "Which drinks do you like?"}),
                rows(42, r -> new String[] {"8/21/2019 13:" + (10 + r) + ":31", answers.get(r % 7)})));

        Study study = read(file).study();

        SurveyTable table = tableOf(study, "Coffee, black");
        assertThat(study.scaleOf(table).kind()).isEqualTo(ScaleKind.MULTIPLE);
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactlyInAnyOrder("Coffee, black", "Tea", "Juice");
        assertThat(share(study, "Coffee, black", "Selected")).isCloseTo(100.0 * 18 / 36, within(EPS));
        assertThat(share(study, "Tea", "Selected")).isCloseTo(100.0 * 18 / 36, within(EPS));
        assertThat(item(study, "Juice").n()).isEqualTo(36);
        assertThat(table.source().setAside()).anySatisfy(s -> assertThat(s.answer()).isEqualTo("Prefer not to say"));
    }

    @Test
    void optionColumnsHoldingTheirCodesAreOneQuestionAnsweredByTheColumnFilled() throws IOException {
        String[] options = {"Never", "Sometimes", "Often", "Don't know"};
        String[] codes = {"1", "2", "3", "6"};
        Path file = csv("numeric.csv", concat(
                List.<String[]>of(new String[] {"", "q1", "", "", "", "q2", "", "", ""},
                        new String[] {"Respondent ID", "How often do you do the following?", "", "", "", "", "", "", ""},
                        new String[] {"", "Cycle - Never", "Cycle - Sometimes", "Cycle - Often", "Cycle - Don't know",
                                "Walk - Never", "Walk - Sometimes", "Walk - Often", "Walk - Don't know"}),
                rows(40, r -> {
                    String[] row = new String[9];
                    java.util.Arrays.fill(row, "");
                    row[0] = String.valueOf(114687260013L + r);
                    row[1 + r % 4] = codes[r % 4];
                    row[5 + (r / 10) % 4] = codes[(r / 10) % 4];
                    return row;
                })));

        Study study = read(file).study();

        SurveyTable table = tableOf(study, "Cycle");
        assertThat(table.title().text()).isEqualTo("How often do you do the following?");
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactly("Cycle", "Walk");
        Scale scale = study.scaleOf(table);
        assertThat(scale.kind()).isEqualTo(ScaleKind.ORDINAL);
        assertThat(scale.categories()).extracting(Category::name).containsExactly("Often", "Sometimes", "Never", "Don't know");
        assertThat(scale.category("Don't know").orElseThrow().role()).isEqualTo(CategoryRole.DONT_KNOW);
        assertThat(item(study, "Cycle").n()).isEqualTo(40);
        assertThat(share(study, "Cycle", "Often")).isCloseTo(25, within(EPS));
    }

    @Test
    void zeroOneQuestionNeverJoinsARating() throws IOException {
        Path file = csv("mixed.csv", concat(List.<String[]>of(new String[] {"id", "Q1", "Q2", "Q3"}),
                rows(44, r -> new String[] {String.valueOf(r + 1), String.valueOf(r % 2), String.valueOf(r % 11),
                        String.valueOf((r + 5) % 11)})));

        Study study = read(file).study();

        SurveyTable yesNo = tableOf(study, "Q1");
        assertThat(yesNo.items()).hasSize(1);
        assertThat(study.scaleOf(yesNo).kind()).isEqualTo(ScaleKind.BINARY);
        assertThat(share(study, "Q1", "1")).isCloseTo(50, within(EPS));
        SurveyTable rating = tableOf(study, "Q2");
        assertThat(rating.items()).extracting(i -> i.label().text()).containsExactly("Q2", "Q3");
        assertThat(study.scaleOf(rating).categories()).hasSize(11);
    }

    @Test
    void aGuessedOrderIsAWarningAtTheTablesHeaderCell() throws IOException {
        Path file = csv("guess.csv", concat(List.<String[]>of(new String[] {"id", "Rate the tea"}),
                rows(40, r -> new String[] {String.valueOf(r + 1), String.valueOf(1 + r % 5)})));

        ReadResult result = read(file);

        assertThat(result.study().scales().getFirst().reading().confidence()).isEqualTo(dk.taktstok.model.Confidence.LOW);
        assertThat(result.warnings()).anySatisfy(p -> {
            assertThat(p.location()).isEqualTo("1:2");
            assertThat(p.message()).contains("is a guess").contains("taktstok convert");
        });
    }
}
