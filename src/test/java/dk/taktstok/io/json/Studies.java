package dk.taktstok.io.json;

import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Category;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Gap;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Practice;
import dk.taktstok.model.PracticeMark;
import dk.taktstok.model.Scale;
import dk.taktstok.model.SortOrder;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built studies for the reader and writer tests. */
final class Studies {

    private Studies() {
    }

    /** {@link #complete()} with one share that has no value (NaN), which a file holds as null. */
    static Study rich() {
        Study study = complete();
        SurveyTable table = study.tables().getFirst();
        Item item = table.items().get(5);
        var shares = new java.util.ArrayList<>(item.shares());
        shares.set(2, Double.NaN);
        var items = new java.util.ArrayList<>(table.items());
        items.set(5, item.withShares(shares));
        var tables = new java.util.ArrayList<>(study.tables());
        tables.set(0, table.withItems(items));
        return study.withTables(tables);
    }

    /**
     * Everything the format holds, every share known: texts in two languages, two scales (one with a
     * "don't know"), explicit boxes, a table with groups from a tag, a table without, benchmarks, a
     * gap of each kind, items with a number of answers (one weighted), a scale with codes, and
     * {@link #charts()}.
     */
    static Study complete() {
        var metadata = new Metadata(
                Text.of("da", "Frivillighed i kommunerne", "en", "Volunteering in the municipalities"),
                Text.of("da", "Kilde: Center for Frivilligt Socialt Arbejde", "en", "Source: Centre for Voluntary Social Work"),
                List.of("Anne Østergaard", "Bo Ærø"),
                Text.of("CFSA"),
                "2017-05",
                "da",
                Text.of("da", "Kommunale chefer", "en", "Municipal chief officers"),
                412);
        var often = new Scale("often", List.of(
                Category.substantive(Text.of("da", "Som regel", "en", "As a rule"), 3).withCode(1),
                Category.substantive(Text.of("da", "Somme tider", "en", "Sometimes"), 2).withCode(2),
                Category.substantive(Text.of("da", "Sjældent", "en", "Rarely"), 1).withCode(3),
                Category.substantive(Text.of("da", "Aldrig", "en", "Never"), 0).withCode(4),
                Category.dontKnow(Text.of("da", "Ved ikke", "en", "Don't know")).withCode(9)),
                List.of("Som regel", "Somme tider"), List.of("Sjældent", "Aldrig"));
        var agree = new Scale("agree", List.of(
                Category.substantive(Text.of("Agree"), 1.5),
                Category.substantive(Text.of("Disagree"), -1.5)));
        var initiative = new SurveyTable("initiative",
                Text.of("da", "Hvem tager initiativet?", "en", "Who takes the initiative?"),
                Text.of("da", "Hvor ofte sker følgende?", "en", "How often does the following happen?"),
                "often",
                List.of(
                        item("r1", "Kommunen inviterer foreninger", "municipality", 26.7, 46.4, 8.8, 5.5, 12.7),
                        item("r2", "Kommunen tilbyder lokaler", "municipality", 30.1, 40.2, 10.3, 4.4, 15.0),
                        item("r3", "Kommunen holder møder", "municipality", 20.0, 45.0, 15.0, 5.0, 15.0),
                        item("r4", "Kommunen giver tilskud", "municipality", 35.5, 30.5, 12.0, 7.0, 15.0),
                        item("r5", "Foreninger kontakter kommunen", "civil", 14.8, 44.2, 21.0, 5.0, 15.0).withCounts(398, null),
                        item("r6", "Borgere starter projekter", "civil", 10.0, 48.0, 20.0, 6.0, 16.0).withCounts(401, 356.25)
                                .withShortLabel(Text.of("da", "Borgere", "en", "Citizens"))),
                "initiator",
                List.of(new Group("municipality", Text.of("da", "Kommunalt initierede", "en", "Municipality-initiated")),
                        new Group("civil", null)));
        var opinion = new SurveyTable("opinion", Text.of("Opinion"), null, "agree",
                List.of(new Item("q1", Text.of("Civil actors should have a bigger role"), null, Map.of(), List.of(75.0, 25.0))),
                null, List.of());
        var benchmarks = List.of(
                new Benchmark("goal", Text.of("da", "Ønsker at styrke civile aktørers rolle", "en", "Want to strengthen civil actors' role"),
                        75, Text.of("KL 2016")),
                new Benchmark("half", Text.of("Half"), 50.5, null));
        var gaps = List.of(
                new Gap("g1", "goal", new Practice.CategoryShare("initiative", "r5", "Som regel")),
                new Gap("g2", "goal", new Practice.ItemMeasure("initiative", "r1", Measure.TOP_BOX_VALID)),
                new Gap("g3", "half", new Practice.GroupMeasure("initiative", "civil", Measure.MEAN_SCORE)));
        return new Study(metadata, List.of(often, agree), List.of(initiative, opinion), benchmarks, gaps, charts());
    }

