package dk.taktstok.testing;

import dk.taktstok.io.Problem;
import dk.taktstok.io.json.JsonStudyWriter;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Study;
import dk.taktstok.viewmodel.Progress;
import dk.taktstok.viewmodel.StudyStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Study files on disk for tests: read as the command line reads them, written as study JSON. A file
 * whose bytes changed since it was read or written here is "changed on disk", as on the desktop; a
 * save can be made to fail. Records what was opened and saved.
 */
public final class FakeStudyStore implements StudyStore {

    private final StudyFiles files = StudyFiles.standard();
    private final Map<Path, byte[]> seen = new HashMap<>();
    public final List<Path> opened = new ArrayList<>();
    public final List<Path> saved = new ArrayList<>();
    /** Thrown by the next save, then forgotten; null to save normally. */
    public IOException failNextSave;
    /** The next open is cancelled by the user, as a big file's Cancel would. */
    public boolean cancelNextOpen;

    @Override
    public ReadResult open(Path file, String password, Progress progress) {
        opened.add(file);
        if (cancelNextOpen) {
            cancelNextOpen = false;
            return ReadResult.failed(dk.taktstok.io.ReadProgress.CANCELLED);
        }
        ReadResult result = files.read(file, dk.taktstok.io.ReadOptions.DEFAULT.withPassword(password));
        remember(file);
        return result;
    }

    @Override
    public boolean needsPassword(ReadResult result) {
        return result.needsPassword();
    }

    @Override
    public void save(Study study, Path file, boolean overwrite) throws IOException, ChangedOnDisk {
        Path target = file.toAbsolutePath();
        if (!overwrite && changed(target)) {
            throw new ChangedOnDisk(target);
        }
        if (failNextSave != null) {
            IOException failure = failNextSave;
            failNextSave = null;
            throw failure;
        }
        Files.writeString(target, new JsonStudyWriter().toJson(study), StandardCharsets.UTF_8);
        saved.add(target);
        remember(target);
    }

    @Override
    public ReadResult paste(String text, String name) {
        try {
            Path folder = Files.createTempDirectory("taktstok-paste");
            Path temporary = folder.resolve(name + ".csv");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                return files.read(temporary);
            } finally {
                Files.deleteIfExists(temporary);
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            return ReadResult.failed(Problem.error(null, "the copied text cannot be read"));
        }
    }

    private boolean changed(Path file) throws IOException {
        byte[] before = seen.get(file);
        return before != null && Files.exists(file) && !Arrays.equals(before, Files.readAllBytes(file));
    }

    private void remember(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            seen.put(absolute, Files.readAllBytes(absolute));
        } catch (IOException e) {
            seen.remove(absolute);
        }
    }
}
