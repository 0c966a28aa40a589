package dk.taktstok.testing;

import dk.taktstok.viewmodel.Words;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test with the desktop's words in one language, whatever the machine's, and puts the
 * language back afterwards: {@code @RegisterExtension static InLanguage words = InLanguage.danish();}
 */
public final class InLanguage implements BeforeEachCallback, AfterEachCallback {

    private final Locale language;
    private Locale before;

    private InLanguage(Locale language) {
        this.language = language;
    }

    public static InLanguage danish() {
        return new InLanguage(Locale.of("da"));
    }

    public static InLanguage english() {
        return new InLanguage(Locale.ENGLISH);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        before = Words.locale();
        Words.use(language);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Words.use(before);
    }
}
