package dk.taktstok.app;

import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.export.ChartExporter;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.render.fx.FxThread;
import dk.taktstok.testing.MemoryRecovery;
import dk.taktstok.testing.MemorySettings;
import dk.taktstok.testing.ScriptedDialogs;
import dk.taktstok.ui.MainWindow;
import dk.taktstok.viewmodel.BusyState;
import dk.taktstok.viewmodel.MainViewModel;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;

/**
 * Drives the real main window on JavaFX's headless platform, as a user would: menus, clicks and drags
 * on the chart, typing in the grid. The questions the window asks are answered by a script.
 */
final class DesktopDriver {

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final MemorySettings settings = new MemorySettings();
    final MemoryRecovery recovery = new MemoryRecovery();
    MainWindow window;
    MainViewModel model;

    DesktopDriver start() {
        window = FxThread.call(() -> DesktopApp.open(new Stage(), null, dialogs, d -> {
            var busy = new BusyState();
            model = new MainViewModel(SampleStudy.load(), new FileStudyStore(StudyFiles.standard()),
                    new ExporterChartFiles(ChartExporter.standard()), d, settings, recovery,
                    new FxTaskExecutor(busy), busy, ChartLayout.standard(), ThemeFiles.standard());
            return model;
        }));
        settle();
        return this;
    }

    void close() {
        FxThread.call(() -> {
            window.stage().hide();
            return null;
        });
    }

    <T> T fx(Supplier<T> work) {
        return FxThread.call(work);
    }

    void run(Runnable work) {
        FxThread.call(() -> {
            work.run();
            return null;
        });
    }

    /** Lets pending work on the JavaFX thread and the worker run, and the window lay itself out. */
    void settle() {
        for (int i = 0; i < 3; i++) {
            run(() -> {
                window.root().applyCss();
                window.root().layout();
            });
        }
    }

    void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (FxThread.call(condition::getAsBoolean)) {
                settle();
                return;
            }
            sleep(20);
        }
        throw new AssertionError("waited 20 s for " + what);
    }

    /** Chooses a menu item by its id, as a click on it would. */
    void menu(String id) {
        run(() -> {
            var bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.VBox) window.root().getTop()).getChildren().getFirst();
            for (var menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (id.equals(item.getId())) {
                        item.fire();
                        return;
                    }
                }
            }
            throw new AssertionError("no menu item " + id);
        });
        settle();
    }

    Node node(String id) {
        Node found = fx(() -> window.lookup(id));
        if (found == null) {
            throw new AssertionError("no node " + id);
        }
        return found;
    }

    /** The node of the drawn chart with this scene id. */
    Node chartNode(String sceneId) {
        return fx(() -> find(window.chartPane().drawn(), sceneId));
    }

    static Node find(Node root, String id) {
        if (id.equals(root.getId())) {
            return root;
        }
        if (root instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Presses (and releases) the mouse on a node, at a point of the chart's coordinates. */
    void click(Node target, double chartX, double chartY, int clicks) {
        mouse(MouseEvent.MOUSE_PRESSED, target, chartX, chartY, clicks);
        mouse(MouseEvent.MOUSE_RELEASED, target, chartX, chartY, clicks);
        settle();
    }

    void drag(Node target, double fromX, double fromY, double toX, double toY) {
        mouse(MouseEvent.MOUSE_PRESSED, target, fromX, fromY, 1);
        mouse(MouseEvent.MOUSE_DRAGGED, target, (fromX + toX) / 2, (fromY + toY) / 2, 1);
        mouse(MouseEvent.MOUSE_DRAGGED, target, toX, toY, 1);
        mouse(MouseEvent.MOUSE_RELEASED, target, toX, toY, 1);
        settle();
    }

    private void mouse(javafx.event.EventType<MouseEvent> type, Node target, double chartX, double chartY, int clicks) {
        run(() -> {
            Point2D scene = window.chartPane().drawn().localToScene(chartX, chartY);
            Point2D screen = window.chartPane().drawn().localToScreen(chartX, chartY);
            var event = new MouseEvent(type, scene.getX(), scene.getY(), screen == null ? 0 : screen.getX(),
                    screen == null ? 0 : screen.getY(), MouseButton.PRIMARY, clicks, false, false, false, false,
                    type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false,
                    new PickResult(target, scene.getX(), scene.getY()));
            javafx.event.Event.fireEvent(target, event);
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
