package dk.taktstok.app;

import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.ReadProgress;
import dk.taktstok.io.store.FileStamp;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.SaveOutcome;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.io.store.StudySaver;
import dk.taktstok.model.Study;
import dk.taktstok.viewmodel.Progress;
import dk.taktstok.viewmodel.StudyStore;
import dk.taktstok.viewmodel.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Study files for the desktop: read as the command line reads them; written by {@link StudySaver}
 * (atomically, the previous version kept as {@code NAME.json.bak}); a file another program changed since
 * Taktstok read or wrote it (by its content) is not overwritten without asking.
 */
final class FileStudyStore implements StudyStore {

    private final StudyFiles files;
    private final StudySaver saver = StudySaver.standard();
    /** What each file held when Taktstok last read or wrote it, to notice another program's changes. */
    private final Map<Path, FileStamp> seen = new ConcurrentHashMap<>();

    FileStudyStore(StudyFiles files) {
        this.files = files;
    }

    @Override
    public ReadResult open(Path file, String password, Progress progress) {
        progress.update(-1, null);
        // big respondent files report rows as they stream; the status bar shows them, Cancel stops the read
        var options = ReadOptions.DEFAULT.withPassword(password).withProgress(new ReadProgress() {
            @Override
            public void progress(long rows, long bytesRead, long bytesTotal) {
                progress.update(bytesTotal > 0 ? (double) bytesRead / bytesTotal : -1,
                        Words.get("task.rows", String.format("%,d", rows)));
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        });
        ReadResult result = files.read(file, options);
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
        SaveOutcome outcome = overwrite ? saver.saveAnyway(study, target) : saver.save(study, target, seen.get(target));
        switch (outcome) {
            case SaveOutcome.ChangedOnDisk changed -> throw new ChangedOnDisk(target);
            case SaveOutcome.Saved saved -> seen.put(target, saved.stamp());
        }
    }

    @Override
    public ReadResult paste(String text, String name) {
        try {
            Path folder = Files.createTempDirectory("taktstok-paste");
            Path temporary = folder.resolve(fileName(name) + ".csv");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                return files.read(temporary);
            } finally {
                Files.deleteIfExists(temporary);
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            return ReadResult.failed(dk.taktstok.io.Problem.error(null, "the copied text cannot be read"));
        }
    }

    private static String fileName(String name) {
        String safe = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        return safe.isEmpty() ? "table" : safe;
    }

    private void remember(Path file) {
        try {
            Path absolute = file.toAbsolutePath();
            seen.put(absolute, FileStamp.of(absolute));
        } catch (IOException e) {
            seen.remove(file.toAbsolutePath());
        }
    }
}
