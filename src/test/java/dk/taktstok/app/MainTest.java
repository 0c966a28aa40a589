package dk.taktstok.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    @ParameterizedTest(name = "[{0}] opens the desktop: {1}")
    @CsvSource(delimiter = '|', value = {
        "                       | true",
        "study.json             | true",
        "indices                | false",
        "export --out charts    | false",
        "validate a.xlsx        | false",
        "--help                 | false",
        "--version              | false",
        "help                   | false",
        "check                  | false",
        "check draft.md         | false",
    })
    void desktopOpensWithoutACommand(String arguments, boolean desktop) {
        String[] args = arguments == null ? new String[0] : arguments.strip().split("\\s+");

        assertThat(Main.opensDesktop(args)).isEqualTo(desktop);
    }
}
