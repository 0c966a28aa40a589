package dk.taktstok.app;

import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.export.ChartExporter;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.ui.FxDialogs;
import dk.taktstok.ui.MainWindow;
import dk.taktstok.viewmodel.BusyState;
import dk.taktstok.viewmodel.Dialogs;
import dk.taktstok.viewmodel.MainViewModel;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.stage.Stage;

/** The desktop's composition root: builds the view-models with their seams, and the main window. */
public final class DesktopApp extends Application {

    private MainWindow window;

    /** Builds the window on a stage; separate from {@link #start} so that tests can build it too. */
    public static MainWindow open(Stage stage, Path file, Dialogs dialogs, MainViewModelFactory factory) {
        StartupProbe.mark("toolkit started");
        MainViewModel model = factory.create(dialogs);
        StartupProbe.mark("view-models built");
        loadFonts();
        StartupProbe.mark("fonts loaded");
        var window = new MainWindow(model, stage, dialogs);
        StartupProbe.mark("window built");
        stage.show();
        StartupProbe.mark("stage shown");
        Platform.runLater(() -> {
            model.offerRecovery();
            if (file != null) {
                model.open(file);
            }
        });
        return window;
    }

    /** Makes the view-models; tests give other seams. */
    @FunctionalInterface
    public interface MainViewModelFactory {
        MainViewModel create(Dialogs dialogs);
    }

    /** Taktstok's own seams: files on disk, the user's preferences and recovery folder. */
    public static MainViewModel standardModel(Dialogs dialogs) {
        var busy = new BusyState();
        return new MainViewModel(SampleStudy.load(), new FileStudyStore(StudyFiles.standard()),
                new ExporterChartFiles(ChartExporter.standard()), dialogs, PreferencesSettings.user(),
                FileRecovery.user(), new FxTaskExecutor(busy), busy, ChartLayout.standard(), ThemeFiles.standard());
    }

    @Override
    public void start(Stage stage) {
        List<String> arguments = getParameters().getRaw();
        Path file = arguments.isEmpty() ? null : Path.of(arguments.getFirst());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        window = open(stage, file, new FxDialogs(() -> stage), DesktopApp::standardModel);
        StartupProbe.afterFirstChart(window);
    }

    /** The interface speaks the charts' typeface, bundled, so it looks the same on every laptop. */
    static void loadFonts() {
        for (var face : List.of(ThemeFiles.standard().regular(), ThemeFiles.standard().bold())) {
            Font.loadFont(new ByteArrayInputStream(face.bytes()), 13);
        }
    }

    MainWindow window() {
        return window;
    }
}
