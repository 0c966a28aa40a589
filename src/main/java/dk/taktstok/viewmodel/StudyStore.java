package dk.taktstok.viewmodel;

import dk.taktstok.io.store.ReadResult;
import dk.taktstok.model.Study;
import java.io.IOException;
import java.nio.file.Path;

/** Reading and writing study files for the desktop. */
public interface StudyStore {

    /**
     * Reads a file as the command line does.
     *
     * @param password the password of an encrypted workbook, or null
     */
    ReadResult open(Path file, String password, Progress progress);

    /** Whether the problems of a read say the file needs a password. */
    boolean needsPassword(ReadResult result);

    /**
     * Writes the study to {@code file}, keeping the previous version as a backup.
     *
     * @param overwrite write even if another program changed the file since it was opened or saved
     * @throws ChangedOnDisk when another program changed the file and {@code overwrite} is false
     */
    void save(Study study, Path file, boolean overwrite) throws IOException, ChangedOnDisk;

    /**
     * Reads a table copied from a spreadsheet or a web page (tab-separated text).
     *
     * @param name what to call the table and the study where the copied text gives no title
     */
    ReadResult paste(String text, String name);

    /** The file changed since Taktstok last read or wrote it. */
    final class ChangedOnDisk extends Exception {
        public ChangedOnDisk(Path file) {
            super(file + " was changed by another program");
        }
    }
}
