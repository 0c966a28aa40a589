package dk.taktstok.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.model.Metadata;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableIdsTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
            "Initiativ          | initiativ",
            "Hvem tager initiativ? | hvem-tager-initiativ",
            "Ældre og børn      | aeldre-og-boern",
            "Å, Ø og Æ          | aa-oe-og-ae",
            "Tabel 2 (2016)     | tabel-2-2016",
            "  --Data--         | data",
            "Café Müller        | cafe-mueller"})
    void slugIsLowerCaseAsciiWithDashes(String name, String slug) {
        assertThat(TableIds.slug(name)).isEqualTo(slug);
    }

    @Test
    void furtherTablesOnASheetGetANumber() {
        assertThat(TableIds.forSheet("Data", 1)).isEqualTo("data");
        assertThat(TableIds.forSheet("Data", 2)).isEqualTo("data-2");
        assertThat(TableIds.forSheet("???", 1)).isEqualTo("table");
    }

    @Test
    void aTableIsChosenByIdOrBySheetName() {
        SurveyTable first = table("min-data");
        SurveyTable second = table("min-data-2");
        SurveyTable third = table("noter");
        Study study = new Study(Metadata.titled("t", "da"), List.of(new Scale("s", List.of())),
                List.of(first, second, third), List.of(), List.of());
        var places = new GridSourceMap(List.of(
                new GridSourceMap.TablePlaces("Min data", "'Min data'!A1", List.of(), List.of()),
                new GridSourceMap.TablePlaces("Min data", "'Min data'!A12", List.of(), List.of()),
                new GridSourceMap.TablePlaces("Noter", "Noter!A1", List.of(), List.of())));

        assertThat(TableIds.choose(study, places, "min-data-2")).contains(second);
        assertThat(TableIds.choose(study, places, "Min data")).contains(first);
        assertThat(TableIds.choose(study, places, "min DATA")).contains(first);
        assertThat(TableIds.choose(study, null, "Noter")).contains(third);
        assertThat(TableIds.choose(study, places, "Forside")).isEmpty();
    }

    private static SurveyTable table(String id) {
        return new SurveyTable(id, Text.of(id), null, "s", List.of(), null, List.of());
    }
}
