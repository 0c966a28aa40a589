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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * Random valid studies for round-trip tests: every id unique and every reference sound, with awkward
 * strings and numbers, and charts of every type with every kind of annotation. Seeded, so a failure can be repeated.
 */
final class RandomStudies {

    private static final String[] WORDS = {
        "Som regel", "Sjældent", "Ved ikke", "Ærø", "naïve", "\"quoted\"", "back\\slash", "line\nbreak",
        "tab\there", "emoji 🙂", "עברית", "中文", "", " ", "{not json}", "[1, 2]", "null", "'single'", "\u0001ctl",
        "a/b", "$.tables[0]", "€ 1.000,50", "x".repeat(90)};
    private static final String[] LANGUAGES = {"da", "en", "en-GB", "de", Text.UNSPECIFIED, "sv"};
    private static final double[] NUMBERS = {
        0, -0.0, 100, 26.7, 0.1 + 0.2, 1e-7, 1e15, 123456789012345.6, Double.MIN_VALUE, Double.MAX_VALUE,
        -Double.MAX_VALUE, 33.333333333333336, Double.NaN, 5e-324, 1.0E20};

    private final Random random;

    RandomStudies(long seed) {
        this.random = new Random(seed);
    }

    Study next() {
        var scales = new ArrayList<Scale>();
        for (int s = 0, n = random.nextInt(4); s < n; s++) {
            scales.add(scale("s" + s));
        }
        var tables = new ArrayList<SurveyTable>();
        if (!scales.isEmpty()) {
            for (int t = 0, n = random.nextInt(4); t < n; t++) {
                tables.add(table("t" + t, pick(scales)));
            }
        }
        var benchmarks = new ArrayList<Benchmark>();
        for (int b = 0, n = random.nextInt(3); b < n; b++) {
            benchmarks.add(new Benchmark("b" + b, text(), finite(), random.nextBoolean() ? text() : null));
        }
        var gaps = new ArrayList<Gap>();
        if (!benchmarks.isEmpty()) {
            for (SurveyTable table : tables) {
                Practice practice = practice(table, scales);
                if (practice != null) {
                    gaps.add(new Gap("gap " + gaps.size(), pick(benchmarks).id(), practice));
                }
            }
        }
        var charts = new ArrayList<ChartSpec>();
        if (!tables.isEmpty()) {
            for (int c = 0, n = random.nextInt(4); c < n; c++) {
                SurveyTable table = pick(tables);
                charts.add(chart("chart " + c + " " + word(), table, scale(scales, table), gaps));
            }
        }
        return new Study(metadata(), scales, tables, benchmarks, gaps, charts);
    }

    /** A chart that uses only the fields of its type, so that it reads without warnings. */
    private ChartSpec chart(String id, SurveyTable table, Scale scale, List<Gap> gaps) {
        ChartType type = ChartType.values()[random.nextInt(ChartType.values().length)];
        SortOrder sort = random.nextBoolean() ? null : new SortOrder(measure(), random.nextBoolean());
        Measure measure = type == ChartType.GROUP_INDEX && random.nextBoolean() ? measure() : null;
        List<String> shown = type == ChartType.GOAL_VS_PRACTICE
                ? gaps.stream().map(Gap::id).filter(g -> random.nextBoolean()).toList() : List.of();
        PracticeMark mark = type == ChartType.GOAL_VS_PRACTICE && random.nextBoolean()
                ? PracticeMark.values()[random.nextInt(PracticeMark.values().length)] : null;
        var annotations = new ArrayList<Annotation>();
        for (int a = 0, n = random.nextInt(5); a < n; a++) {
            Annotation annotation = annotation("a" + a + " " + word(), table, scale, gaps);
            if (annotation != null) {
                annotations.add(annotation);
            }
        }
        return new ChartSpec(id, type, table.id(), maybeText(), maybeText(), maybeText(), sort, measure, shown, mark,
                annotations);
    }

    private Annotation annotation(String id, SurveyTable table, Scale scale, List<Gap> gaps) {
        return switch (random.nextInt(4)) {
            case 0 -> new Annotation.Note(id, text(), anchor(table, scale, gaps),
                    random.nextBoolean() ? new Annotation.Offset(finite(), finite()) : null, random.nextBoolean());
            case 1 -> new Annotation.Arrow(id, anchor(table, scale, gaps), anchor(table, scale, gaps), maybeText());
            case 2 -> new Annotation.ReferenceLine(id, finite(), maybeText());
            default -> table.items().isEmpty() ? null : new Annotation.Highlight(id, pick(table.items()).id());
        };
    }

