package dk.taktstok.claims;

import dk.taktstok.analysis.Balance;
import dk.taktstok.analysis.GapResult;
import dk.taktstok.analysis.GroupResult;
import dk.taktstok.analysis.ItemResult;
import dk.taktstok.analysis.MarginsOfError;
import dk.taktstok.analysis.ScaleBoxes;
import dk.taktstok.analysis.TableMeasures;
import dk.taktstok.analysis.Uncertainty;
import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Practice;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes the study's figures for claim check: an item's share, sum of answers or measure, a group's index,
 * a balance, a goal, a gap, and the difference or ratio of two figures — each with its margin of error,
 * its cells and its formula worked out in the report's language.
 */
final class FigureMaker {

    private final StudyIndex index;
    private final ClaimTexts texts;
    private final Places places;
    private final String language;

    FigureMaker(StudyIndex index, ClaimTexts texts, Places places) {
        this.index = index;
        this.texts = texts;
        this.places = places;
        this.language = texts.language();
    }

    private TableMeasures table(int t) {
        return index.measures().tables().get(t);
    }

    /**
     * The aspect as the table knows it: named answers that make its top box are the top box, its
     * "don't know" answers the don't-know measure; null where the table's kind has no such number (a
     * nominal question has no top box, no mean score, no net).
     */
    Aspect normalise(int t, Aspect aspect) {
        TableMeasures table = table(t);
        ScaleKind kind = table.scale().kind();
        ScaleBoxes boxes = table.boxes();
        if (aspect instanceof Aspect.Categories c) {
            var named = new HashSet<>(c.indexes());
            if (kind.hasTopBox() && !boxes.topBox().isEmpty() && named.equals(new HashSet<>(boxes.topBox()))) {
                return new Aspect.Of(Measure.TOP_BOX);
            }
            if (!boxes.dontKnowOnly().isEmpty() && named.equals(new HashSet<>(boxes.dontKnowOnly()))) {
                return new Aspect.Of(Measure.DONT_KNOW);
            }
            return c;
        }
        Measure measure = ((Aspect.Of) aspect).measure();
        boolean fits = switch (measure) {
            case TOP_BOX, TOP_BOX_VALID -> kind.hasTopBox();
            case MEAN_SCORE, NET -> kind.hasScores();
            case DONT_KNOW -> !boxes.dontKnowOnly().isEmpty();
        };
        return fits ? aspect : null;
    }

    /** Whether an aspect's number changes with the base: a sum of substantive answers, or the top box. */
    boolean hasOtherBase(int t, Aspect aspect) {
        ScaleBoxes boxes = table(t).boxes();
        if (boxes.dontKnow().isEmpty()) {
            return false;
        }
        return switch (aspect) {
            case Aspect.Categories c -> boxes.substantive().containsAll(c.indexes());
            case Aspect.Of of -> of.measure() == Measure.TOP_BOX;
        };
    }

    /** An item's figure on a base; null where it cannot be computed. */
    Figure item(int t, int i, Aspect aspect, Base base) {
        TableMeasures table = table(t);
        ItemResult result = table.items().get(i);
        Uncertainty u = result.uncertainty();
        String subject = result.item().displayLabel(language);
        return switch (aspect) {
            case Aspect.Categories c -> categories(t, i, c.indexes(), base, subject, u);
            case Aspect.Of of when of.measure() == Measure.TOP_BOX && base == Base.ANSWERED ->
                    measure(t, i, Measure.TOP_BOX_VALID, subject, u);
            case Aspect.Of of -> measure(t, i, of.measure(), subject, u);
        };
    }

