package dk.taktstok.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.testing.SeedWorkbooks.Format;
import dk.taktstok.testing.SeedWorkbooks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IndicesCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode sampleJson() {
        CliRun run = CliRun.of("indices", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @ParameterizedTest(name = "row 1 {0} = {1}")
    @CsvSource({"topBox, 73.1", "topBoxValid, 83.64", "meanScore, 69.30", "net, 58.8", "dontKnow, 12.7", "sum, 100.1"})
    void jsonGivesRowOneOfTheSampleAsInTheSpec(String measure, double expected) {
        JsonNode row1 = sampleJson().get("tables").get(0).get("items").get(0);

        assertThat(row1.get(measure).asDouble()).isCloseTo(expected, within(0.005));
    }

    @ParameterizedTest(name = "group {0} meanScore = {1}, topBox = {2}")
    @CsvSource({"0, municipality, 64.89, 66.63", "1, civil, 57.12, 57.25"})
    void jsonGivesTheGroupMeans(int index, String name, double meanScore, double topBox) {
        JsonNode group = sampleJson().get("tables").get(0).get("groups").get(index);

        assertThat(group.get("name").asString()).isEqualTo(name);
        assertThat(group.get("meanScore").asDouble()).isCloseTo(meanScore, within(0.005));
        assertThat(group.get("topBox").asDouble()).isCloseTo(topBox, within(0.005));
    }

    @Test
    void jsonGivesTheInitiativeBalanceOfTheMeanScores() {
        JsonNode table = sampleJson().get("tables").get(0);

        assertThat(table.get("balance").asDouble()).isCloseTo(7.77, within(0.005));
        assertThat(table.get("balances").get("topBox").asDouble()).isCloseTo(9.38, within(0.005));
    }

    @Test
    void jsonGivesTheDefaultGapFirst() {
        JsonNode gap = sampleJson().get("gaps").get(0);

        assertThat(gap.get("benchmarkValue").asDouble()).isEqualTo(75.0);
        assertThat(gap.get("practiceValue").asDouble()).isCloseTo(14.8, within(1e-9));
        assertThat(gap.get("gap").asDouble()).isCloseTo(60.2, within(1e-9));
        assertThat(gap.get("practice").asString()).startsWith("Som regel");
    }

    @Test
    void jsonKeysSharesByCategoryLabel() {
        JsonNode shares = sampleJson().get("tables").get(0).get("items").get(0).get("shares");

        assertThat(shares.propertyNames()).containsExactly("Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke");
        assertThat(shares.get("Ved ikke").asDouble()).isEqualTo(12.7);
    }

    @Test
    void textTableUsesTheStudysDanishNumberFormat() {
        CliRun run = CliRun.of("indices");

        assertThat(run.out()).contains("Topboks").contains("73,1").contains("83,6").contains("60,2")
                .doesNotContain("73.1");
    }

    @Test
    void langEnglishGivesEnglishLabelsAndDecimalPoints() {
        CliRun run = CliRun.of("indices", "--lang", "en");

        assertThat(run.out()).contains("Top box").contains("Municipality invites associations").contains("73.1")
                .contains("Usually");
    }

    @Test
    void unknownTableIsAUsageErrorListingTheTables() {
        CliRun run = CliRun.of("indices", "--table", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: sample study: no table 'nope'; the tables are: initiative\n");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void workbookOfTheSeedTableGivesTheSampleItemMeasures(Format format, @TempDir Path folder) throws Exception {
        Path workbook = SeedWorkbooks.write(folder, "seed", format,
                book -> book.sheet("Data", SeedWorkbooks.seedTable("")));

        CliRun run = CliRun.of("indices", workbook.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode items = JSON.readTree(run.out()).get("tables").get(0).get("items");
        JsonNode expected = sampleJson().get("tables").get(0).get("items");
        assertThat(items.size()).isEqualTo(6);
        for (int i = 0; i < 6; i++) {
            for (String measure : new String[] {"topBox", "topBoxValid", "meanScore", "net", "dontKnow"}) {
                assertThat(items.get(i).get(measure).asDouble()).as("row %d %s", i + 1, measure)
                        .isCloseTo(expected.get(i).get(measure).asDouble(), within(1e-9));
            }
        }
    }

    @Test
    void tableIsChosenBySheetName(@TempDir Path folder) throws Exception {
        Path workbook = SeedWorkbooks.write(folder, "two", Format.XLSX, book -> book
                .sheet("Første", SeedWorkbooks.seedTable(""))
                .sheet("Anden tabel", SeedWorkbooks.seedTable("")));

        CliRun run = CliRun.of("indices", workbook.toString(), "--table", "Anden tabel", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("tables")).hasSize(1);
        assertThat(JSON.readTree(run.out()).get("tables").get(0).get("id").asString()).isEqualTo("anden-tabel");
    }

    // --- respondent rows ---------------------------------------------------------------------------

    @Test
    void tableOfASheetOfRespondentsGivesEveryTableOfThatSheet(@TempDir Path dir) throws Exception {
        var rows = new java.util.ArrayList<Object[]>();
        rows.add(new Object[] {"Respondent", "Do you vote?", "How often do you read news?"});
        for (int r = 0; r < 40; r++) {
            rows.add(new Object[] {1000.0 + r, r % 3 == 0 ? "No" : "Yes", List.of("Always", "Often", "Never").get(r % 3)});
        }
        Path workbook = SeedWorkbooks.write(dir, "answers", Format.XLSX, book -> book
                .sheet("Notes", SeedWorkbooks.rows(SeedWorkbooks.row("Fielded in May")))
                .sheet("Svar 2024", rows));

        CliRun run = CliRun.of("indices", workbook.toString(), "--table", "Svar 2024", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("tables")).hasSize(2);
    }

    @Test
    void respondentFileGivesSharesAsPercentagesAndNPerItem(@TempDir Path dir) throws Exception {
        var file = dk.taktstok.testing.RespondentWorkbooks.writeAndKeep(dir.resolve("survey.xlsx"), 400, 4, 5,
                dk.taktstok.testing.RespondentWorkbooks.Options.TEXT);

        CliRun run = CliRun.of("indices", file.file().toString(), "--layout", "respondents", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode item = JSON.readTree(run.out()).get("tables").get(0).get("items").get(0);
        assertThat(item.get("n").asInt()).isEqualTo(400);
        assertThat(item.get("lowN").asBoolean()).isFalse();
        assertThat(item.get("shares").get("Som regel").asDouble()).isCloseTo(100.0 * file.count(0, 0) / 400, within(1e-9));
        double p = file.count(0, 0) / 400.0;
        assertThat(item.get("moe").get("shares").get("Som regel").asDouble())
                .isCloseTo(1.96 * Math.sqrt(p * (1 - p) / 400) * 100, within(1e-9));
        assertThat(item.get("moe").get("topBox").isNumber()).isTrue();
        assertThat(item.has("effectiveN")).isFalse();
    }

    @Test
    void weightedRespondentFileGivesTheEffectiveN(@TempDir Path dir) throws Exception {
        Path file = dk.taktstok.testing.RespondentWorkbooks.write(dir.resolve("survey.csv"), 300, 2, 5,
                dk.taktstok.testing.RespondentWorkbooks.Options.TEXT.withWeights());

        CliRun run = CliRun.of("indices", file.toString(), "--weight", "vægt", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode item = JSON.readTree(run.out()).get("tables").get(0).get("items").get(0);
        assertThat(item.get("n").asInt()).isEqualTo(300);
        assertThat(item.get("effectiveN").asDouble()).isBetween(200.0, 300.0);
    }

    @Test
    void itemsUnderFiftyAnswersAreFlaggedInTheText(@TempDir Path dir) throws Exception {
        Path file = dk.taktstok.testing.RespondentWorkbooks.write(dir.resolve("small.xlsx"), 40, 4, 5,
                dk.taktstok.testing.RespondentWorkbooks.Options.TEXT);

        CliRun run = CliRun.of("indices", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Område 1: kommunen inviterer frivillige *")
                .contains("Margins of error (95 %)")
                .contains("* Fewer than 50 answers (n < 50)");
        assertThat(JSON.readTree(CliRun.of("indices", file.toString(), "--json").out())
                .get("tables").get(0).get("items").get(0).get("lowN").asBoolean()).isTrue();
    }

    @Test
    void weightThatIsNoColumnIsAUsageErrorOnOneLine(@TempDir Path dir) throws Exception {
        Path file = dk.taktstok.testing.RespondentWorkbooks.write(dir.resolve("survey.xlsx"), 60, 2, 5,
                dk.taktstok.testing.RespondentWorkbooks.Options.TEXT);

        CliRun run = CliRun.of("indices", file.toString(), "--weight", "wgt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("error: " + file + ": no column is called 'wgt'").endsWith(", at --weight");
        assertThat(run.showsAStackTrace()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"--layout, sideways", "--layout, respondents", "--weight, vægt"})
    void readingOptionsWithoutAFileOrWithAWrongValueAreUsageErrors(String option, String value) {
        CliRun run = CliRun.of("indices", option, value);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void reportTableGetsMarginsWhenTheStudyGivesItsRespondents(@TempDir Path dir) throws Exception {
        String sample = new String(dk.taktstok.io.store.SampleStudy.class.getResourceAsStream("sample-study.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("counted.json");
        java.nio.file.Files.writeString(file, sample.replace("\"language\": \"da\",", "\"language\": \"da\", \"respondents\": 98,"));

        CliRun run = CliRun.of("indices", file.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("tables").get(0).get("items").get(0).get("n").asInt()).isEqualTo(98);
        assertThat(root.get("gaps").get(0).get("moe").asDouble())
                .isCloseTo(1.96 * Math.sqrt(0.148 * 0.852 / 98) * 100, within(1e-9));
        assertThat(root.get("tables").get(0).get("groups").get(0).get("moe").get("meanScore").isNumber()).isTrue();
    }

    @Test
    void codebookWithoutCodesIsAUsageError(@TempDir Path dir) throws Exception {
        Path file = dk.taktstok.testing.RespondentWorkbooks.write(dir.resolve("survey.csv"), 60, 2, 5,
                dk.taktstok.testing.RespondentWorkbooks.Options.TEXT.withCodes());
        Path codebook = dir.resolve("codebook.json");
        java.nio.file.Files.write(codebook, dk.taktstok.io.store.SampleStudy.class.getResourceAsStream("sample-study.json").readAllBytes());

        CliRun run = CliRun.of("indices", file.toString(), "--codes", codebook.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + codebook + ": no category has a \"code\", so the file gives no codes"
                + " for --codes\n");
    }

    @Test
    void codebookWrittenByConvertAndGivenCodesReadsTheCodes(@TempDir Path dir) throws Exception {
        Path labels = dk.taktstok.testing.RespondentWorkbooks.write(dir.resolve("labels.csv"), 200, 2, 5,
                dk.taktstok.testing.RespondentWorkbooks.Options.TEXT);
        Path codes = dk.taktstok.testing.RespondentWorkbooks.write(dir.resolve("codes.csv"), 200, 2, 5,
                dk.taktstok.testing.RespondentWorkbooks.Options.TEXT.withCodes());
        Path study = dir.resolve("study.json");
        assertThat(CliRun.of("convert", labels.toString(), "--out", study.toString()).exitCode()).isZero();
        // the journalist writes each category's code into the study file
        String json = java.nio.file.Files.readString(study);
        for (var scale : java.util.List.of(dk.taktstok.testing.RespondentWorkbooks.FREQUENCY,
                dk.taktstok.testing.RespondentWorkbooks.AGREEMENT)) {
            for (int c = 0; c < scale.size(); c++) {
                if (json.contains("\"" + scale.get(c) + "\", \"code\"")) {
                    continue; // "Ved ikke" is on both scales, with one code
                }
                json = json.replace("\"label\": \"" + scale.get(c) + "\",", "\"label\": \"" + scale.get(c) + "\", \"code\": "
                        + dk.taktstok.testing.RespondentWorkbooks.code(scale, c) + ",");
            }
        }
        java.nio.file.Files.writeString(study, json);

        CliRun fromLabels = CliRun.of("indices", labels.toString(), "--json");
        CliRun fromCodes = CliRun.of("indices", codes.toString(), "--codes", study.toString(), "--json");

        assertThat(fromCodes.exitCode()).as(fromCodes.err()).isZero();
        for (int t = 0; t < 2; t++) {
            JsonNode coded = JSON.readTree(fromCodes.out()).get("tables").get(t);
            JsonNode labelled = JSON.readTree(fromLabels.out()).get("tables").get(t);
            assertThat(coded.get("scale")).isEqualTo(labelled.get("scale"));
            assertThat(coded.get("items")).isEqualTo(labelled.get("items"));
        }
    }
}
