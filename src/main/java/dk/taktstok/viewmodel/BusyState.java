package dk.taktstok.viewmodel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Whether long work is under way, how far it got, and a way to cancel it: what the status bar shows. */
public final class BusyState {

    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private Runnable canceller = () -> { };

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0..1, or negative while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public boolean isRunning() {
        return running.get();
    }

    public void cancel() {
        canceller.run();
    }

    /** Called by executors, on the view-models' thread. */
    public void start(String title, Runnable cancel) {
        canceller = cancel;
        message.set(title);
        progress.set(-1);
        running.set(true);
    }

    public void progress(double fraction, String text) {
        progress.set(fraction);
        if (text != null && !text.isBlank()) {
            message.set(text);
        }
    }

    public void stop() {
        running.set(false);
        progress.set(-1);
        message.set("");
        canceller = () -> { };
    }
}
