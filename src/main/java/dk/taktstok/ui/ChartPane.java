package dk.taktstok.ui;

import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.render.fx.FxRenderer;
import dk.taktstok.viewmodel.ChartViewModel;
import dk.taktstok.viewmodel.Dialogs;
import dk.taktstok.viewmodel.Words;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * The chart as the export will draw it (the JavaFX renderer of the same scene), zoomable, and the place
 * where annotations are added by clicking, moved by dragging, edited by double-clicking and deleted.
 */
public final class ChartPane extends ScrollPane {

    private final ChartViewModel chart;
    private final Dialogs dialogs;
    private final ObjectProperty<ChartTool> tool = new SimpleObjectProperty<>(ChartTool.SELECT);
    private final StackPane holder = new StackPane();
    private final Group zoomed = new Group();
    private Group drawn;
    private Point2D pressed;
    private String dragging;
    private Rectangle selectionMark;
    private Rectangle figureMark;
    private String figureNode;

    public ChartPane(ChartViewModel chart, Dialogs dialogs, DoubleProperty zoom) {
        this.chart = chart;
        this.dialogs = dialogs;
        setId("chart-pane");
        getStyleClass().add("chart-pane");
        setFitToWidth(true);
        setFitToHeight(true);
        holder.getStyleClass().add("chart-holder");
        holder.getChildren().add(zoomed);
        setContent(holder);
        zoomed.scaleXProperty().bind(zoom);
        zoomed.scaleYProperty().bind(zoom);
        chart.sceneProperty().addListener((o, a, b) -> redraw());
        chart.selectedAnnotationProperty().addListener((o, a, b) -> markSelection());
        redraw();
        holder.addEventFilter(MouseEvent.MOUSE_PRESSED, this::press);
        holder.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::drag);
        holder.addEventFilter(MouseEvent.MOUSE_RELEASED, this::release);
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                String selected = chart.selectedAnnotationProperty().get();
                if (selected != null) {
                    chart.deleteAnnotation(selected);
                    event.consume();
                }
            }
        });
    }

    public ObjectProperty<ChartTool> toolProperty() {
        return tool;
    }

    /** The drawn chart, for tests and snapshots. */
    public Group drawn() {
        return drawn;
    }

    private void redraw() {
        var scene = chart.sceneProperty().get();
        zoomed.getChildren().clear();
        drawn = null;
        if (scene == null) {
            return;
        }
        drawn = new FxRenderer().render(scene);
        drawn.getStyleClass().add("chart");
        zoomed.getChildren().add(drawn);
        markSelection();
        markFigure(figureNode);
    }

    /**
     * Marks the part of the chart that shows a figure (a row or a group, by its scene id), as the claim
     * check selects it; null clears the mark. The mark stays until another is set, across redraws.
     */
    public void markFigure(String sceneId) {
        figureNode = sceneId;
        if (drawn == null) {
            return;
        }
        drawn.getChildren().remove(figureMark);
        figureMark = null;
        Node node = sceneId == null ? null : find(drawn, sceneId);
        if (node == null) {
            return;
        }
        var bounds = node.getBoundsInParent();
        figureMark = new Rectangle(bounds.getMinX() - 4, bounds.getMinY() - 2, bounds.getWidth() + 8,
                bounds.getHeight() + 4);
        figureMark.setId("figure-mark");
        figureMark.getStyleClass().add("figure-mark");
        figureMark.setMouseTransparent(true);
        drawn.getChildren().add(figureMark);
    }

    /** The mark of the figure the claim check selected, for tests; null when there is none. */
    public Rectangle figureMark() {
        return figureMark;
    }

    private void markSelection() {
        if (drawn == null) {
            return;
        }
        drawn.getChildren().remove(selectionMark);
        selectionMark = null;
        String selected = chart.selectedAnnotationProperty().get();
        if (selected == null) {
            return;
        }
        Node node = find(drawn, SceneIds.annotation(selected));
        if (node == null) {
            return;
        }
        var bounds = node.getBoundsInParent();
        selectionMark = new Rectangle(bounds.getMinX() - 3, bounds.getMinY() - 3, bounds.getWidth() + 6,
                bounds.getHeight() + 6);
        selectionMark.getStyleClass().add("annotation-selection");
        selectionMark.setMouseTransparent(true);
        drawn.getChildren().add(selectionMark);
    }

    private void press(MouseEvent event) {
        if (drawn == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        Point2D at = drawn.sceneToLocal(event.getSceneX(), event.getSceneY());
        pressed = at;
        Optional<String> annotation = annotationAt(event);
        switch (tool.get()) {
            case SELECT -> {
                chart.selectedAnnotationProperty().set(annotation.orElse(null));
                dragging = annotation.orElse(null);
                if (event.getClickCount() == 2 && annotation.isPresent()) {
                    dragging = null;
                    dialogs.askText(Words.get("ui.note.edit"), chart.noteText(annotation.get()).orElse(""))
                            .ifPresent(text -> chart.editNote(annotation.get(), text));
                }
            }
            case NOTE -> dialogs.askText(Words.get("ui.note.add"), "")
                    .ifPresent(text -> chart.addNote(at.getX(), at.getY(), text));
            case LINE -> dialogs.askText(Words.get("ui.line.add"), "")
                    .ifPresent(text -> chart.addReferenceLine(at.getX(), text));
            case HIGHLIGHT -> itemAt(event).ifPresent(chart::toggleHighlight);
            case ARROW -> {
                // the arrow is made on release, from here to there
            }
        }
        event.consume();
    }

    private void drag(MouseEvent event) {
        if (drawn == null || dragging == null || pressed == null) {
            return;
        }
        Point2D at = drawn.sceneToLocal(event.getSceneX(), event.getSceneY());
        Node node = find(drawn, SceneIds.annotation(dragging));
        if (node != null) {
            node.setTranslateX(at.getX() - pressed.getX());
            node.setTranslateY(at.getY() - pressed.getY());
        }
        event.consume();
    }

    private void release(MouseEvent event) {
        if (drawn == null || pressed == null) {
            return;
        }
        Point2D at = drawn.sceneToLocal(event.getSceneX(), event.getSceneY());
        double dx = at.getX() - pressed.getX();
        double dy = at.getY() - pressed.getY();
        if (tool.get() == ChartTool.SELECT && dragging != null && Math.hypot(dx, dy) > 2) {
            chart.moveAnnotation(dragging, dx, dy);
        } else if (tool.get() == ChartTool.ARROW && Math.hypot(dx, dy) > 8) {
            Point2D from = pressed;
            dialogs.askText(Words.get("ui.arrow.add"), "")
                    .ifPresent(text -> chart.addArrow(from.getX(), from.getY(), at.getX(), at.getY(), text));
        }
        dragging = null;
        pressed = null;
        event.consume();
    }

    private Optional<String> annotationAt(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != drawn; node = node.getParent()) {
            Optional<String> annotation = SceneIds.annotationOf(sceneId(node));
            if (annotation.isPresent()) {
                return annotation;
            }
        }
        return Optional.empty();
    }

    private Optional<String> itemAt(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != drawn; node = node.getParent()) {
            Optional<String> item = SceneIds.itemOf(sceneId(node));
            if (item.isPresent()) {
                return item;
            }
        }
        return Optional.empty();
    }

    /** Scene ids ("annotations/note-1/text/0") are the nodes' ids. */
    private static String sceneId(Node node) {
        return node.getId();
    }

    /** The node with this id under {@code root}, depth first; ids hold slashes, which CSS lookups do not take. */
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
}
