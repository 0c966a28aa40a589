package dk.taktstok.viewmodel;

import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.layout.LaidOutChart;
import dk.taktstok.chart.layout.LayoutOptions;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Text;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The chart pane: the selected chart laid out at the pane's width, and the annotation edits made by
 * pointing at it. Every edit is one undoable change of the document.
 */
public final class ChartViewModel {

    /** A click this close to a data point anchors a note to it; farther away, the note is placed freely. */
    static final double SNAP_DISTANCE = 48;

    private final DocumentViewModel document;
    private final ChartLayout layout;
    private final DoubleProperty width = new SimpleDoubleProperty(640);
    private final ObjectProperty<String> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme;
    private final ReadOnlyObjectWrapper<LaidOutChart> laidOut = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> selectedAnnotation = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ChartScene> scene = new ReadOnlyObjectWrapper<>();

    public ChartViewModel(DocumentViewModel document, ChartLayout layout, Theme theme) {
        this.document = document;
        this.layout = layout;
        this.theme = new SimpleObjectProperty<>(theme);
        document.studyProperty().addListener((o, a, b) -> {
            // an annotation undone or deleted is no longer there to select
            if (selectedAnnotation.get() != null && find(selectedAnnotation.get()).isEmpty()) {
                selectedAnnotation.set(null);
            }
            refresh();
        });
        document.selectedChartProperty().addListener((o, a, b) -> {
            selectedAnnotation.set(null);
            refresh();
        });
        width.addListener((o, a, b) -> refresh());
        language.addListener((o, a, b) -> refresh());
        this.theme.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The chart as laid out now; null when the study has no chart. */
    public ReadOnlyObjectProperty<LaidOutChart> laidOutProperty() {
        return laidOut.getReadOnlyProperty();
    }

    public LaidOutChart laidOut() {
        return laidOut.get();
    }

    /** The chart as a scene, for views to draw; null when the study has no chart. */
    public ReadOnlyObjectProperty<ChartScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /** The width the chart is laid out at, in chart units (CSS pixels). */
    public DoubleProperty widthProperty() {
        return width;
    }

    /** The language of the chart's texts and numbers; null for the study's own. */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<String> selectedAnnotationProperty() {
        return selectedAnnotation;
    }

    public Optional<ChartSpec> chart() {
        return document.chart();
    }

    public LayoutOptions options() {
        return new LayoutOptions(Math.max(LayoutOptions.MIN_WIDTH, width.get()), language.get(), theme.get());
    }

    /**
     * A note at a point of the chart: anchored to the nearest data point when the click was near one,
     * else placed freely in the plot area. Answers the new note's id.
     */
    public Optional<String> addNote(double x, double y, String text) {
        Optional<ChartSpec> chart = chart();
        if (chart.isEmpty() || laidOut.get() == null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        LaidOutChart current = laidOut.get();
        String id = StudyEdits.newAnnotationId(chart.get(), "note");
        AnnotationAnchor anchor;
        Annotation.Offset offset;
        var nearest = current.nearest(x, y).filter(p -> Math.hypot(p.x() - x, p.y() - y) <= SNAP_DISTANCE);
        if (nearest.isPresent()) {
            anchor = new AnnotationAnchor.DataPoint(nearest.get().target(), nearest.get().category());
            offset = null;
        } else {
            var area = current.plotArea();
            anchor = new AnnotationAnchor.FreePoint(clamp((x - area.x()) / area.width()), clamp((y - area.y()) / area.height()));
            offset = new Annotation.Offset(0, 0);
        }
        var note = new Annotation.Note(id, Text.of(text.strip()), anchor, offset, false);
        if (document.apply(Words.get("edit.addNote"), study -> StudyEdits.annotation(study, chart.get(), note))) {
            selectedAnnotation.set(id);
            return Optional.of(id);
        }
        return Optional.empty();
    }

    /** Moves a note by a distance in chart units; it keeps its anchor and gets a fixed place. */
    public void moveAnnotation(String id, double dx, double dy) {
        find(id).ifPresent(found -> {
            if (!(found instanceof Annotation.Note note)) {
                return;
            }
            var placement = laidOut.get() == null ? null : laidOut.get().annotations().get(id);
            Annotation.Offset current = note.offset() != null ? note.offset()
                    : placement == null ? new Annotation.Offset(0, 0)
                    : new Annotation.Offset(placement.x() - placement.anchorX(), placement.y() - placement.anchorY());
            var moved = new Annotation.Note(note.id(), note.text(), note.anchor(),
                    new Annotation.Offset(current.dx() + dx, current.dy() + dy), note.connector());
            chart().ifPresent(chart -> document.apply(Words.get("edit.moveNote"),
                    study -> StudyEdits.annotation(study, chart, moved)));
        });
    }

    public void editNote(String id, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        find(id).ifPresent(found -> {
            if (found instanceof Annotation.Note note) {
                var edited = new Annotation.Note(note.id(), Text.of(text.strip()), note.anchor(), note.offset(),
                        note.connector());
                chart().ifPresent(chart -> document.apply(Words.get("edit.editNote"),
                        study -> StudyEdits.annotation(study, chart, edited)));
            }
        });
    }

    /** A note's text in the study's language, for editing. */
    public Optional<String> noteText(String id) {
        return find(id).filter(Annotation.Note.class::isInstance).map(a -> ((Annotation.Note) a).text().text());
    }

    public void deleteAnnotation(String id) {
        chart().ifPresent(chart -> {
            if (document.apply(Words.get("edit.deleteAnnotation"), study -> StudyEdits.withoutAnnotation(study, chart, id))) {
                if (id.equals(selectedAnnotation.get())) {
                    selectedAnnotation.set(null);
                }
            }
        });
    }

    /** A reference line at the value under x, labelled with that value. */
    public Optional<String> addReferenceLine(double x, String label) {
        LaidOutChart current = laidOut.get();
        Optional<ChartSpec> chart = chart();
        if (chart.isEmpty() || current == null || current.axis() == null) {
            return Optional.empty();
        }
        double value = Math.round(current.axis().valueAt(x));
        String id = StudyEdits.newAnnotationId(chart.get(), "line");
        var line = new Annotation.ReferenceLine(id, value, label == null || label.isBlank() ? null : Text.of(label.strip()));
        document.apply(Words.get("edit.addLine"), study -> StudyEdits.annotation(study, chart.get(), line));
        selectedAnnotation.set(id);
        return Optional.of(id);
    }

    /** An arrow from one point of the chart to the data point nearest another. */
    public Optional<String> addArrow(double fromX, double fromY, double toX, double toY, String label) {
        LaidOutChart current = laidOut.get();
        Optional<ChartSpec> chart = chart();
        if (chart.isEmpty() || current == null) {
            return Optional.empty();
        }
        var area = current.plotArea();
        AnnotationAnchor from = new AnnotationAnchor.FreePoint(clamp((fromX - area.x()) / area.width()),
                clamp((fromY - area.y()) / area.height()));
        AnnotationAnchor to = current.nearest(toX, toY)
                .<AnnotationAnchor>map(p -> new AnnotationAnchor.DataPoint(p.target(), p.category()))
                .orElse(new AnnotationAnchor.FreePoint(clamp((toX - area.x()) / area.width()),
                        clamp((toY - area.y()) / area.height())));
        String id = StudyEdits.newAnnotationId(chart.get(), "arrow");
        var arrow = new Annotation.Arrow(id, from, to, label == null || label.isBlank() ? null : Text.of(label.strip()));
        document.apply(Words.get("edit.addArrow"), study -> StudyEdits.annotation(study, chart.get(), arrow));
        selectedAnnotation.set(id);
        return Optional.of(id);
    }

    /** Highlights an item (the others recede), or, if it is highlighted, stops. */
    public void toggleHighlight(String itemId) {
        chart().ifPresent(chart -> {
            Optional<Annotation> existing = chart.annotations().stream()
                    .filter(a -> a instanceof Annotation.Highlight h && h.itemId().equals(itemId)).findFirst();
            if (existing.isPresent()) {
                document.apply(Words.get("edit.unhighlight"),
                        study -> StudyEdits.withoutAnnotation(study, chart, existing.get().id()));
            } else {
                var highlight = new Annotation.Highlight(StudyEdits.newAnnotationId(chart, "highlight"), itemId);
                document.apply(Words.get("edit.highlight"), study -> StudyEdits.annotation(study, chart, highlight));
            }
        });
    }

    private Optional<Annotation> find(String id) {
        return chart().flatMap(chart -> chart.annotations().stream().filter(a -> a.id().equals(id)).findFirst());
    }

    private void refresh() {
        Optional<ChartSpec> chart = chart();
        if (chart.isEmpty() || document.study().tables().isEmpty()) {
            laidOut.set(null);
            scene.set(null);
            return;
        }
        laidOut.set(layout.layoutChart(document.study(), document.measures(), chart.get(), options()));
        scene.set(laidOut.get().scene());
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}
