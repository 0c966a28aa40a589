package dk.taktstok.app;

import dk.taktstok.io.AtomicFiles;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.ReadProgress;
import dk.taktstok.io.ReadResult;
import dk.taktstok.io.StudyFiles;
import dk.taktstok.io.json.JsonStudyWriter;
import dk.taktstok.model.Study;
import dk.taktstok.viewmodel.Progress;
import dk.taktstok.viewmodel.StudyStore;
import dk.taktstok.viewmodel.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Study files for the desktop: read as the command line reads them; written atomically (a temporary
 * file flushed to disk, then moved over) with the previous version kept as {@code NAME.bak}; a file
 * another program changed since Taktstok read or wrote it is not overwritten without asking.
 */
final class FileStudyStore implements StudyStore {

    private record Seen(long size, FileTime modified) {
    }

    private final StudyFiles files;
    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

    FileStudyStore(StudyFiles files) {
        this.files = files;
    }

    @Override
    public ReadResult open(Path file, String password, Progress progress) {
        progress.update(-1, null);
        // big respondent files report rows as they stream; the status bar shows them, Cancel stops the read
        var options = ReadOptions.DEFAULT.withProgress(new ReadProgress() {
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
        return result.problems().stream().anyMatch(p -> p.message().contains("password"));
    }

    @Override
    public void save(Study study, Path file, boolean overwrite) throws IOException, ChangedOnDisk {
        Path target = file.toAbsolutePath();
        if (!overwrite && changedSinceSeen(target)) {
            throw new ChangedOnDisk(target);
        }
        if (Files.exists(target)) {
            Files.copy(target, target.resolveSibling(target.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING);
        }
        AtomicFiles.write(target, new JsonStudyWriter().toJson(study).getBytes(StandardCharsets.UTF_8));
        remember(target);
    }

    /** The text is read as a CSV file of that name: a table without a title is called by its file's name. */
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

    private boolean changedSinceSeen(Path file) throws IOException {
        Seen before = seen.get(file);
        if (before == null || !Files.exists(file)) {
            return false;
        }
        return Files.size(file) != before.size() || !Files.getLastModifiedTime(file).equals(before.modified());
    }

    private void remember(Path file) {
        try {
            Path absolute = file.toAbsolutePath();
            seen.put(absolute, new Seen(Files.size(absolute), Files.getLastModifiedTime(absolute)));
        } catch (IOException e) {
            seen.remove(file.toAbsolutePath());
        }
    }
}
