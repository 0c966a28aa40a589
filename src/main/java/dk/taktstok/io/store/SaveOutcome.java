package dk.taktstok.io.store;

import java.nio.file.Path;

/** What {@link StudySaver#save} did. */
public sealed interface SaveOutcome {

    /**
     * The study is on disk, whole.
     *
     * @param stamp  the file as written: pass it to the next save
     * @param backup the previous version, kept as {@code NAME.json.bak}; null when there was none
     */
    record Saved(Path file, FileStamp stamp, Path backup) implements SaveOutcome {
    }

    /**
     * Nothing was written: another program changed the file since it was opened or last saved. The app
     * asks whether to overwrite it ({@link StudySaver#saveAnyway}) or to save under another name.
     *
     * @param expected the file as Taktstok last saw it
     * @param found    the file as it is now
     */
    record ChangedOnDisk(Path file, FileStamp expected, FileStamp found) implements SaveOutcome {

        /** Plain words for the question the app asks. */
        public String message() {
            return "the file was changed by another program since Taktstok opened or last saved it";
        }
    }
}
