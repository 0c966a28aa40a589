package dk.taktstok.io.respondents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Banner;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Respondent rows split by a column (--by) give each group the shares pandas gives: groups.csv and its
 * expected shares, n and effective n per region were made by make_groups.py beside it, with pandas.
 */
class GroupSharesTest {

    private static final String FOLDER = "/dk/taktstok/groups/";

    @ParameterizedTest(name = "weighted: {0}")
    @ValueSource(booleans = {false, true})
    void sharesByRegionAreThoseOfPandas(boolean weighted) throws Exception {
        ReadOptions options = ReadOptions.DEFAULT.withBy(List.of("Region"));
        ReadResult read = StudyFiles.standard().read(file(), weighted ? options.withWeight("Vægt") : options);
        assertThat(read.errors()).isEmpty();
        assertThat(read.banners()).hasSize(1);
        Banner banner = read.banners().getFirst();
        assertThat(banner.name()).isEqualTo("Region");
        assertThat(banner.columns()).extracting(Banner.Column::label)
                .containsExactly("Hovedstaden", "Midtjylland", "Nordjylland", "Sjælland", "Syddanmark");
        JsonNode expected = expected().get(weighted ? "weighted" : "unweighted");
        int checked = 0;
        for (Banner.Column column : banner.columns()) {
            Study group = column.study();
            for (var question : expected.properties()) {
                JsonNode want = question.getValue().get(column.label());
                Item item = itemCalled(group, question.getKey());
                Scale scale = scaleOf(group, question.getKey());
                assertThat(item.n()).as(question.getKey() + ", " + column.label()).isEqualTo(want.get("n").asInt());
                if (weighted) {
                    assertThat(item.effectiveN()).isCloseTo(want.get("effectiveN").asDouble(), within(1e-9));
                }
                for (var share : want.get("shares").properties()) {
                    assertThat(item.share(scale.indexOf(share.getKey())))
                            .as(question.getKey() + ", " + column.label() + ", " + share.getKey())
                            .isCloseTo(share.getValue().asDouble(), within(1e-9));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(5 * 3 * 6);
    }

    @Test
    void theRestOfAGroupIsEveryoneElse() throws Exception {
        ReadResult read = StudyFiles.standard().read(file(), ReadOptions.DEFAULT.withBy(List.of("B")));
        Banner banner = read.banners().getFirst();
        assertThat(banner.name()).as("a text file's column by its letter").isEqualTo("Region");
        Item whole = itemCalled(read.study(), "Jeg stoler på kommunen");
        for (Banner.Column column : banner.columns()) {
            Item own = itemCalled(column.study(), "Jeg stoler på kommunen");
            Item rest = itemCalled(column.rest(), "Jeg stoler på kommunen");
            assertThat(own.n() + rest.n()).isEqualTo(whole.n());
            for (int c = 0; c < whole.shares().size(); c++) {
                assertThat((own.share(c) * own.n() + rest.share(c) * rest.n()) / whole.n())
                        .isCloseTo(whole.share(c), within(1e-9));
            }
        }
        assertThat(banner.columns().stream().mapToInt(Banner.Column::respondents).sum())
                .isEqualTo(read.study().metadata().respondents());
    }

    @Test
    void aColumnThatIsNotThereIsAnErrorNamingTheColumns() throws Exception {
        ReadResult read = StudyFiles.standard().read(file(), ReadOptions.DEFAULT.withBy(List.of("Kommune")));
        assertThat(read.errors()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("--by");
            assertThat(p.message()).contains("no column is called 'Kommune'").contains("'Region'");
        });
    }

    private static Item itemCalled(Study study, String label) {
        return study.tables().stream().flatMap(t -> t.items().stream())
                .filter(i -> i.label().in("da").equals(label)).findFirst().orElseThrow();
    }

    private static Scale scaleOf(Study study, String label) {
        for (SurveyTable table : study.tables()) {
            if (table.items().stream().anyMatch(i -> i.label().in("da").equals(label))) {
                return study.scaleOf(table);
            }
        }
        throw new AssertionError(label);
    }

    private static Path file() throws Exception {
        return Path.of(GroupSharesTest.class.getResource(FOLDER + "groups.csv").toURI());
    }

    private static JsonNode expected() throws Exception {
        try (InputStream in = GroupSharesTest.class.getResourceAsStream(FOLDER + "groups-expected.json")) {
            return JsonMapper.builder().build().readTree(in).get("expected");
        }
    }

}
