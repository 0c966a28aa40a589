package dk.taktstok.viewmodel;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for tests and for the command line. */
public final class SameThreadExecutor implements TaskExecutor {

    private final BusyState busy;

    public SameThreadExecutor(BusyState busy) {
        this.busy = busy;
    }

    @Override
    public <T> Running execute(String title, BackgroundWork<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        boolean[] cancelled = {false};
        busy.start(title, () -> cancelled[0] = true);
        try {
            T result = work.run(new Progress() {
                @Override
                public void update(double fraction, String message) {
                    busy.progress(fraction, message);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
            busy.stop();
            done.accept(result);
        } catch (Exception e) {
            busy.stop();
            failed.accept(e);
        }
        return () -> cancelled[0] = true;
    }
}
