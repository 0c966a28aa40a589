package dk.taktstok.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "26,7       | 26.7  | false",
            "26.7       | 26.7  | false",
            "26,7 %     | 26.7  | true",
            "26,7\u00A0% | 26.7  | true",
            "26.7%      | 26.7  | true",
            "\u22123,5  | -3.5  | false",
            "-3.5       | -3.5  | false",
            "+4         | 4.0   | false",
            "1.234,5    | 1234.5 | false",
            "1,234.5    | 1234.5 | false",
            "1 234,5    | 1234.5 | false",
            "1.234.567  | 1234567 | false",
            ",5         | 0.5   | false",
            "12 pct.    | 12.0  | true",
            "0,267      | 0.267 | false",
            "0          | 0.0   | false"})
    void readsNumbersWrittenAsText(String text, double value, boolean percent) {
        NumberText.Reading reading = NumberText.read(text);
        assertThat(reading).isNotNull();
        assertThat(reading.value()).isEqualTo(value);
        assertThat(reading.percentSign()).isEqualTo(percent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"n/a", "", " ", "Som regel", "26,7 kr", "%", "-", "#DIV/0!", "1-2", "abc12", "12abc", "1e5"})
    void textThatIsNotANumberGivesNull(String text) {
        assertThat(NumberText.read(text)).isNull();
        assertThat(NumberText.valueOf(text)).isNaN();
    }
}
