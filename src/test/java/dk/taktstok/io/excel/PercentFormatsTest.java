package dk.taktstok.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentFormatsTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
            "0%                 | true",
            "0.0%               | true",
            "0,0 %              | true",
            "[Red]0.0%;-0.0%    | true",
            "0.0\"%\"           | false",
            "0.0\\%             | false",
            "General            | false",
            "0.0                | false",
            "[$-406]0.0         | false",
            "#,##0              | false"})
    void percentMultipliesOnlyWhenItIsNotLiteral(String format, boolean percent) {
        assertThat(PercentFormats.isPercent(format.strip())).isEqualTo(percent);
    }
}
