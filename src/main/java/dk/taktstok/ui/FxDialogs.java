package dk.taktstok.ui;

import dk.taktstok.viewmodel.Dialogs;
import dk.taktstok.viewmodel.Words;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The view-models' questions as JavaFX dialogs, owned by the main window. */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Decision askToSave(String documentName) {
        var save = new ButtonType(Words.get("ui.save"), ButtonBar.ButtonData.YES);
        var discard = new ButtonType(Words.get("ui.discard"), ButtonBar.ButtonData.NO);
        var cancel = new ButtonType(Words.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, Words.get("ui.unsaved.text", documentName), save, discard, cancel);
        alert.setHeaderText(Words.get("ui.unsaved.header"));
        prepare(alert);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Decision.SAVE : answer == discard ? Decision.DISCARD : Decision.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        var chooser = new FileChooser();
        chooser.setTitle(Words.get("ui.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Words.get("ui.filter.studies"), "*.xlsx", "*.xlsm", "*.xls", "*.csv", "*.json"),
                new FileChooser.ExtensionFilter(Words.get("ui.filter.all"), "*"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(owner.get());
        return remember(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        var chooser = new FileChooser();
        chooser.setTitle(Words.get("ui.saveAs.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Words.get("ui.filter.study"), "*.json"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<String> chooseTable(List<String> tableNames) {
        var dialog = new ChoiceDialog<>(tableNames.getFirst(), tableNames);
        dialog.setHeaderText(Words.get("ui.tables.header"));
        dialog.setContentText(Words.get("ui.tables.text"));
        prepare(dialog);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askPassword(String fileName) {
        var dialog = new Dialog<String>();
        dialog.setHeaderText(Words.get("ui.password.header", fileName));
        var field = new PasswordField();
        field.setId("password");
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        prepare(dialog);
        return dialog.showAndWait().filter(text -> !text.isEmpty());
    }

    @Override
    public boolean confirmOverwrite(String fileName) {
        var overwrite = new ButtonType(Words.get("ui.overwrite"), ButtonBar.ButtonData.YES);
        var alert = new Alert(Alert.AlertType.WARNING, Words.get("ui.changed.text", fileName), overwrite, ButtonType.CANCEL);
        alert.setHeaderText(Words.get("ui.changed.header"));
        prepare(alert);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == overwrite;
    }

    @Override
    public Recover offerRecovery(String description) {
        Alert alert = recoveryQuestion(description);
        ButtonType answer = alert.showAndWait().orElse(null);
        return answer == null ? Recover.LATER : recoveryAnswer(answer);
    }

    /**
     * The question about kept work: Restore, Discard, Not now. Escape and the close box answer Not now,
     * so only the Discard button deletes the copy.
     */
    Alert recoveryQuestion(String description) {
        var restore = new ButtonType(Words.get("ui.restore"), ButtonBar.ButtonData.YES);
        var discard = new ButtonType(Words.get("ui.recovery.discard"), ButtonBar.ButtonData.NO);
        var later = new ButtonType(Words.get("ui.recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = new Alert(Alert.AlertType.INFORMATION, description, restore, discard, later);
        alert.setHeaderText(Words.get("ui.recovery.header"));
        alert.getDialogPane().setId("recovery-question");
        prepare(alert);
        return alert;
    }

    static Recover recoveryAnswer(ButtonType answer) {
        return switch (answer.getButtonData()) {
            case YES -> Recover.RESTORE;
            case NO -> Recover.DISCARD;
            default -> Recover.LATER;
        };
    }

    @Override
    public Optional<String> askText(String title, String initial) {
        var dialog = new TextInputDialog(initial);
        dialog.setHeaderText(title);
        dialog.getEditor().setId("annotation-text");
        prepare(dialog);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public void showInformation(String title, String message) {
        var alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setHeaderText(title);
        alert.setContentText(message);
        prepare(alert);
        alert.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        var alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(title);
        int newline = message.indexOf('\n');
        if (newline < 0) {
            alert.setContentText(message);
        } else {
            // the list of problems under the sentence, always shown: no "Show details" to find
            var sentence = new Label(message.substring(0, newline));
            sentence.setWrapText(true);
            var details = new TextArea(message.substring(newline).strip());
            details.setId("error-details");
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(8);
            var content = new VBox(8, sentence, details);
            content.setPrefWidth(560);
            alert.getDialogPane().setContent(content);
        }
        prepare(alert);
        alert.showAndWait();
    }

    /** The owner window, the title, and buttons in the user's language (JavaFX has no Danish of its own). */
    private void prepare(Dialog<?> dialog) {
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        dialog.setTitle("Taktstok");
        var cancel = new ButtonType(Words.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().replaceAll(type -> type == ButtonType.CANCEL ? cancel : type);
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
