package dk.taktstok.app;

import dk.taktstok.cli.TaktstokCli;
import dk.taktstok.ui.MainWindow;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures start-up for the benchmark and trains the start-up cache at packaging. With the environment
 * variable {@code TAKTSTOK_STARTUP_PROBE} set, the desktop prints the milliseconds from the JVM's start
 * to the end of rendering the first frame that holds the sample chart, and quits; with {@code TAKTSTOK_TRAIN_EXPORT} set to a
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
        Scene scene = window.stage().getScene();
        var armed = new AtomicBoolean();
        var reported = new AtomicBoolean();
        Runnable[] watch = new Runnable[1];
        // After layout, before the pulse hands the scene to the renderer: once the chart is in the scene,
        // this pulse's frame is the first to contain it. Armed after the pulse, so only frames painted
        // from this pulse on count (the renderer paints frames in order; the previous frame's painting held
        // the render lock that this pulse's hand-over waited for).
        watch[0] = () -> {
            if (window.chartPane().drawn() != null) {
                scene.removePostLayoutPulseListener(watch[0]);
                Platform.runLater(() -> armed.set(true));
            }
        };
        scene.addPostLayoutPulseListener(watch[0]);
        Runnable onFrame = () -> {
            // on the render thread, right after a frame of this scene was painted and presented
            if (armed.get() && reported.compareAndSet(false, true)) {
                report(window, "first frame with the chart rendered");
            }
        };
        if (!renderedFrames(scene, onFrame)) {
            // JavaFX's headless platform (the start-up cache's training run) renders no frames
            scene.addPostLayoutPulseListener(() -> {
                if (armed.get() && reported.compareAndSet(false, true)) {
                    report(window, "chart laid out (no frames are rendered on this platform)");
                }
            });
        }
    }

    /**
     * Calls {@code onFrame} after each frame of the scene is rendered, through JavaFX's performance tracker
     * (not public API: the launcher exports its package, {@code --add-exports
     * javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED}). False where that cannot be done.
     */
    private static boolean renderedFrames(Scene scene, Runnable onFrame) {
        if ("Headless".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return false;
        }
        try {
            Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Object sceneTracker = tracker.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            tracker.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(sceneTracker, onFrame);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("startup: cannot see rendered frames (" + e + "); timing the layout instead");
            return false;
        }
    }

    private static void report(MainWindow window, String what) {
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        long now = System.currentTimeMillis();
        System.err.println("startup: " + what + " after " + (now - started) + " ms (at " + now + ")");
        Platform.runLater(() -> trainAndQuit(window));
    }

    private static void trainAndQuit(MainWindow window) {
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
        // as the menu's Quit: the window closes, then the toolkit ends (docs/decisions/0019)
        window.quit();
    }
}
