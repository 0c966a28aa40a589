package dk.taktstok.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0, 0", "12, 12", "12.5, 12.5", "3.14159, 3.14", "0.005, 0.01", "0.004, 0", "-0.25, -0.25",
        "-0.001, 0", "99.999, 100", "1.10, 1.1", "1234567.891, 1234567.89", "NaN, 0", "Infinity, 0",
    })
    void writesHundredthsWithoutTrailingZerosOrMinusZero(double value, String expected) {
        assertThat(SvgNumbers.append(new StringBuilder(), value).toString()).isEqualTo(expected);
    }
}
