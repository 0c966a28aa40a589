package dk.taktstok.io.store;

import dk.taktstok.io.json.JsonStudyWriter;
import dk.taktstok.model.Study;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Saves a study as a Taktstok study file without ever losing work:
 * <ul>
 * <li>the new version is written beside the file, flushed to disk and moved over it in one step
 *     ({@link AtomicFiles}), so a crash or a kill leaves the old version or the new one, whole;</li>
 * <li>the version it replaces is kept as {@code NAME.json.bak}, itself written the same way;</li>
 * <li>a file that another program changed since it was opened or last saved is not overwritten:
 *     {@link #save} answers {@link SaveOutcome.ChangedOnDisk} and the app asks the user, who may
 *     {@link #saveAnyway save anyway}.</li>
 * </ul>
 * Keep the {@link FileStamp} from opening ({@link FileStamp#of(Path)}) or from the last save and
 * pass it to the next.
 */
public final class StudySaver {

    /** The ending of the previous version's name: {@code survey.json.bak}. */
    public static final String BACKUP_SUFFIX = ".bak";

    private final Function<Study, byte[]> format;

    public StudySaver(Function<Study, byte[]> format) {
        this.format = format;
    }

    /** Saves in Taktstok's JSON study format. */
    public static StudySaver standard() {
        JsonStudyWriter writer = new JsonStudyWriter();
        return new StudySaver(study -> writer.toJson(study).getBytes(StandardCharsets.UTF_8));
    }

    /** Where the previous version of {@code file} is kept. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Saves the study over {@code file}, unless another program has changed the file since Taktstok
     * saw it as {@code expected}. A file that is no longer there (deleted or moved away) is written
     * anew: there is nothing to lose. With {@code expected} null (a new file, or "save as" where the user
     * has already agreed to replace a file) the file is written whatever is there.
     */
    public SaveOutcome save(Study study, Path file, FileStamp expected) throws IOException {
        byte[] content = format.apply(study);
        byte[] previous = readIfExists(file);
        if (expected != null && previous != null) {
            FileStamp found = FileStamp.of(previous, Files.getLastModifiedTime(file).toInstant());
            if (!found.sameContentAs(expected)) {
                return new SaveOutcome.ChangedOnDisk(file, expected, found);
            }
        }
        return write(file, content, previous);
    }

    /** Saves the study over {@code file} whatever is there now; the previous version still goes to the backup. */
    public SaveOutcome.Saved saveAnyway(Study study, Path file) throws IOException {
        return write(file, format.apply(study), readIfExists(file));
    }

    /**
     * Writes the study as a new file, or over whatever {@code file} holds, keeping no backup: for a copy
     * made from another file ({@code taktstok convert}), not for the user's own study. The old content is
     * replaced only once the new one is complete and on disk.
     */
    public void write(Study study, Path file) throws IOException {
        AtomicFiles.removeLeftovers(file);
        AtomicFiles.write(file, format.apply(study));
    }

    private static SaveOutcome.Saved write(Path file, byte[] content, byte[] previous) throws IOException {
        AtomicFiles.removeLeftovers(file);
        Path backup = null;
        if (previous != null) {
            backup = backupOf(file);
            AtomicFiles.removeLeftovers(backup);
            AtomicFiles.write(backup, previous);
        }
        AtomicFiles.write(file, content);
        FileStamp stamp = FileStamp.of(content, Files.getLastModifiedTime(file).toInstant());
        return new SaveOutcome.Saved(file, stamp, backup);
    }

    private static byte[] readIfExists(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
