package dk.taktstok.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.render.fx.FxThread;
import dk.taktstok.testing.InLanguage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real dialogs on JavaFX's headless platform: what they show, in the user's language. */
class FxDialogsTest {

    @RegisterExtension
    static InLanguage words = InLanguage.danish();

    private final FxDialogs dialogs = new FxDialogs(() -> null);

    @Test
    void anErrorListsItsProblemsOpenlyUnderTheSentence() throws Exception {
        DialogPane pane = showing(() -> dialogs.showError("Åbn", "survey.xlsx har fejl:\n'n/a' is not a number, at Data!C5"));

        TextArea details = FxThread.call(() -> (TextArea) pane.lookup("#error-details"));
        String text = FxThread.call(details::getText);
        boolean visible = FxThread.call(details::isVisible);
        assertThat(text).isEqualTo("'n/a' is not a number, at Data!C5");
        assertThat(visible).isTrue();
        assertThat(FxThread.call(() -> pane.getExpandableContent() == null)).isTrue();
        close(pane);
    }

    @Test
    void theCancelButtonSpeaksTheUsersLanguage() throws Exception {
        DialogPane pane = showing(() -> dialogs.confirmOverwrite("survey.json"));

        List<String> buttons = FxThread.call(() -> pane.lookupAll(".button").stream()
                .map(node -> ((Button) node).getText()).toList());
        assertThat(buttons).containsExactly("Overskriv", "Annullér");
        close(pane);
    }

    /** Opens a dialog (it waits for an answer, so it runs later) and answers its pane once shown. */
    private static DialogPane showing(Runnable open) throws Exception {
        FxThread.start();
        var before = FxThread.call(() -> List.copyOf(Window.getWindows()));
        Platform.runLater(open);
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            var shown = FxThread.call(() -> Window.getWindows().stream()
                    .filter(w -> !before.contains(w) && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst());
            if (shown.isPresent()) {
                return shown.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no dialog was shown within 10 s");
    }

    private static void close(DialogPane pane) throws Exception {
        var closed = new CompletableFuture<Void>();
        Platform.runLater(() -> {
            ((Stage) pane.getScene().getWindow()).close();
            closed.complete(null);
        });
        closed.get();
    }
}
