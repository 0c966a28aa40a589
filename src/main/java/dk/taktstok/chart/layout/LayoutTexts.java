package dk.taktstok.chart.layout;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words charts add themselves — notes, legends, alt text — in Danish or English. */
final class LayoutTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    LayoutTexts(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle("dk.taktstok.chart.layout.texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
