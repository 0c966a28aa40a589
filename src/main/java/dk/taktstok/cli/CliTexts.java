package dk.taktstok.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own words, in the study's language where Taktstok has it (Danish, English). */
final class CliTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    private CliTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dk.taktstok.cli.texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static CliTexts of(String language) {
        return new CliTexts(Locale.forLanguageTag(language == null ? "en" : language));
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