    /** An item (perhaps one category of it), a group, a gap or a free point. */
    private AnnotationAnchor anchor(SurveyTable table, Scale scale, List<Gap> gaps) {
        int kind = random.nextInt(4);
        if (kind == 0 && !table.items().isEmpty()) {
            String category = random.nextBoolean() && scale.size() > 0 ? pick(scale.categories()).name() : null;
            return new AnnotationAnchor.DataPoint(pick(table.items()).id(), category);
        }
        if (kind == 1 && !table.groups().isEmpty()) {
            return new AnnotationAnchor.DataPoint(pick(table.groups()).id(), null);
        }
        if (kind == 2 && !gaps.isEmpty()) {
            return new AnnotationAnchor.DataPoint(pick(gaps).id(), null);
        }
        return new AnnotationAnchor.FreePoint(fraction(), fraction());
    }

    private double fraction() {
        double[] edges = {0, 1, -0.0, 0.5, 1e-7, 0.1 + 0.2, Double.MIN_VALUE, 1 - 1e-16};
        return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextDouble();
    }

    private Measure measure() {
        return Measure.values()[random.nextInt(Measure.values().length)];
    }

    private static Scale scale(List<Scale> scales, SurveyTable table) {
        return scales.stream().filter(s -> s.id().equals(table.scaleId())).findFirst().orElseThrow();
    }

    private Metadata metadata() {
        List<String> authors = random.nextBoolean() ? List.of() : List.of(word(), word());
        String language = random.nextBoolean() ? "da" : LANGUAGES[random.nextInt(LANGUAGES.length - 2)];
        return new Metadata(text(), maybeText(), authors, maybeText(), random.nextBoolean() ? "2017-05" : null,
                language.isEmpty() ? "en" : language, maybeText(), random.nextBoolean() ? random.nextInt(5000) : null);
    }

    private Scale scale(String id) {
        var categories = new ArrayList<Category>();
        var names = new LinkedHashSet<String>();
        for (int c = 0, n = 1 + random.nextInt(12); c < n; c++) {
            Text label = text();
            if (!names.add(label.text())) {
                continue;
            }
            categories.add(random.nextInt(5) == 0 ? Category.dontKnow(label) : Category.substantive(label, finite()));
        }
        List<String> all = List.copyOf(names);
        return new Scale(id, categories, subset(all), subset(all));
    }

    private SurveyTable table(String id, Scale scale) {
        var items = new ArrayList<Item>();
        String tag = random.nextBoolean() ? "group " + word() : null;
        for (int i = 0, n = random.nextInt(8); i < n; i++) {
            var tags = new LinkedHashMap<String, String>();
            if (tag != null && random.nextInt(4) > 0) {
                tags.put(tag, "g" + random.nextInt(3));
            }
            if (random.nextBoolean()) {
                tags.put(word(), word());
            }
            var shares = new ArrayList<Double>();
            for (int c = 0; c < scale.size(); c++) {
                shares.add(random.nextInt(3) == 0 ? NUMBERS[random.nextInt(NUMBERS.length)] : random.nextInt(1001) / 10.0);
            }
            Integer answers = random.nextInt(3) == 0 ? null : random.nextInt(5000);
            Double effective = answers == null || random.nextBoolean() ? null : answers * random.nextInt(1001) / 1000.0;
            items.add(new Item("item " + i + " " + word(), text(), maybeText(), tags, shares, answers, effective));
        }
        List<Group> groups = List.of();
        if (tag != null) {
            groups = items.stream().map(item -> item.tag(tag)).filter(v -> v != null).distinct()
                    .map(v -> new Group(v, random.nextBoolean() ? text() : null)).toList();
        } else if (random.nextInt(5) == 0) {
            groups = List.of(new Group("loose", null));
        }
        return new SurveyTable(id, text(), maybeText(), scale.id(), items, tag, groups);
    }

    private Practice practice(SurveyTable table, List<Scale> scales) {
        Measure measure = measure();
        int kind = random.nextInt(3);
        if (kind == 2 && !table.groups().isEmpty()) {
            return new Practice.GroupMeasure(table.id(), pick(table.groups()).id(), measure);
        }
        if (table.items().isEmpty()) {
            return null;
        }
        String item = pick(table.items()).id();
        Scale scale = scale(scales, table);
        if (kind == 0 && scale.size() > 0) {
            return new Practice.CategoryShare(table.id(), item, pick(scale.categories()).name());
        }
        return new Practice.ItemMeasure(table.id(), item, measure);
    }

    private Text text() {
        if (random.nextBoolean()) {
            return Text.of(word());
        }
        var byLanguage = new LinkedHashMap<String, String>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            byLanguage.put(LANGUAGES[random.nextInt(LANGUAGES.length)], word());
        }
        return new Text(byLanguage);
    }

    private Text maybeText() {
        return random.nextBoolean() ? text() : null;
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private double finite() {
        double value = NUMBERS[random.nextInt(NUMBERS.length)];
        return Double.isFinite(value) ? value : 75;
    }

    private List<String> subset(List<String> names) {
        return names.stream().filter(n -> random.nextInt(3) == 0).toList();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
