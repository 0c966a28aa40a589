package dk.taktstok.viewmodel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The desktop's words, in the user's language: Danish or English, chosen from the system and
 * switchable. View-models name their changes and problems with these; views label controls with them.
 */
public final class Words {

    private static final String BUNDLE = "dk.taktstok.viewmodel.words";
    private static volatile Locale locale = defaultLocale();
    private static volatile ResourceBundle bundle = load(locale);

    private Words() {
    }

    /** Danish when the system speaks Danish, else English. */
    public static Locale defaultLocale() {
        return "da".equals(Locale.getDefault().getLanguage()) ? Locale.of("da") : Locale.ENGLISH;
    }

    public static Locale locale() {
        return locale;
    }

    public static void use(Locale newLocale) {
        locale = "da".equals(newLocale.getLanguage()) ? Locale.of("da") : Locale.ENGLISH;
        bundle = load(locale);
    }

    public static String get(String key, Object... arguments) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
