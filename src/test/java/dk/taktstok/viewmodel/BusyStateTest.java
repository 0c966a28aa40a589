package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusyStateTest {

    private final BusyState busy = new BusyState();

    @Test
    void nothingRunsAtFirst() {
        assertThat(busy.isRunning()).isFalse();
        assertThat(busy.messageProperty().get()).isEmpty();
        assertThat(busy.progressProperty().get()).isNegative();
    }

    @Test
    void startedWorkIsShownWithItsTitleAndAnUnknownAmount() {
        busy.start("Opening seed.xlsx", () -> { });

        assertThat(busy.isRunning()).isTrue();
        assertThat(busy.messageProperty().get()).isEqualTo("Opening seed.xlsx");
        assertThat(busy.progressProperty().get()).isNegative();
    }

    @Test
    void progressShowsHowFarAndWhatIsBeingDone() {
        busy.start("Exporting 4 charts", () -> { });

        busy.progress(0.5, "2 of 4 charts written");
        assertThat(busy.progressProperty().get()).isEqualTo(0.5);
        assertThat(busy.messageProperty().get()).isEqualTo("2 of 4 charts written");

        busy.progress(0.75, null);
        assertThat(busy.messageProperty().get()).as("kept without a new text").isEqualTo("2 of 4 charts written");
    }

    @Test
    void cancelAsksTheRunningWorkToStop() {
        boolean[] cancelled = {false};
        busy.start("Exporting", () -> cancelled[0] = true);

        busy.cancel();

        assertThat(cancelled[0]).isTrue();
    }

    @Test
    void stoppedWorkIsNoLongerShownAndCannotBeCancelled() {
        boolean[] cancelled = {false};
        busy.start("Exporting", () -> cancelled[0] = true);

        busy.stop();
        busy.cancel();

        assertThat(busy.isRunning()).isFalse();
        assertThat(busy.messageProperty().get()).isEmpty();
        assertThat(cancelled[0]).isFalse();
    }
}