    /**
     * A chart of each type on the table "initiative", every field used by one of them, and every kind of
     * annotation and anchor: an item (with and without a category), a group, a gap, a free point.
     */
    static List<ChartSpec> charts() {
        return List.of(
                new ChartSpec("diverging", ChartType.DIVERGING_BARS, "initiative",
                        Text.of("da", "Kommunen tager initiativet", "en", "The municipality takes the initiative"),
                        null, null, null, null, List.of(), null, List.of(
                        new Annotation.Highlight("h1", "r1"),
                        new Annotation.ReferenceLine("middle", 0, null))),
                new ChartSpec("stacked", ChartType.STACKED_BARS, "initiative", null, Text.of("Procent"),
                        Text.of("da", "Sorteret efter top box", "en", "Sorted by top box"),
                        new SortOrder(Measure.TOP_BOX, true), null, List.of(), null, List.of(
                        new Annotation.Note("n1", Text.of("da", "Kun 14,8 %", "en", "Only 14.8%"),
                                new AnnotationAnchor.DataPoint("r5", "Som regel"), new Annotation.Offset(12, -8.5), true),
                        new Annotation.Arrow("a1", new AnnotationAnchor.FreePoint(0.8, 0.15),
                                new AnnotationAnchor.DataPoint("r6", null), Text.of("Borgere")))),
                new ChartSpec("groups", ChartType.GROUP_INDEX, "initiative", null, null, null,
                        new SortOrder(Measure.MEAN_SCORE, false), Measure.NET, List.of(), null, List.of(
                        new Annotation.Note("civil-note", Text.of("Civil"), new AnnotationAnchor.DataPoint("civil", null), null, false))),
                new ChartSpec("goal", ChartType.GOAL_VS_PRACTICE, "initiative", Text.of("75 % vs. practice"), null, null,
                        null, null, List.of("g1", "g3"), PracticeMark.ARROW, List.of(
                        new Annotation.Note("gap", Text.of("60 points"), new AnnotationAnchor.DataPoint("g1", null),
                                new Annotation.Offset(-0.0, 1e-7), false),
                        new Annotation.ReferenceLine("goal-line", 75, Text.of("da", "Mål", "en", "Goal")))));
    }

    /** The least a study file can hold: a title, one scale, one table. */
    static Study minimal() {
        var scale = new Scale("yesno", List.of(Category.substantive(Text.of("Yes"), 1), Category.substantive(Text.of("No"), 0)));
        var table = new SurveyTable("t", Text.of("Table"), null, "yesno",
                List.of(new Item("r1", Text.of("Statement"), null, Map.of(), List.of(60.0, 40.0))), null, List.of());
        return new Study(Metadata.titled("Minimal", "en"), List.of(scale), List.of(table), List.of(), List.of());
    }

    static Item item(String id, String label, String initiator, double... shares) {
        var tags = new LinkedHashMap<String, String>();
        tags.put("initiator", initiator);
        return new Item(id, Text.of(label), null, tags, java.util.Arrays.stream(shares).boxed().toList());
    }
}
