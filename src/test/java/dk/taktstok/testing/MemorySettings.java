package dk.taktstok.testing;

import dk.taktstok.viewmodel.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Settings kept in memory, for tests. */
public final class MemorySettings implements Settings {

    private final List<Path> recent = new ArrayList<>();
    private Locale language;

    @Override
    public List<Path> recentFiles() {
        return List.copyOf(recent);
    }

    @Override
    public void addRecentFile(Path file) {
        recent.remove(file.toAbsolutePath());
        recent.addFirst(file.toAbsolutePath());
        while (recent.size() > MAX_RECENT) {
            recent.removeLast();
        }
    }

    @Override
    public Optional<Locale> language() {
        return Optional.ofNullable(language);
    }

    @Override
    public void setLanguage(Locale newLanguage) {
        language = newLanguage;
    }
}
