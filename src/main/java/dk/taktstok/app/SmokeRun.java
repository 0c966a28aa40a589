package dk.taktstok.app;

import dk.taktstok.ui.MainWindow;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * One cycle of the real-window smoke test (.ci/desktop-smoke): with {@code TAKTSTOK_SMOKE} set to a folder,
 * the desktop waits for its first chart and for the file it was given to be read, exports every chart of
 * the study there through the export of the desktop (PNG, SVG and PDF), prints what it wrote, and quits as
 * the menu's Quit does. The script checks the exit code, the output and that no crash log was left.
 */
final class SmokeRun {

    private SmokeRun() {
    }

    static void afterFirstChart(MainWindow window) {
        String folder = System.getenv("TAKTSTOK_SMOKE");
        if (folder == null) {
            return;
        }
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // drawn, and the file read (reading runs in the background and shows as busy)
                if (window.chartPane().drawn() != null && !window.model().busy().runningProperty().get()
                        && ++frames == 3) {
                    stop();
                    export(window, Path.of(folder));
                }
            }
        }.start();
    }

    private static void export(MainWindow window, Path folder) {
        var export = window.model().export();
        export.folderProperty().set(folder);
        export.allChartsProperty().set(true);
        export.pngProperty().set(true);
        export.svgProperty().set(true);
        export.pdfProperty().set(true);
        export.export(written -> {
            System.err.println("smoke: exported " + written.size() + " files of \""
                    + window.model().titleProperty().get() + "\"");
            Platform.runLater(window::quit);
        }, problem -> {
            System.err.println("smoke: export failed: " + problem);
            Platform.runLater(window::quit);
        });
    }
}