    private Figure categories(int t, int i, List<Integer> named, Base base, String subject, Uncertainty u) {
        TableMeasures table = table(t);
        var item = table.items().get(i).item();
        double sum = sum(item.shares(), named);
        List<String> labels = labels(t, named);
        String values = values(item.shares(), named);
        if (base == Base.ALL) {
            double margin = u == null ? Double.NaN
                    : named.size() == 1 ? u.shares().get(named.getFirst()) : MarginsOfError.share(sum, u.effectiveN());
            String formula = named.size() == 1
                    ? texts.get("formula.share", labels.getFirst(), texts.value(sum))
                    : texts.get("formula.sum", String.join(" + ", labels), values, texts.value(sum));
            return figure(named.size() == 1 ? Figure.Kind.SHARE : Figure.Kind.SUM, t, i, labels, null, base, sum, margin,
                    formula, cells(t, List.of(i), named));
        }
        List<Integer> substantive = table.boxes().substantive();
        double all = sum(item.shares(), substantive);
        double rebased = all > 0 ? sum / all * 100 : Double.NaN;
        double margin = u == null ? Double.NaN : MarginsOfError.share(rebased, u.effectiveN() * all / 100);
        String formula = texts.get("formula.rebased", values, values(item.shares(), substantive), texts.value(sum),
                texts.value(all), texts.value(rebased));
        return figure(named.size() == 1 ? Figure.Kind.SHARE : Figure.Kind.SUM, t, i, labels, null, base, rebased, margin,
                formula, cells(t, List.of(i), substantive));
    }

    private Figure measure(int t, int i, Measure measure, String subject, Uncertainty u) {
        TableMeasures table = table(t);
        ItemResult result = table.items().get(i);
        double value = result.measures().get(measure);
        double margin = u == null ? Double.NaN : u.measures().get(measure);
        ScaleBoxes boxes = table.boxes();
        var shares = result.item().shares();
        String name = texts.get("measure." + measure.key());
        String formula = switch (measure) {
            case TOP_BOX -> boxes.topBox().size() == 1
                    ? texts.get("formula.share", name + " (" + labels(t, boxes.topBox()).getFirst() + ")", texts.value(value))
                    : texts.get("formula.topBox", name, String.join(" + ", labels(t, boxes.topBox())),
                            values(shares, boxes.topBox()), texts.value(value));
            case TOP_BOX_VALID -> texts.get("formula.topBoxValid", name, texts.value(sum(shares, boxes.topBox())),
                    values(shares, boxes.substantive()), texts.value(sum(shares, boxes.substantive())), texts.value(value));
            case MEAN_SCORE -> texts.get("formula.meanScore", name, weighted(t, shares),
                    texts.plain(boxes.maxScore() - boxes.minScore(), 2), texts.value(sum(shares, boxes.substantive())),
                    texts.value(value));
            case NET -> texts.get("formula.net", name, texts.value(sum(shares, boxes.topBox())),
                    values(shares, boxes.bottomBox()), texts.value(value));
            case DONT_KNOW -> boxes.dontKnowOnly().size() == 1
                    ? texts.get("formula.share", labels(t, boxes.dontKnowOnly()).getFirst(), texts.value(value))
                    : texts.get("formula.sum", String.join(" + ", labels(t, boxes.dontKnowOnly())),
                            values(shares, boxes.dontKnowOnly()), texts.value(value));
        };
        List<Integer> behind = behind(measure, boxes);
        Base base = switch (measure) {
            case TOP_BOX, DONT_KNOW -> Base.ALL;
            case TOP_BOX_VALID -> Base.ANSWERED;
            case MEAN_SCORE, NET -> null;
        };
        List<String> categories = measure == Measure.TOP_BOX || measure == Measure.DONT_KNOW
                ? labels(t, behind) : List.of();
        return figure(Figure.Kind.MEASURE, t, i, categories, measure, base, value, margin, formula,
                cells(t, List.of(i), behind));
    }

