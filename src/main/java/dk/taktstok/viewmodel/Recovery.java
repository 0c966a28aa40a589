package dk.taktstok.viewmodel;

import dk.taktstok.model.Study;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Where unsaved work is kept every minute, so a crash loses at most a minute of it. */
public interface Recovery {

    /** Unsaved work found at start, with the file it belonged to (null for an unsaved new study). */
    record Saved(Study study, Path original, Instant when) {
    }

    void store(Study study, Path original);

    Optional<Saved> find();

    /** After a save, a clean close, or a refused restore. */
    void clear();
}
