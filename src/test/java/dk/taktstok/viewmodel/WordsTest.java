package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.testing.InLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @RegisterExtension
    static InLanguage words = InLanguage.english();

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @CsvSource({"da, da", "da-DK, da", "en, en", "en-GB, en", "de, en", "sv, en"})
    void danishIsSpokenToDanesAndEnglishToEveryoneElse(String tag, String spoken) {
        Words.use(Locale.forLanguageTag(tag));

        assertThat(Words.locale().getLanguage()).isEqualTo(spoken);
    }

    @Test
    void wordsAreInTheLanguageInUse() {
        Words.use(Locale.of("da"));
        assertThat(Words.get("open.title")).isEqualTo("Åbn");

        Words.use(Locale.ENGLISH);
        assertThat(Words.get("open.title")).isEqualTo("Open");
    }

    @Test
    void argumentsAreFilledInAndQuotesKept() {
        assertThat(Words.get("edit.share", "Som regel", "Kommunen")).isEqualTo("Edit 'Som regel' of 'Kommunen'");
        assertThat(Words.get("task.export", 1)).isEqualTo("Exporting one chart");
        assertThat(Words.get("task.export", 4)).isEqualTo("Exporting 4 charts");
    }

    @Test
    void anUnknownKeyIsShownAsItself() {
        assertThat(Words.get("no.such.words")).isEqualTo("no.such.words");
    }

    @Test
    void everyEnglishWordHasItsDanishAndTheOtherWayRound() throws IOException {
        Properties english = bundle("words.properties");
        Properties danish = bundle("words_da.properties");

        assertThat(danish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }
}
