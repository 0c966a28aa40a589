package dk.taktstok.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code indices --by}: the tests between groups of respondent rows, end to end, against p-values that
 * make_groups.py computed with statsmodels and scipy from the same rows (groups-tests.json); the letters
 * follow the adjusted p-values, and the words follow the letters.
 */
class IndicesByTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double FOUR_DECIMALS = 0.5e-4;

    @ParameterizedTest(name = "weighted: {0}")
    @ValueSource(booleans = {false, true})
    void pValuesOfTheFirstQuestionAgreeWithStatsmodelsAndScipy(boolean weighted) throws Exception {
        JsonNode crosstab = crosstab(weighted);
        Map<String, String> letters = letters(crosstab);
        JsonNode item = firstItem(crosstab);
        JsonNode expected = reference().get("tests").get(weighted ? "weighted" : "unweighted");
        for (String answer : List.of("Helt enig", "Delvis uenig")) {
            JsonNode row = row(item, "share", answer);
            JsonNode want = expected.get(answer);
            checkPairs(row, want, letters);
            for (var rest : want.get("vsRest").properties()) {
                JsonNode cell = cell(row, letters.get(rest.getKey()));
                assertThat(cell.get("vsRest").get("p").asDouble()).as(answer + ", " + rest.getKey() + " against the rest")
                        .isCloseTo(rest.getValue().asDouble(), within(FOUR_DECIMALS));
                assertThat(cell.get("vsRest").get("adjustedP").asDouble())
                        .isCloseTo(want.get("vsRestHolm").get(rest.getKey()).asDouble(), within(FOUR_DECIMALS));
            }
        }
        checkPairs(row(item, "meanScore", "meanScore"), expected.get("meanScore"), letters);
        JsonNode chi = item.get("chiSquare");
        assertThat(chi.get("statistic").asDouble()).isCloseTo(expected.get("chiSquare").get("statistic").asDouble(), within(FOUR_DECIMALS));
        assertThat(chi.get("df").asDouble()).isEqualTo(expected.get("chiSquare").get("df").asDouble());
        assertThat(chi.get("p").asDouble()).isCloseTo(expected.get("chiSquare").get("p").asDouble(), within(FOUR_DECIMALS));
    }

    @Test
    void aGroupUnderFiftyIsFlaggedAndKeptOutOfTheTests() throws Exception {
        JsonNode crosstab = crosstab(false);
        String north = letters(crosstab).get("Nordjylland");
        for (JsonNode row : firstItem(crosstab).get("rows")) {
            JsonNode cell = cell(row, north);
            assertThat(cell.get("lowN").asBoolean()).isTrue();
            assertThat(cell.get("pairs").properties()).isEmpty();
            assertThat(cell.get("vsRest").get("p").isNull()).isTrue();
            for (JsonNode other : row.get("groups")) {
                assertThat(other.get("pairs").has(north)).isFalse();
                assertThat(other.get("higherThan").toString()).doesNotContain(north);
            }
        }
    }

    @ParameterizedTest(name = "weighted: {0}")
    @ValueSource(booleans = {false, true})
    void aLetterStandsExactlyWhereTheAdjustedPIsBelowTheLevelAndTheValueHigher(boolean weighted) throws Exception {
        int letters = 0;
        for (JsonNode table : crosstab(weighted).get("tables")) {
            for (JsonNode item : table.get("items")) {
                for (JsonNode row : item.get("rows")) {
                    Map<String, Double> values = new HashMap<>();
                    row.get("groups").forEach(c -> values.put(c.get("letter").asString(), c.get("value").asDouble()));
                    for (JsonNode cell : row.get("groups")) {
                        var want = new ArrayList<String>();
                        for (var pair : cell.get("pairs").properties()) {
                            if (pair.getValue().get("adjustedP").asDouble() < 0.05
                                    && cell.get("value").asDouble() > values.get(pair.getKey())) {
                                want.add(pair.getKey());
                            }
                        }
                        var have = new ArrayList<String>();
                        cell.get("higherThan").forEach(l -> have.add(l.asString()));
                        assertThat(have).containsExactlyInAnyOrderElementsOf(want);
                        letters += have.size();
                    }
                }
            }
        }
        assertThat(letters).as("some differences in the file are significant").isPositive();
    }

    @Test
    void theTextNeverCallsADifferenceThatFailsItsTestHigher() {
        CliRun run = CliRun.of("indices", file().toString(), "--by", "Region", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> sentences = run.out().lines().filter(l -> l.contains(" is ") && l.contains("adjusted p")).toList();
        assertThat(sentences).hasSize(3);
        int significant = 0;
        for (String line : sentences) {
            if (line.contains("higher")) {
                assertThat(line).contains("significant (adjusted p").doesNotContain("not significant");
                significant++;
            } else {
                assertThat(line).contains("not significant").doesNotContain("lower");
            }
        }
        assertThat(significant).isBetween(0, sentences.size());
        assertThat(run.out()).contains("Holm").contains("Welch");
    }

    @Test
    void theOutputWithoutByIsTheOutputBeforeTheGroups() {
        CliRun plain = CliRun.of("indices", file().toString(), "--lang", "en");
        CliRun by = CliRun.of("indices", file().toString(), "--by", "Region", "--lang", "en");
        assertThat(by.out()).startsWith(plain.out()).contains("By Region");
    }

    @Test
    void aWrongCorrectionIsAUsageError() {
        CliRun run = CliRun.of("indices", file().toString(), "--by", "Region", "--correction", "bonferroni");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("holm, bh or none");
    }

    @Test
    void benjaminiHochbergAdjustsNoMoreThanHolm() throws Exception {
        JsonNode holm = firstItem(crosstab(false));
        CliRun run = CliRun.of("indices", file().toString(), "--by", "Region", "--json", "--correction", "bh");
        JsonNode bh = firstItem(JSON.readTree(run.out()).get("crosstabs").get(0));
        JsonNode holmCell = row(holm, "share", "Helt enig").get("groups").get(0);
        JsonNode bhCell = row(bh, "share", "Helt enig").get("groups").get(0);
        for (var pair : holmCell.get("pairs").properties()) {
            assertThat(bhCell.get("pairs").get(pair.getKey()).get("adjustedP").asDouble())
                    .isLessThanOrEqualTo(pair.getValue().get("adjustedP").asDouble());
        }
    }

    private static void checkPairs(JsonNode row, JsonNode want, Map<String, String> letters) {
        for (int i = 0; i < want.get("pairs").size(); i++) {
            JsonNode pair = want.get("pairs").get(i);
            JsonNode cell = cell(row, letters.get(pair.get(0).asString()));
            JsonNode against = cell.get("pairs").get(letters.get(pair.get(1).asString()));
            assertThat(against.get("p").asDouble()).as(row.get("label").asString() + ", " + pair)
                    .isCloseTo(want.get("p").get(i).asDouble(), within(FOUR_DECIMALS));
            assertThat(against.get("adjustedP").asDouble()).as(row.get("label").asString() + ", " + pair + ", Holm")
                    .isCloseTo(want.get("holm").get(i).asDouble(), within(FOUR_DECIMALS));
        }
    }

    private static JsonNode crosstab(boolean weighted) {
        var args = new ArrayList<>(List.of("indices", file().toString(), "--by", "Region", "--json"));
        if (weighted) {
            args.addAll(List.of("--weight", "Vægt"));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode crosstabs = JSON.readTree(run.out()).get("crosstabs");
        assertThat(crosstabs).hasSize(1);
        return crosstabs.get(0);
    }

    private static Map<String, String> letters(JsonNode crosstab) {
        var letters = new HashMap<String, String>();
        crosstab.get("groups").forEach(g -> letters.put(g.get("label").asString(), g.get("letter").asString()));
        return letters;
    }

    private static JsonNode firstItem(JsonNode crosstab) {
        for (JsonNode table : crosstab.get("tables")) {
            for (JsonNode item : table.get("items")) {
                if (item.get("label").asString().equals("Jeg stoler på kommunen")) {
                    return item;
                }
            }
        }
        throw new AssertionError("no first question");
    }

    private static JsonNode row(JsonNode item, String key, String label) {
        for (JsonNode row : item.get("rows")) {
            if (row.get("key").asString().equals(key) && row.get("label").asString().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " " + label);
    }

    private static JsonNode cell(JsonNode row, String letter) {
        for (JsonNode cell : row.get("groups")) {
            if (cell.get("letter").asString().equals(letter)) {
                return cell;
            }
        }
        throw new AssertionError("no group " + letter);
    }

    private static Path file() {
        try {
            return Path.of(IndicesByTest.class.getResource("/dk/taktstok/groups/groups.csv").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode reference() throws Exception {
        try (InputStream in = IndicesByTest.class.getResourceAsStream("/dk/taktstok/groups/groups-tests.json")) {
            return JSON.readTree(in);
        }
    }
}
