package dk.taktstok;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message resource of the app, Danish beside English: a key in one and not the other would show
 * its key, or the other language, to the user.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyKeyIsInBothDanishAndEnglish() throws IOException {
        List<Path> english = englishBundles();
        assertThat(english).as("the bundles are found").hasSizeGreaterThanOrEqualTo(4);
        var missing = new ArrayList<String>();
        for (Path base : english) {
            missing.addAll(missingKeys(base));
        }
        assertThat(missing).as("keys missing in one language").isEmpty();
    }

    @Test
    void aKeyMissingInEitherLanguageIsNamed(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("texts.properties"), "a=A\nb=B\n");
        Files.writeString(folder.resolve("texts_da.properties"), "a=A\nc=C\n");

        assertThat(missingKeys(folder.resolve("texts.properties")))
                .containsExactly("texts_da.properties: b", "texts.properties: c");
    }

    /** The keys of an English bundle its Danish sibling lacks, and the other way round, named by file. */
    private static List<String> missingKeys(Path base) throws IOException {
        Path danish = base.resolveSibling(base.getFileName().toString().replace(".properties", "_da.properties"));
        var missing = new ArrayList<String>();
        if (!Files.exists(danish)) {
            missing.add(danish.getFileName() + ": the whole bundle");
            return missing;
        }
        Properties en = load(base);
        Properties da = load(danish);
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            if (!da.containsKey(key)) {
                missing.add(danish.getFileName() + ": " + key);
            }
        }
        for (String key : new TreeSet<>(da.stringPropertyNames())) {
            if (!en.containsKey(key)) {
                missing.add(base.getFileName() + ": " + key);
            }
        }
        return missing;
    }

    /** The bundles with a Danish or an English sibling, that is, every message resource (not the logging setup). */
    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .filter(p -> !p.getFileName().toString().startsWith("log4j2")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
