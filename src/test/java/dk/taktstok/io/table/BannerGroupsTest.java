package dk.taktstok.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.analysis.BannerGroups;
import dk.taktstok.analysis.Crosstab;
import dk.taktstok.analysis.CrosstabOptions;
import dk.taktstok.analysis.Crosstabs;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Banner;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.testing.SurveyExports;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published banner table (538's reluctant-Trump crosstabs) read as groups with their bases, and tested:
 * the p-values agree to 4 decimals with statsmodels and scipy on the published shares and bases
 * (groups/banner_reference.py read the workbook itself with openpyxl).
 */
class BannerGroupsTest {

    private static final double FOUR_DECIMALS = 0.5e-4;
    private static final String FILE = "538-reluctant-trump-april-2017-crosstabs.xlsx";

    @Test
    void theGroupsUnderEachHeadingComeWithTheirBases() {
        BannerGroups.Groups groups = groups();
        Map<String, Banner> banners = new HashMap<>();
        groups.banners().forEach(b -> banners.put(b.name(), b));
        assertThat(banners).containsKeys("Gender", "Age", "Education", "Party Identification", "Trump Approval");
        assertThat(banners.get("Gender").columns()).extracting(Banner.Column::label, Banner.Column::respondents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Male", 1929), org.assertj.core.groups.Tuple.tuple("Female", 1983));
        assertThat(banners.get("Age").columns()).extracting(Banner.Column::label)
                .as("'Total (Age)' is the whole again, not a group")
                .containsExactly("18-24", "25-34", "35-44", "45-54", "55-64", "65 and older");
        assertThat(groups.whole().tables().getFirst().items()).singleElement()
                .satisfies(total -> assertThat(total.n()).isEqualTo(3912));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Gender", "Age"})
    void pValuesAgreeWithStatsmodelsOnThePublishedSharesAndBases(String heading) throws Exception {
        BannerGroups.Groups groups = groups();
        Banner banner = groups.banners().stream().filter(b -> b.name().equals(heading)).findFirst().orElseThrow();
        Crosstab crosstab = Crosstabs.of(groups.whole(), banner, CrosstabOptions.DEFAULT, 0);
        JsonNode want = reference().get("headings").get(heading);
        Map<String, Integer> index = new HashMap<>();
        for (int g = 0; g < crosstab.groups().size(); g++) {
            index.put(crosstab.groups().get(g).label(), g);
        }
        Crosstab.ItemRows item = crosstab.tables().getFirst().items().getFirst();
        int checked = 0;
        for (var answer : want.get("answers").properties()) {
            Crosstab.Row row = item.rows().stream().filter(r -> r.key().equals("share") && r.label().equals(answer.getKey()))
                    .findFirst().orElseThrow();
            JsonNode a = answer.getValue();
            for (int i = 0; i < a.get("pairs").size(); i++) {
                int x = index.get(a.get("pairs").get(i).get(0).asString());
                int y = index.get(a.get("pairs").get(i).get(1).asString());
                Crosstab.Pair pair = row.cells().get(x).pairs().get(y);
                assertThat(pair.p()).as(answer.getKey()).isCloseTo(a.get("p").get(i).asDouble(), within(FOUR_DECIMALS));
                assertThat(pair.adjusted()).isCloseTo(a.get("holm").get(i).asDouble(), within(FOUR_DECIMALS));
                checked++;
            }
            for (int g = 0; g < row.cells().size(); g++) {
                assertThat(row.cells().get(g).vsRest().p()).isCloseTo(a.get("vsRest").get(g).asDouble(), within(FOUR_DECIMALS));
                assertThat(row.cells().get(g).vsRestAdjusted())
                        .isCloseTo(a.get("vsRestHolm").get(g).asDouble(), within(FOUR_DECIMALS));
            }
        }
        assertThat(checked).isPositive();
        assertThat(item.chiSquare().statistic()).isCloseTo(want.get("chiSquare").get("statistic").asDouble(), within(FOUR_DECIMALS));
        assertThat(item.chiSquare().p()).isCloseTo(want.get("chiSquare").get("p").asDouble(), within(FOUR_DECIMALS));
    }

    private static BannerGroups.Groups groups() {
        ReadResult read = StudyFiles.standard().read(SurveyExports.file(FILE));
        assertThat(read.errors()).isEmpty();
        SurveyTable first = read.study().tables().getFirst();
        assertThat(BannerGroups.isBanner(first)).isTrue();
        return BannerGroups.of(read.study(), first);
    }

    private static JsonNode reference() throws Exception {
        try (InputStream in = BannerGroupsTest.class.getResourceAsStream("/dk/taktstok/groups/banner-tests.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
