package dk.taktstok.app;

import dk.taktstok.viewmodel.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;

/** The desktop's memory between sessions, in the platform's user preferences. */
final class PreferencesSettings implements Settings {

    private static final String RECENT = "recent.";
    private static final String LANGUAGE = "language";

    private final Preferences preferences;

    PreferencesSettings(Preferences preferences) {
        this.preferences = preferences;
    }

    static PreferencesSettings user() {
        return new PreferencesSettings(Preferences.userRoot().node("dk/taktstok"));
    }

    @Override
    public List<Path> recentFiles() {
        var files = new ArrayList<Path>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String file = preferences.get(RECENT + i, null);
            if (file != null) {
                files.add(Path.of(file));
            }
        }
        return files;
    }

    @Override
    public void addRecentFile(Path file) {
        var files = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath();
        files.remove(absolute);
        files.addFirst(absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                preferences.put(RECENT + i, files.get(i).toString());
            } else {
                preferences.remove(RECENT + i);
            }
        }
    }

    @Override
    public Optional<Locale> language() {
        String tag = preferences.get(LANGUAGE, null);
        return tag == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    @Override
    public void setLanguage(Locale language) {
        preferences.put(LANGUAGE, language.toLanguageTag());
    }
}
