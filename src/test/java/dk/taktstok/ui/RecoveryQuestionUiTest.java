package dk.taktstok.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.render.fx.FxThread;
import dk.taktstok.testing.InLanguage;
import dk.taktstok.viewmodel.Dialogs;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The question about work kept from a crash, as the real dialog answers it: only Discard deletes the copy. */
class RecoveryQuestionUiTest {

    @RegisterExtension
    static InLanguage words = InLanguage.english();

    @Test
    void escapeOnTheQuestionKeepsTheCopyForLater() throws Exception {
        assertThat(answer(pane -> pane.getScene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                KeyCode.ESCAPE, false, false, false, false)))).isEqualTo(Dialogs.Recover.LATER);
    }

    @Test
    void theCloseBoxKeepsTheCopyForLater() throws Exception {
        assertThat(answer(pane -> pane.getScene().getWindow().hide())).isEqualTo(Dialogs.Recover.LATER);
    }

    @Test
    void onlyTheDiscardButtonDiscards() throws Exception {
        assertThat(answer(pane -> button(pane, "Discard").fire())).isEqualTo(Dialogs.Recover.DISCARD);
        assertThat(answer(pane -> button(pane, "Restore").fire())).isEqualTo(Dialogs.Recover.RESTORE);
    }

    private static Button button(DialogPane pane, String text) {
        return pane.lookupAll(".button").stream().map(Button.class::cast).filter(b -> text.equals(b.getText()))
                .findFirst().orElseThrow();
    }

    /** Asks the question as the app does, and answers it with a gesture once it is shown. */
    private static Dialogs.Recover answer(java.util.function.Consumer<DialogPane> gesture) throws Exception {
        FxThread.start();
        var answer = new CompletableFuture<Dialogs.Recover>();
        Platform.runLater(() -> answer.complete(new FxDialogs(() -> null).offerRecovery("Restore it?")));
        DialogPane pane = null;
        for (int i = 0; i < 500 && pane == null; i++) {
            Thread.sleep(10);
            pane = FxThread.call(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .map(w -> w.getScene() == null ? null : w.getScene().lookup("#recovery-question"))
                    .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst().orElse(null));
        }
        assertThat(pane).as("the question is shown").isNotNull();
        DialogPane shown = pane;
        FxThread.call(() -> {
            gesture.accept(shown);
            return null;
        });
        return answer.get(10, TimeUnit.SECONDS);
    }
}
