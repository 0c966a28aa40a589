package dk.taktstok.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions view-models ask the user. The desktop answers with dialogs; tests answer as scripted.
 */
public interface Dialogs {

    /** What to do with unsaved changes. */
    enum Decision { SAVE, DISCARD, CANCEL }

    Decision askToSave(String documentName);

    /** A file to open; empty when the user cancelled. */
    Optional<Path> chooseFileToOpen();

    /** Where to save; empty when the user cancelled. */
    Optional<Path> chooseFileToSave(String suggestedName);

    /** Which of several tables to show first; empty for the first. */
    Optional<String> chooseTable(List<String> tableNames);

    /** The password of a protected workbook; empty when the user cancelled. */
    Optional<String> askPassword(String fileName);

    /** Whether to overwrite a file another program changed since it was opened. */
    boolean confirmOverwrite(String fileName);

    /** What to do with work kept when Taktstok last stopped. */
    enum Recover {
        RESTORE,
        /** Delete the copy: only this explicit answer does. */
        DISCARD,
        /** Neither: the question was closed, and the copy stays for the next start. */
        LATER
    }

    /** Whether to restore work that was not saved when Taktstok last stopped, delete it, or keep it for later. */
    Recover offerRecovery(String description);

    /** Text for a new note; empty when the user cancelled. */
    Optional<String> askText(String title, String initial);

    /** A message to read and close, such as About. */
    void showInformation(String title, String message);

    /** An error, in the same plain words as the command line. */
    void showError(String title, String message);
}
