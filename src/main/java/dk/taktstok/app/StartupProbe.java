package dk.taktstok.app;

import dk.taktstok.cli.TaktstokCli;
import dk.taktstok.ui.MainWindow;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Measures start-up for the benchmark and trains the start-up cache at packaging. With the environment
 * variable {@code TAKTSTOK_STARTUP_PROBE} set, the desktop prints the milliseconds from the JVM's start
 * to the first frame with the sample chart drawn, and quits; with {@code TAKTSTOK_TRAIN_EXPORT} set to a
 * folder, it also exports the sample's charts there first — and those of the workbook named by
 * {@code TAKTSTOK_TRAIN_WORKBOOK} — so one training run covers the desktop and the command line.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    /** Prints a moment of start-up, for finding where the time goes (TAKTSTOK_STARTUP_PROBE=steps). */
    static void mark(String what) {
        if ("steps".equals(System.getenv("TAKTSTOK_STARTUP_PROBE"))) {
            long started = ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("startup: " + what + " after " + (System.currentTimeMillis() - started) + " ms");
        }
    }

    static void afterFirstChart(MainWindow window) {
        if (System.getenv("TAKTSTOK_STARTUP_PROBE") == null) {
            return;
        }
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // the first pulse lays the window out; the second has drawn it
                if (window.chartPane().drawn() != null && ++frames == 2) {
                    stop();
                    long started = ManagementFactory.getRuntimeMXBean().getStartTime();
                    long drawn = System.currentTimeMillis();
                    System.err.println("startup: first chart drawn after " + (drawn - started) + " ms (at " + drawn + ")");
                    String export = System.getenv("TAKTSTOK_TRAIN_EXPORT");
                    if (export != null) {
                        var quiet = new PrintStream(OutputStream.nullOutputStream());
                        TaktstokCli.standard().run(new String[] {"export", "--out", export, "--format", "png,svg,pdf",
                            "--scale", "2"}, quiet, quiet);
                        String workbook = System.getenv("TAKTSTOK_TRAIN_WORKBOOK");
                        if (workbook != null) {
                            TaktstokCli.standard().run(new String[] {"export", workbook, "--out", export + "/workbook",
                                "--format", "png,svg,pdf", "--scale", "2"}, quiet, quiet);
                        }
                    }
                    // as the menu's Quit: the window closes, then the toolkit ends (docs/decisions/0016)
                    Platform.runLater(window::quit);
                }
            }
        }.start();
    }
}
