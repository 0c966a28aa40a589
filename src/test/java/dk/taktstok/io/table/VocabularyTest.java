package dk.taktstok.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {

    @ParameterizedTest(name = "''{0}'' is a count: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (n = 480)  | true
            n=1.024    | true
            (N: 98)    | true
            N 98       | true
            n/a        | false
            (ikke n)   | false
            nej        | false
            """)
    void aSectionsNumberOfRespondentsIsACount(String text, boolean count) {
        assertThat(Vocabulary.isCount(text)).isEqualTo(count);
    }

    @ParameterizedTest(name = "''{0}'' is a title or lead-in: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tabel 2          | true
            Table 3.1 Trust  | true
            Figur 4          | true
            Borgere:         | true
            Kommunen inviterer foreninger | false
            Tabeller over tid | false
            """)
    void titlesAndLeadInsAreKnown(String text, boolean title) {
        assertThat(Vocabulary.isTitleOrLeadIn(text)).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"isCount", "isTitleOrLeadIn", "isNote"})
    void aCellOfThe32767CharactersExcelAllowsIsJudgedAtOnce(String check) {
        String cell = "n" + " ".repeat(32_765) + "x";
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
            switch (check) {
                case "isCount" -> Vocabulary.isCount(cell);
                case "isTitleOrLeadIn" -> Vocabulary.isTitleOrLeadIn(cell);
                default -> Vocabulary.isNote(cell);
            }
        });
    }
}
