package dk.taktstok.app;

import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.RecoveryFiles;
import dk.taktstok.model.Study;
import dk.taktstok.viewmodel.Recovery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The desktop's recovery copies in the platform's folder for them ({@link RecoveryFiles}): one slot for
 * the open study, following it when it is saved under another name; written atomically, so a crash
 * while writing leaves the previous copy. After a crash, the newest copy another run left is offered.
 */
final class FileRecovery implements Recovery {

    private final RecoveryFiles files;
    private RecoveryFiles.Slot slot;
    private RecoveryFiles.Recovery found;

    FileRecovery(RecoveryFiles files) {
        this.files = files;
    }

    static FileRecovery user() {
        return new FileRecovery(RecoveryFiles.standard());
    }

    @Override
    public void store(Study study, Path original) {
        if (slot == null || !Objects.equals(slot.original(), original == null ? null : original.toAbsolutePath().normalize())) {
            discardSlot();
            slot = original == null ? files.untitledSlot() : files.slot(original);
        }
        try {
            slot.write(study);
        } catch (IOException e) {
            // a recovery copy that cannot be written must not stop the journalist's work
        }
    }

    @Override
    public Optional<Saved> find() {
        for (RecoveryFiles.Recovery recovery : files.list()) {
            ReadResult read = files.restore(recovery);
            if (read.study() != null) {
                found = recovery;
                return Optional.of(new Saved(read.study(), recovery.original(), recovery.savedAt()));
            }
        }
        return Optional.empty();
    }

    @Override
    public void clear() {
        discardSlot();
        if (found != null) {
            try {
                files.discard(found);
            } catch (IOException e) {
                // offered again next time; nothing is lost
            }
            found = null;
        }
    }

    private void discardSlot() {
        if (slot != null) {
            try {
                slot.discard();
            } catch (IOException e) {
                // the copy stays and is offered again; nothing is lost
            }
            slot = null;
        }
    }
}
