package dk.taktstok.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "da | 26.7     | 26,7 %",
        "en | 26.7     | 26.7%",
        "da | 83.63844 | 83,6 %",
        "en | 0        | 0.0%",
        "da | NaN      | –",
    })
    void percentFollowsTheStudysLanguage(String language, double value, String expected) {
        assertThat(Numbers.of(language).percent(value, 1)).isEqualTo(expected.replace(" %", "\u00A0%"));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "da | 7.7679  | +7,8",
        "en | 7.7679  | +7.8",
        "en | -0.7    | -0.7",
        "en | -0.01   | 0.0",
        "da | 0       | 0,0",
    })
    void signedPointsCarryTheirSignAndNeverShowMinusZero(String language, double value, String expected) {
        assertThat(Numbers.of(language).signed(value, 1)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} with {2} decimals → {3}")
    @CsvSource(delimiter = '|', value = {
        "da | 1234.5 | 1 | 1234,5",
        "en | 69.2982 | 2 | 69.30",
        "en | 60.2 | 0 | 60",
        "da | 57.25 | 1 | 57,3",
        "en | 29.85 | 1 | 29.9",
    })
    void decimalHasNoGroupingAndTheLanguagesDecimalMark(String language, double value, int decimals, String expected) {
        assertThat(Numbers.of(language).decimal(value, decimals)).isEqualTo(expected);
    }
}
