package dk.taktstok.chart.layout;

import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Category;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Gap;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Practice;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Studies whose names and labels make awkward scene ids: categories that differ only in case or
 * punctuation ("Man", "man."), labels with no letters or digits, the same English label for two
 * categories, ids with slashes and percent signs, a group called "other". One chart of each type.
 */
final class AwkwardLabels {

    static final String TABLE = "t";

    private static final String[] LABELS = {
        "Man", "man", "man.", "MAN!", " Man ", "Both", "both", "Både", "baade", "Ved ikke", "ved ikke?", "Dontknow",
        "dontknow", "Dont know", "category-1", "Category 1", "category 2", "entry-1", "Entry 2", "???", "—", "",
        " ", "%", "a/b", "a%2Fb", "50 %", "Sjældent", "sjaeldent", "Ø", "oe", "left", "Som regel", "som-regel"};
    private static final String[] IDS = {
        "a", "a/b", "a%2Fb", "%", "%25", "/", "x/", "other", "index", "dontknow", "heading", "top", "man", "Man"};

    private AwkwardLabels() {
    }

    static Study next(Random random, int size) {
        Scale scale = scale(random, 2 + random.nextInt(2 + Math.min(6, size / 12)));
        List<String> groupIds = distinct(random, IDS, random.nextInt(4));
        var items = new ArrayList<Item>();
        for (String id : distinct(random, IDS, 1 + random.nextInt(2 + Math.min(5, size / 15)))) {
            Map<String, String> tags = groupIds.isEmpty() || random.nextInt(4) == 0 ? Map.of()
                    : Map.of("g", pick(random, groupIds));
            items.add(new Item(id, text(random), null, tags, shares(random, scale.size())));
        }
        List<Group> groups = groupIds.stream().map(id -> new Group(id, text(random))).toList();
        var table = new SurveyTable(TABLE, text(random), null, scale.id(), items, groups.isEmpty() ? null : "g", groups);

        var benchmarks = List.of(new Benchmark("b/1", text(random), 75, null), new Benchmark("b%2", text(random), 40, null));
        var gaps = new ArrayList<Gap>();
        for (String id : distinct(random, IDS, 1 + random.nextInt(3))) {
            gaps.add(new Gap(id, pick(random, benchmarks).id(), new Practice.CategoryShare(TABLE,
                    pick(random, items).id(), pick(random, scale.categories()).name())));
        }
        var charts = new ArrayList<ChartSpec>();
        for (ChartType type : ChartType.values()) {
            charts.add(new ChartSpec(type.key(), type, TABLE, null, null, null, null, null, List.of(), null,
                    annotations(random, items, scale, gaps)));
        }
        var metadata = new Metadata(text(random), text(random), List.of(), null, null, "da", null, null);
        return new Study(metadata, List.of(scale), List.of(table), benchmarks, gaps, charts);
    }

    /** Categories with distinct names (a scale requires it) that may slug alike; scored from the top down. */
    private static Scale scale(Random random, int size) {
        var names = new LinkedHashSet<String>();
        while (names.size() < size) {
            names.add(pick(random, LABELS));
        }
        var categories = new ArrayList<Category>();
        int substantive = Math.max(2, size - random.nextInt(3));
        int i = 0;
        for (String name : names) {
            Text label = Text.of("da", name, "en", pick(random, LABELS));
            categories.add(i < substantive ? Category.substantive(label, substantive - i) : Category.dontKnow(label));
            i++;
        }
        List<String> ordered = List.copyOf(names);
        // sometimes boxes that leave a middle category, which straddles the diverging chart's centre
        boolean middle = substantive >= 3 && random.nextBoolean();
        return new Scale("s", categories, middle ? List.of(ordered.getFirst()) : List.of(),
                middle ? List.of(ordered.get(substantive - 1)) : List.of());
    }

    private static List<Annotation> annotations(Random random, List<Item> items, Scale scale, List<Gap> gaps) {
        var annotations = new ArrayList<Annotation>();
        List<String> ids = distinct(random, IDS, random.nextInt(5));
        for (String id : ids) {
            Item item = pick(random, items);
            annotations.add(switch (random.nextInt(4)) {
                case 0 -> new Annotation.Note(id, text(random), new AnnotationAnchor.DataPoint(item.id(),
                        random.nextBoolean() ? pick(random, scale.categories()).name() : null), null, random.nextBoolean());
                case 1 -> new Annotation.Arrow(id, new AnnotationAnchor.FreePoint(random.nextDouble(), random.nextDouble()),
                        new AnnotationAnchor.DataPoint(pick(random, gaps).id(), null), text(random));
                case 2 -> new Annotation.ReferenceLine(id, random.nextInt(101), text(random));
                default -> new Annotation.Highlight(id, item.id());
            });
        }
        return annotations;
    }

    /** Shares summing to 100, to one decimal. */
    private static List<Double> shares(Random random, int count) {
        double[] weights = new double[count];
        double total = 0;
        for (int c = 0; c < count; c++) {
            weights[c] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
            total += weights[c];
        }
        var shares = new ArrayList<Double>();
        for (double weight : weights) {
            shares.add(total == 0 ? 100.0 / count : Math.round(weight / total * 1000) / 10.0);
        }
        return shares;
    }

    private static Text text(Random random) {
        return Text.of("da", pick(random, LABELS), "en", pick(random, LABELS));
    }

    private static List<String> distinct(Random random, String[] pool, int count) {
        var chosen = new LinkedHashSet<String>();
        while (chosen.size() < count) {
            chosen.add(pick(random, pool));
        }
        return List.copyOf(chosen);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