    /** A group's index of a measure; on {@link Base#ANSWERED} the top box is the top box among valid answers. */
    Figure group(int t, int g, Measure measure, Base base) {
        Measure m = measure == Measure.TOP_BOX && base == Base.ANSWERED ? Measure.TOP_BOX_VALID : measure;
        TableMeasures table = table(t);
        GroupResult group = table.groups().get(g);
        var members = table.items().stream().filter(r -> group.group().id().equals(r.group())).toList();
        double value = group.means().get(m);
        String terms = members.stream().map(r -> texts.value(r.measures().get(m))).collect(Collectors.joining(" + "));
        String name = texts.get("measure." + m.key());
        String formula = texts.get("formula.group", name, members.size(), terms, texts.value(value));
        var rows = new ArrayList<Integer>();
        for (int i = 0; i < table.items().size(); i++) {
            if (group.group().id().equals(table.items().get(i).group())) {
                rows.add(i);
            }
        }
        List<Integer> behind = behind(m, table.boxes());
        SurveyTable surveyTable = table.table();
        return new Figure(Figure.Kind.GROUP, surveyTable.id(), null, group.group().id(), null, null,
                surveyTable.title().in(language), group.group().label().in(language), List.of(), m,
                baseOf(m), value, group.margins().get(m), formula, cells(t, rows, behind), List.of());
    }

    /** The first group's index minus the second's, in points. */
    Figure balance(int t, Measure measure) {
        TableMeasures table = table(t);
        Balance balance = table.balance();
        Figure first = group(t, 0, measure, Base.ALL);
        Figure second = group(t, 1, measure, Base.ALL);
        double value = balance.difference().get(measure);
        String name = texts.get("measure." + measure.key());
        String formula = texts.get("formula.balance", name, first.subject(), second.subject(), texts.value(first.value()),
                texts.value(second.value()), texts.value(value));
        return new Figure(Figure.Kind.BALANCE, table.table().id(), null, null, null, null,
                table.table().title().in(language), first.subject() + " − " + second.subject(), List.of(), measure,
                null, value, balance.margins().get(measure), formula, List.of(), List.of(first, second));
    }

    Figure benchmark(int b) {
        Benchmark benchmark = index.study().benchmarks().get(b);
        String label = benchmark.label().in(language);
        String formula = benchmark.source() == null
                ? texts.get("formula.benchmark.plain", label, texts.plain(benchmark.value(), 2))
                : texts.get("formula.benchmark", label, texts.plain(benchmark.value(), 2), benchmark.source().in(language));
        return new Figure(Figure.Kind.BENCHMARK, null, null, null, benchmark.id(), null, null, label, List.of(), null,
                null, benchmark.value(), Double.NaN, formula, List.of(), List.of());
    }

    /** A gap: the goal minus its practice figure, in points; null where the practice cannot be found. */
    Figure gap(GapResult gap) {
        int b = index.study().benchmarks().indexOf(gap.benchmark());
        Figure goal = benchmark(b);
        Figure practice = practice(gap.gap().practice());
        if (practice == null) {
            return null;
        }
        String formula = texts.get("formula.gap", goal.subject(), practice.subject(), texts.plain(goal.value(), 2),
                texts.value(practice.value()), texts.value(gap.points()));
        return new Figure(Figure.Kind.GAP, practice.tableId(), practice.itemId(), practice.groupId(), goal.benchmarkId(),
                gap.gap().id(), practice.table(), goal.subject() + " − " + practice.subject(), practice.categories(),
                practice.measure(), null, gap.points(), gap.margin(), formula, List.of(), List.of(goal, practice));
    }

    private Figure practice(Practice practice) {
        int t = tableIndex(practice.tableId());
        if (t < 0) {
            return null;
        }
        SurveyTable table = table(t).table();
        return switch (practice) {
            case Practice.CategoryShare share -> {
                int c = table(t).scale().indexOf(share.category());
                int i = table.indexOf(share.itemId());
                yield c < 0 || i < 0 ? null : item(t, i, new Aspect.Categories(List.of(c)), Base.ALL);
            }
            case Practice.ItemMeasure m -> {
                int i = table.indexOf(m.itemId());
                yield i < 0 ? null : item(t, i, new Aspect.Of(m.measure()), Base.ALL);
            }
            case Practice.GroupMeasure m -> {
                int g = table.groups().indexOf(table.group(m.groupId()).orElse(null));
                yield g < 0 ? null : group(t, g, m.measure(), Base.ALL);
            }
        };
    }

