package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.SourceMap;
import org.junit.jupiter.api.Test;

class JsonSourceMapTest {

    private final SourceMap places = JsonSourceMap.INSTANCE;

    @Test
    void shareIsNamedByItsPath() {
        assertThat(places.share(0, 2, 1)).isEqualTo("$.tables[0].items[2].shares[1]");
    }

    @Test
    void itemIsNamedByItsPath() {
        assertThat(places.item(3, 12)).isEqualTo("$.tables[3].items[12]");
    }

    @Test
    void tableIsNamedByItsPath() {
        assertThat(places.table(1)).isEqualTo("$.tables[1]");
    }

    @Test
    void placesAgreeWithWhereTheReaderReportsShares() {
        String json = StudyJson.complete().set("/tables/0/items/4/shares/3", "null").text();

        Parsed parsed = new JsonStudyReader().readString(json);

        assertThat(parsed.problems().getFirst().location()).isEqualTo(parsed.sourceMap().share(0, 4, 3));
    }

    @Test
    void itemWithoutIdInTheFileKeepsItsPosition() {
        String json = StudyJson.complete().remove("/tables/0/items/0/id").text();

        Parsed parsed = new JsonStudyReader().readString(json);

        assertThat(parsed.study().tables().getFirst().items().get(4).id()).isEqualTo("r5");
        assertThat(parsed.sourceMap().item(0, 4)).isEqualTo("$.tables[0].items[4]");
    }
}
