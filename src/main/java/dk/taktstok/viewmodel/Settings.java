package dk.taktstok.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the desktop remembers between sessions. */
public interface Settings {

    /** Most recent first, at most {@link #MAX_RECENT}. */
    List<Path> recentFiles();

    void addRecentFile(Path file);

    Optional<Locale> language();

    void setLanguage(Locale language);

    int MAX_RECENT = 8;
}
