package dk.taktstok.testing;

import dk.taktstok.model.Study;
import dk.taktstok.viewmodel.Recovery;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** A recovery store in memory, for tests. */
public final class MemoryRecovery implements Recovery {

    private Saved saved;
    public int stores;

    @Override
    public void store(Study study, Path original) {
        saved = new Saved(study, original, Instant.parse("2026-11-27T10:15:00Z"));
        stores++;
    }

    @Override
    public Optional<Saved> find() {
        return Optional.ofNullable(saved);
    }

    @Override
    public void clear() {
        saved = null;
    }
}
