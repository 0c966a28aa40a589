package dk.taktstok.io.json;

import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Category;
import dk.taktstok.model.Gap;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Practice;
import dk.taktstok.model.Scale;
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
     * "don't know"), explicit boxes, a table with groups from a tag, a table without, benchmarks and a
     * gap of each kind.
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
                Category.substantive(Text.of("da", "Som regel", "en", "As a rule"), 3),
                Category.substantive(Text.of("da", "Somme tider", "en", "Sometimes"), 2),
                Category.substantive(Text.of("da", "Sjældent", "en", "Rarely"), 1),
                Category.substantive(Text.of("da", "Aldrig", "en", "Never"), 0),
                Category.dontKnow(Text.of("da", "Ved ikke", "en", "Don't know"))),
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
                        item("r5", "Foreninger kontakter kommunen", "civil", 14.8, 44.2, 21.0, 5.0, 15.0),
                        item("r6", "Borgere starter projekter", "civil", 10.0, 48.0, 20.0, 6.0, 16.0)
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
        return new Study(metadata, List.of(often, agree), List.of(initiative, opinion), benchmarks, gaps);
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
