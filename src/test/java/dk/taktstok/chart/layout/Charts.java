package dk.taktstok.chart.layout;

import dk.taktstok.analysis.Measures;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Measure;
import dk.taktstok.model.SortOrder;
import dk.taktstok.model.Study;
import dk.taktstok.model.Text;
import java.util.List;

/** The sample study and a chart of each type on it, fixed here so tests do not follow the sample's own charts. */
final class Charts {

    static final Study SAMPLE = SampleStudy.load();

    static final ChartSpec DIVERGING = ChartSpec.of("diverging", ChartType.DIVERGING_BARS, "initiative");
    static final ChartSpec STACKED = ChartSpec.of("stacked", ChartType.STACKED_BARS, "initiative")
            .withSort(new SortOrder(Measure.TOP_BOX, true));
    static final ChartSpec GROUPS = ChartSpec.of("groups", ChartType.GROUP_INDEX, "initiative");
    static final ChartSpec GOAL = ChartSpec.of("goal", ChartType.GOAL_VS_PRACTICE, "initiative");

    static final List<ChartSpec> ALL = List.of(DIVERGING, STACKED, GROUPS, GOAL);

    /** A chart with one annotation of every kind. */
    static ChartSpec annotated(ChartSpec spec) {
        return spec.withAnnotations(List.of(
                new Annotation.Note("note", Text.of("da", "60 point fra mål til praksis", "en", "60 points from goal to practice"),
                        new AnnotationAnchor.DataPoint(spec == GOAL ? "goal-vs-local-civil-initiative" : "local-civil-invites",
                                null), null, false),
                new Annotation.ReferenceLine("half", 50, Text.of("da", "Halvdelen", "en", "Half")),
                new Annotation.Arrow("arrow", new AnnotationAnchor.FreePoint(0.9, 0.05),
                        new AnnotationAnchor.DataPoint("dialogue", null), Text.of("Dialog")),
                new Annotation.Highlight("highlight", "local-civil-invites")));
    }

    static ChartScene layout(ChartSpec spec, double width, String language) {
        return ChartLayout.standard().layout(SAMPLE, spec, LayoutOptions.of(width, language));
    }

    /** What a plot computes its geometry from: a chart of the sample at a width, in a language. */
    static ChartContext context(Study study, ChartSpec spec, double width, String language) {
        return new ChartContext(study, Measures.of(study), spec, LayoutOptions.of(width, language));
    }

    /** The standard theme's fonts, measured as every chart is. */
    static Typesetter type() {
        return new Typesetter(ThemeFiles.standard(), new FontMeasurer());
    }

    private Charts() {
    }
}
