package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameThreadExecutorTest {

    private final BusyState busy = new BusyState();
    private final SameThreadExecutor executor = new SameThreadExecutor(busy);
    private final List<Object> done = new ArrayList<>();
    private final List<Throwable> failed = new ArrayList<>();

    @Test
    void workRunsAtOnceOnTheCallingThreadAndItsResultIsHandedOn() {
        Thread caller = Thread.currentThread();

        executor.execute("Opening", progress -> Thread.currentThread() == caller ? "here" : "elsewhere",
                done::add, failed::add);

        assertThat(done).containsExactly("here");
        assertThat(failed).isEmpty();
    }

    @Test
    void workIsShownAsBusyWhileItRunsAndNotAfter() {
        var seen = new ArrayList<String>();

        executor.execute("Opening seed.xlsx", progress -> {
            seen.add(busy.isRunning() + " " + busy.messageProperty().get());
            progress.update(0.5, "halfway");
            seen.add(busy.progressProperty().get() + " " + busy.messageProperty().get());
            return 1;
        }, done::add, failed::add);

        assertThat(seen).containsExactly("true Opening seed.xlsx", "0.5 halfway");
        assertThat(busy.isRunning()).isFalse();
    }

    @Test
    void whatTheWorkThrowsIsHandedOnAsAFailure() {
        var problem = new IOException("the disk is full");

        executor.execute("Exporting", progress -> {
            throw problem;
        }, done::add, failed::add);

        assertThat(failed).containsExactly(problem);
        assertThat(done).isEmpty();
        assertThat(busy.isRunning()).isFalse();
    }

    @Test
    void workThatIsCancelledLearnsItAndStops() {
        executor.execute("Exporting", progress -> {
            busy.cancel();
            if (progress.isCancelled()) {
                throw new TaskExecutor.CancelledException();
            }
            return "finished";
        }, done::add, failed::add);

        assertThat(failed).singleElement().isInstanceOf(TaskExecutor.CancelledException.class);
        assertThat(done).isEmpty();
    }
}
