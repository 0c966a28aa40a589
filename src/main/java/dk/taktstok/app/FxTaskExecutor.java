package dk.taktstok.app;

import dk.taktstok.viewmodel.BackgroundWork;
import dk.taktstok.viewmodel.BusyState;
import dk.taktstok.viewmodel.Progress;
import dk.taktstok.viewmodel.TaskExecutor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs background work on a worker thread and reports back on the JavaFX thread, so the window never
 * freezes: progress goes to the status bar, results and failures to the view-models.
 */
final class FxTaskExecutor implements TaskExecutor {

    private final BusyState busy;
    private final ExecutorService workers = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "taktstok-work");
        thread.setDaemon(true);
        return thread;
    });

    FxTaskExecutor(BusyState busy) {
        this.busy = busy;
    }

    @Override
    public <T> Running execute(String title, BackgroundWork<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        var cancelled = new AtomicBoolean();
        busy.start(title, () -> cancelled.set(true));
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                Platform.runLater(() -> busy.progress(fraction, message));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        workers.submit(() -> {
            try {
                T result = work.run(progress);
                Platform.runLater(() -> {
                    busy.stop();
                    if (cancelled.get()) {
                        failed.accept(new CancelledException());
                    } else {
                        done.accept(result);
                    }
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    busy.stop();
                    failed.accept(e);
                });
            }
        });
        return () -> cancelled.set(true);
    }
}
