package dk.taktstok.testing;

import dk.taktstok.viewmodel.Dialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the view-models' questions as a test scripted them, and records what was asked. */
public final class ScriptedDialogs implements Dialogs {

    public Decision saveDecision = Decision.CANCEL;
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    public String table;
    public String password;
    public boolean overwrite;
    public boolean recover;
    /** Answers the recovery question as Escape or the close box does: neither restore nor discard. */
    public boolean recoverLater;
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> informed = new ArrayList<>();

    @Override
    public Decision askToSave(String documentName) {
        asked.add("save " + documentName);
        return saveDecision;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        asked.add("open");
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        asked.add("save as " + suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<String> chooseTable(List<String> tableNames) {
        asked.add("table " + tableNames);
        return Optional.ofNullable(table);
    }

    @Override
    public Optional<String> askPassword(String fileName) {
        asked.add("password " + fileName);
        return Optional.ofNullable(password);
    }

    @Override
    public boolean confirmOverwrite(String fileName) {
        asked.add("overwrite " + fileName);
        return overwrite;
    }

    @Override
    public Recover offerRecovery(String description) {
        asked.add("recover " + description);
        return recoverLater ? Recover.LATER : recover ? Recover.RESTORE : Recover.DISCARD;
    }

    @Override
    public Optional<String> askText(String title, String initial) {
        asked.add("text " + title);
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public void showInformation(String title, String message) {
        informed.add(title + ": " + message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
