package dk.taktstok.app;

import dk.taktstok.io.AtomicFiles;
import dk.taktstok.io.ReadResult;
import dk.taktstok.io.StudyFiles;
import dk.taktstok.io.json.JsonStudyWriter;
import dk.taktstok.model.Study;
import dk.taktstok.viewmodel.Recovery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Unsaved work kept in a folder of the user's ({@code ~/.taktstok/recovery}): the study as a study
 * file, and beside it the file it belonged to. Written atomically, so a crash while writing leaves the
 * previous copy.
 */
final class FileRecovery implements Recovery {

    private final Path folder;

    FileRecovery(Path folder) {
        this.folder = folder;
    }

    static FileRecovery user() {
        return new FileRecovery(Path.of(System.getProperty("user.home"), ".taktstok", "recovery"));
    }

    @Override
    public void store(Study study, Path original) {
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve("study.json"), new JsonStudyWriter().toJson(study)
                    .getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(folder.resolve("original.txt"), (original == null ? "" : original.toAbsolutePath()
                    .toString()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a recovery copy that cannot be written must not stop the journalist's work
        }
    }

    @Override
    public Optional<Saved> find() {
        Path study = folder.resolve("study.json");
        if (!Files.isRegularFile(study)) {
            return Optional.empty();
        }
        ReadResult read = StudyFiles.standard().read(study);
        if (read.study() == null) {
            return Optional.empty();
        }
        try {
            String original = Files.exists(folder.resolve("original.txt"))
                    ? Files.readString(folder.resolve("original.txt"), StandardCharsets.UTF_8).strip() : "";
            Instant when = Files.getLastModifiedTime(study).toInstant();
            return Optional.of(new Saved(read.study(), original.isEmpty() ? null : Path.of(original), when));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void clear() {
        try {
            Files.deleteIfExists(folder.resolve("study.json"));
            Files.deleteIfExists(folder.resolve("original.txt"));
        } catch (IOException e) {
            // nothing to restore next time either way
        }
    }
}
