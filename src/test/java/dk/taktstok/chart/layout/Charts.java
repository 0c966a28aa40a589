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

    /**
     * The sample with two mistakes a workbook can hold: "Kommunen lader brugerne bidrage" sums to 130
     * (its "Som regel" written 39,7 for 9,7), and "Lokale civile aktører inviterer kommunen" has no
     * value for "Som regel" ("n/a" in the source).
     */
    static final Study FAULTY = faulty();

    private static Study faulty() {
        var tables = new java.util.ArrayList<dk.taktstok.model.SurveyTable>();
        for (var table : SAMPLE.tables()) {
            var items = new java.util.ArrayList<dk.taktstok.model.Item>();
            for (var item : table.items()) {
                var shares = new java.util.ArrayList<>(item.shares());
                if (item.id().equals("enables-users")) {
                    shares.set(0, shares.get(0) + 30);
                } else if (item.id().equals("local-civil-invites")) {
                    shares.set(0, Double.NaN);
                }
                items.add(item.withShares(shares));
            }
            tables.add(table.withItems(items));
        }
        return SAMPLE.withTables(tables);
    }

    /** A chart with one annotation of every kind. */
    static ChartSpec annotated(ChartSpec spec) {
        return spec.withAnnotations(List.of(
                new Annotation.Note("note", Text.of("da", "60,2 point fra mål til praksis", "en", "60.2 points from goal to practice"),
                        new AnnotationAnchor.DataPoint(spec == GOAL ? "goal-vs-local-civil-initiative" : "local-civil-invites",
                                null), null, false),
                new Annotation.ReferenceLine("half", 50, Text.of("da", "Halvdelen", "en", "Half")),
                new Annotation.Arrow("arrow", new AnnotationAnchor.FreePoint(0.9, 0.05),
                        new AnnotationAnchor.DataPoint("dialogue", null), Text.of("Dialog")),
                new Annotation.Highlight("highlight", "local-civil-invites")));
    }

    /** The annotations the sample study gives a chart of this type, else {@link #annotated}'s one of every kind. */
    static ChartSpec withSampleAnnotations(ChartSpec spec) {
        return SAMPLE.charts().stream()
                .filter(c -> c.type() == spec.type() && !c.annotations().isEmpty())
                .findFirst()
                .map(c -> spec.withAnnotations(c.annotations()))
                .orElseGet(() -> annotated(spec));
    }

    /**
     * Six or more annotations of every kind, crowded onto a few rows: notes on one item, on its segments
     * and on a free point, with and without connectors, one moved by hand; arrows to and from items and
     * free points; reference lines close together; six highlights.
     */
    static ChartSpec crowded(ChartSpec spec) {
        boolean goal = spec.type() == ChartType.GOAL_VS_PRACTICE;
        String first = goal ? "goal-vs-local-civil-initiative" : "local-civil-invites";
        String second = goal ? "goal-vs-dialogue" : "dialogue";
        String third = goal ? "goal-vs-national-civil-initiative" : "national-civil-invites";
        String segment = goal || spec.type() == ChartType.GROUP_INDEX ? null : "Som regel";
        String other = goal || spec.type() == ChartType.GROUP_INDEX ? null : "Somme tider";
        var notes = new java.util.ArrayList<Annotation>(List.of(
                new Annotation.Note("n1", Text.of("da", "60,2 point fra mål til praksis", "en", "60.2 points from goal to practice"),
                        new AnnotationAnchor.DataPoint(first, null), null, false),
                new Annotation.Note("n2", Text.of("da", "Kun hver syvende", "en", "Only one in seven"),
                        new AnnotationAnchor.DataPoint(first, segment), null, true),
                new Annotation.Note("n3", Text.of("da", "Flest svarer somme tider", "en", "Most answer sometimes"),
                        new AnnotationAnchor.DataPoint(first, other), null, false),
                new Annotation.Note("n4", Text.of("da", "Dialogen er den mest udbredte form for samarbejde",
                        "en", "Dialogue is the most common form of cooperation"),
                        new AnnotationAnchor.DataPoint(second, null), null, true),
                new Annotation.Note("n5", Text.of("da", "Her er langt til målet", "en", "Far from the goal here"),
                        new AnnotationAnchor.DataPoint(third, segment), new Annotation.Offset(-40, -30), false),
                new Annotation.Note("n6", Text.of("da", "En fri note midt i det hele", "en", "A free note in the middle of it all"),
                        new AnnotationAnchor.FreePoint(0.5, 0.5), null, false),
                new Annotation.Note("n7", Text.of("da", "Også her", "en", "Here too"),
                        new AnnotationAnchor.DataPoint(first, null), null, true)));
        var arrows = List.<Annotation>of(
                new Annotation.Arrow("a1", new AnnotationAnchor.FreePoint(0.9, 0.05),
                        new AnnotationAnchor.DataPoint(second, null), Text.of("Dialog")),
                new Annotation.Arrow("a2", new AnnotationAnchor.FreePoint(0.1, 0.95),
                        new AnnotationAnchor.DataPoint(first, null), Text.of("da", "Lokalt", "en", "Local")),
                new Annotation.Arrow("a3", new AnnotationAnchor.DataPoint(third, null),
                        new AnnotationAnchor.DataPoint(first, null), null),
                new Annotation.Arrow("a4", new AnnotationAnchor.FreePoint(0.5, 0.0),
                        new AnnotationAnchor.DataPoint(third, segment), Text.of("da", "Mindst", "en", "Least")),
                new Annotation.Arrow("a5", new AnnotationAnchor.FreePoint(1.0, 1.0),
                        new AnnotationAnchor.DataPoint(second, segment), Text.of("da", "Mest", "en", "Most")),
                new Annotation.Arrow("a6", new AnnotationAnchor.FreePoint(0.3, 0.4),
                        new AnnotationAnchor.DataPoint(first, other), Text.of("da", "Somme tider er det største svar",
                                "en", "Sometimes is the largest answer")));
        var lines = List.<Annotation>of(
                new Annotation.ReferenceLine("r1", 50, Text.of("da", "Halvdelen", "en", "Half")),
                new Annotation.ReferenceLine("r2", 47, Text.of("da", "Gennemsnit", "en", "Average")),
                new Annotation.ReferenceLine("r3", 75, Text.of("da", "Tre fjerdedele", "en", "Three quarters")),
                new Annotation.ReferenceLine("r4", 25, null),
                new Annotation.ReferenceLine("r5", 10, Text.of("da", "Lavt", "en", "Low")),
                new Annotation.ReferenceLine("r6", 60, Text.of("da", "Tidligere år", "en", "Previous year")));
        var highlights = new java.util.ArrayList<Annotation>();
        for (String item : List.of("invites-associations", "invites-volunteers", "dialogue", "enables-users",
                "local-civil-invites", "national-civil-invites")) {
            highlights.add(new Annotation.Highlight("h-" + item, item));
        }
        var all = new java.util.ArrayList<Annotation>();
        all.addAll(notes);
        all.addAll(arrows);
        all.addAll(lines);
        all.addAll(highlights);
        return spec.withAnnotations(all);
    }

    static ChartScene layout(ChartSpec spec, double width, String language) {
        return layout(SAMPLE, spec, width, language);
    }

    static ChartScene layout(Study study, ChartSpec spec, double width, String language) {
        return ChartLayout.standard().layout(study, spec, LayoutOptions.of(width, language));
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
