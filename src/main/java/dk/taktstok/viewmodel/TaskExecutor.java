package dk.taktstok.viewmodel;

import java.util.function.Consumer;

/**
 * The seam for background work. The desktop runs work on a worker thread and calls back on the
 * JavaFX thread; tests run it on the calling thread. View-models never start threads themselves.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work}; then {@code done} with its result, or {@code failed} with what it threw — on the
     * thread that owns the view-models. A cancelled run ends with {@link CancelledException}.
     *
     * @param title what the work is, shown beside its progress bar
     */
    <T> Running execute(String title, BackgroundWork<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** A run under way. */
    interface Running {
        void cancel();
    }

    /** What work throws when it noticed {@link Progress#isCancelled()} and stopped. */
    final class CancelledException extends Exception {
        public CancelledException() {
            super("cancelled");
        }
    }
}
