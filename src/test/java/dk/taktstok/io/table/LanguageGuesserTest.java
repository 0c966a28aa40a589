package dk.taktstok.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
            "Sjældent                 | da",
            "Ved ikke                 | da",
            "Kilde: KORA              | da",
            "Kommune og civilsamfund  | da",
            "Never                    | en",
            "Source: Pew; organic     | en",
            "Total                    | en"})
    void danishLettersOrWordsMeanDanish(String text, String language) {
        assertThat(LanguageGuesser.guess(List.of("Table", text))).isEqualTo(language);
    }
}
