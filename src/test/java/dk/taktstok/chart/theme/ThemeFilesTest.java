package dk.taktstok.chart.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.taktstok.chart.scene.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeFilesTest {

    @Test
    void standardThemeUsesTheBundledLato() {
        Theme theme = ThemeFiles.standard();

        assertThat(theme.regular().family()).isEqualTo("Lato");
        assertThat(theme.bold().bold()).isTrue();
        assertThat(theme.regular().bytes()).hasSizeGreaterThan(10_000);
    }

    @Test
    void fieldsAThemeLeavesOutKeepTaktstoksValues(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("avisen.json"),
                "{\"name\": \"Avisen\", \"sizes\": {\"title\": 24}, \"colors\": {\"text\": \"#000000\"}}");

        Theme theme = ThemeFiles.read(file);

        assertThat(theme.name()).isEqualTo("Avisen");
        assertThat(theme.sizes().title()).isEqualTo(24);
        assertThat(theme.sizes().label()).isEqualTo(ThemeFiles.standard().sizes().label());
        assertThat(theme.colors().text()).isEqualTo(Color.BLACK);
        assertThat(theme.colors().high()).isEqualTo(ThemeFiles.standard().colors().high());
    }

    @Test
    void fontPathsAreRelativeToTheThemeFile(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("House.ttf"), ThemeFiles.standard().regular().bytes());
        Path file = Files.writeString(folder.resolve("theme.json"),
                "{\"font\": {\"family\": \"House\", \"regular\": \"House.ttf\"}}");

        Theme theme = ThemeFiles.read(file);

        assertThat(theme.regular().family()).isEqualTo("House");
        assertThat(theme.regular().source()).isEqualTo(folder.resolve("House.ttf").toString());
    }

    @Test
    void missingFontFileIsNamed(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("theme.json"), "{\"font\": {\"regular\": \"nowhere.ttf\"}}");

        assertThatThrownBy(() -> ThemeFiles.read(file)).isInstanceOf(ThemeException.class)
                .hasMessageContaining("nowhere.ttf").hasMessageContaining("font.regular");
    }

    @Test
    void badColourNamesTheField(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("theme.json"), "{\"colors\": {\"grid\": \"grey\"}}");

        assertThatThrownBy(() -> ThemeFiles.read(file)).hasMessageStartingWith("colors.grid:");
    }

    @Test
    void invalidJsonGivesLineAndColumn(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("theme.json"), "{\n  \"sizes\": {\n}");

        assertThatThrownBy(() -> ThemeFiles.read(file)).hasMessageContaining("not valid JSON, at 3:");
    }

    @Test
    void sizeMustBePositive(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("theme.json"), "{\"sizes\": {\"title\": -2}}");

        assertThatThrownBy(() -> ThemeFiles.read(file)).hasMessage("sizes.title must be a positive number");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"name": "A", "name": "B"}                 | names a field twice in the same object, at 1:
            {"name": "A"} {"name": "B"}                | has more content after its end
            {"name": "A",}                             | not valid JSON, at 1:
            {"name": 'A'}                              | not valid JSON, at 1:
            {"sizes": {"title": 0x10}}                 | not valid JSON, at 1:
            {"colours": {"text": "#000000"}}           | unknown field 'colours' in the theme file
            {"sizes": {"titel": 24}}                   | unknown field 'sizes.titel' in the theme file
            {"sizes": 24}                              | 'sizes' in the theme file must be an object
            [1, 2]                                     | must hold one object
            {"sizes": {"title": 1111111111111111111111111111111111111111111111111111111111}} | goes past the limits of a theme
            """)
    void aThemeFileIsStrictJsonWithKnownFieldsOnly(String json, String message, @TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("theme.json"), json);

        assertThatThrownBy(() -> ThemeFiles.read(file)).isInstanceOf(ThemeException.class).hasMessageContaining(message);
    }

    @Test
    void commentsAreNotJson(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("theme.json"), "// the newsroom's colours\n{\"name\": \"A\"}");

        assertThatThrownBy(() -> ThemeFiles.read(file)).hasMessageContaining("not valid JSON, at 1:");
    }

    @Test
    void aThemeNestedTooDeeplyIsRefusedWithoutAnException(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("theme.json"), "{\"font\": " + "[".repeat(100_000));

        assertThatThrownBy(() -> ThemeFiles.read(file)).isInstanceOf(ThemeException.class)
                .hasMessageContaining("goes past the limits of a theme");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("theme.json");
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ThemeFiles.MAX_FILE_BYTES + 1);
        }

        assertThatThrownBy(() -> ThemeFiles.read(file)).hasMessage("the theme file is too large for a theme (over 1 MB)");
    }
}