    /** The first figure minus the second, in points; its margin that of a difference of two. */
    Figure difference(Figure a, Figure b) {
        double value = a.value() - b.value();
        String formula = texts.get("formula.difference", a.subject(), b.subject(), texts.value(a.value()),
                texts.value(b.value()), texts.value(value));
        return new Figure(Figure.Kind.DIFFERENCE, a.tableId(), null, null, null, null, a.table(),
                a.subject() + " − " + b.subject(), a.categories(), a.measure(), a.base(), value,
                MarginsOfError.difference(a.margin(), b.margin()), formula, List.of(), List.of(a, b));
    }

    /** The first figure divided by the second; its margin that of their difference, in points. */
    Figure ratio(Figure a, Figure b) {
        double value = b.value() != 0 ? a.value() / b.value() : Double.NaN;
        String formula = texts.get("formula.ratio", a.subject(), b.subject(), texts.value(a.value()),
                texts.value(b.value()), texts.plain(Math.round(value * 100) / 100.0, 2));
        return new Figure(Figure.Kind.RATIO, a.tableId(), null, null, null, null, a.table(),
                a.subject() + " / " + b.subject(), a.categories(), a.measure(), a.base(), value,
                MarginsOfError.difference(a.margin(), b.margin()), formula, List.of(), List.of(a, b));
    }

    int tableIndex(String tableId) {
        var tables = index.study().tables();
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t).id().equals(tableId)) {
                return t;
            }
        }
        return -1;
    }

    private Figure figure(Figure.Kind kind, int t, int i, List<String> categories, Measure measure, Base base,
                          double value, double margin, String formula, List<Cell> cells) {
        SurveyTable table = table(t).table();
        var item = table.items().get(i);
        return new Figure(kind, table.id(), item.id(), null, null, null, table.title().in(language),
                item.displayLabel(language), categories, measure, base, value, margin, formula, cells, List.of());
    }

    private List<Cell> cells(int t, List<Integer> rows, List<Integer> categories) {
        var cells = new ArrayList<Cell>();
        TableMeasures table = table(t);
        for (int i : rows) {
            var item = table.items().get(i).item();
            for (int c : categories) {
                cells.add(new Cell(table.table().id(), item.id(), i, c, table.scale().category(c).label().in(language),
                        c < item.shares().size() ? item.share(c) : Double.NaN, places.share(t, i, c)));
            }
        }
        return cells;
    }

    private List<String> labels(int t, List<Integer> categories) {
        return categories.stream().map(c -> table(t).scale().category(c).label().in(language)).toList();
    }

    private String values(List<Double> shares, List<Integer> categories) {
        return categories.stream().map(c -> texts.value(shares.get(c))).collect(Collectors.joining(" + "));
    }

    private String weighted(int t, List<Double> shares) {
        ScaleBoxes boxes = table(t).boxes();
        return boxes.substantive().stream()
                .map(c -> texts.plain(table(t).scale().category(c).score() - boxes.minScore(), 2) + "·"
                        + texts.value(shares.get(c)))
                .collect(Collectors.joining(" + "));
    }

    private static double sum(List<Double> shares, List<Integer> categories) {
        double total = 0;
        for (int c : categories) {
            total += c < shares.size() ? shares.get(c) : Double.NaN;
        }
        return total;
    }

    /** The categories whose shares a measure is computed from. */
    private static List<Integer> behind(Measure measure, ScaleBoxes boxes) {
        return switch (measure) {
            case TOP_BOX -> boxes.topBox();
            case TOP_BOX_VALID, MEAN_SCORE -> boxes.substantive();
            case NET -> union(boxes.topBox(), boxes.bottomBox());
            case DONT_KNOW -> boxes.dontKnowOnly();
        };
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        var all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all.stream().sorted().toList();
    }

    private static Base baseOf(Measure measure) {
        return switch (measure) {
            case TOP_BOX, DONT_KNOW -> Base.ALL;
            case TOP_BOX_VALID -> Base.ANSWERED;
            case MEAN_SCORE, NET -> null;
        };
    }
}
