package dk.taktstok.analysis;

import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Gap;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Practice;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Derives the measures of a study: pure functions of the study, nothing cached. */
public final class Measures {

    private Measures() {
    }

    public static StudyMeasures of(Study study) {
        var tables = study.tables().stream()
                .map(table -> of(table, study.scaleOf(table), study.metadata().respondents()))
                .toList();
        var gaps = study.gaps().stream()
                .map(gap -> gap(study, tables, gap))
                .flatMap(Optional::stream)
                .toList();
        return new StudyMeasures(tables, gaps);
    }

    public static TableMeasures of(SurveyTable table, Scale scale) {
        return of(table, scale, null);
    }

    /**
     * The table's measures, with margins of error for items whose number of answers is known, or for
     * all when the study gives its number of {@code respondents} (null if it does not).
     */
    public static TableMeasures of(SurveyTable table, Scale scale, Integer respondents) {
        var measurer = new ItemMeasurer(scale);
        var items = table.items().stream()
                .map(item -> new ItemResult(item, table.groupOf(item), measurer.measure(item),
                        MarginsOfError.of(item, scale, measurer.boxes(), respondents)))
                .toList();
        var groups = new ArrayList<GroupResult>();
        for (Group group : table.groups()) {
            var members = items.stream().filter(r -> group.id().equals(r.group())).toList();
            groups.add(new GroupResult(group, members.size(), mean(members), margins(members)));
        }
        Balance balance = groups.size() >= 2
                ? new Balance(groups.get(0).group(), groups.get(1).group(),
                        difference(groups.get(0).means(), groups.get(1).means()),
                        combine(groups.get(0).margins(), groups.get(1).margins()))
                : null;
        return new TableMeasures(table, scale, measurer.boxes(), items, groups, balance);
    }

    /** The practice value a gap compares with, or empty when the gap's references do not resolve. */
    public static Optional<GapResult> gap(Study study, List<TableMeasures> tables, Gap gap) {
        Optional<Benchmark> benchmark = study.benchmark(gap.benchmarkId());
        Optional<TableMeasures> table = tables.stream()
                .filter(t -> t.table().id().equals(gap.practice().tableId()))
                .findFirst();
        if (benchmark.isEmpty() || table.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> practice = practiceValue(table.get(), gap.practice());
        double margin = practiceMargin(table.get(), gap.practice()).orElse(Double.NaN);
        return practice.map(value -> new GapResult(gap, benchmark.get(), value, benchmark.get().value() - value,
                margin));
    }

    /** The margin of a practice value; empty where it is not known. */
    static Optional<Double> practiceMargin(TableMeasures table, Practice practice) {
        return switch (practice) {
            case Practice.CategoryShare share -> {
                int category = table.scale().indexOf(share.category());
                yield table.item(share.itemId())
                        .filter(r -> category >= 0 && r.uncertainty() != null && category < r.uncertainty().shares().size())
                        .map(r -> r.uncertainty().shares().get(category));
            }
            case Practice.ItemMeasure measure -> table.item(measure.itemId())
                    .filter(r -> r.uncertainty() != null)
                    .map(r -> r.uncertainty().measures().get(measure.measure()));
            case Practice.GroupMeasure measure -> table.group(measure.groupId())
                    .map(g -> g.margins().get(measure.measure()));
        };
    }

    /** Each measure's group-index margin, NaN unless every member's margin is known. */
    private static ItemMeasures margins(List<ItemResult> members) {
        if (members.isEmpty() || members.stream().anyMatch(r -> r.uncertainty() == null)) {
            return ItemMeasures.UNKNOWN;
        }
        double[] values = new double[Measure.values().length];
        for (Measure measure : Measure.values()) {
            values[measure.ordinal()] = MarginsOfError.groupIndex(
                    members.stream().map(r -> r.uncertainty().measures().get(measure)).toList());
        }
        return fromValues(Double.NaN, values);
    }

    private static ItemMeasures combine(ItemMeasures a, ItemMeasures b) {
        double[] values = new double[Measure.values().length];
        for (Measure measure : Measure.values()) {
            values[measure.ordinal()] = MarginsOfError.difference(a.get(measure), b.get(measure));
        }
        return fromValues(Double.NaN, values);
    }

    private static ItemMeasures fromValues(double sum, double[] byMeasure) {
        return new ItemMeasures(sum, byMeasure[Measure.TOP_BOX.ordinal()], byMeasure[Measure.TOP_BOX_VALID.ordinal()],
                byMeasure[Measure.MEAN_SCORE.ordinal()], byMeasure[Measure.NET.ordinal()],
                byMeasure[Measure.DONT_KNOW.ordinal()]);
    }

    static Optional<Double> practiceValue(TableMeasures table, Practice practice) {
        return switch (practice) {
            case Practice.CategoryShare share -> {
                int category = table.scale().indexOf(share.category());
                yield table.table().item(share.itemId())
                        .filter(item -> category >= 0)
                        .map(item -> shareOf(item, category));
            }
            case Practice.ItemMeasure measure -> table.item(measure.itemId())
                    .map(r -> r.measures().get(measure.measure()));
            case Practice.GroupMeasure measure -> table.group(measure.groupId())
                    .map(g -> g.means().get(measure.measure()));
        };
    }

    private static double shareOf(Item item, int category) {
        return category < item.shares().size() ? item.share(category) : Double.NaN;
    }

    private static ItemMeasures mean(List<ItemResult> members) {
        return new ItemMeasures(
                mean(members, ItemMeasures::sum),
                mean(members, ItemMeasures::topBox),
                mean(members, ItemMeasures::topBoxValid),
                mean(members, ItemMeasures::meanScore),
                mean(members, ItemMeasures::net),
                mean(members, ItemMeasures::dontKnow));
    }

    private static double mean(List<ItemResult> members, ToDoubleFunction<ItemMeasures> measure) {
        if (members.isEmpty()) {
            return Double.NaN;
        }
        double total = 0;
        for (ItemResult member : members) {
            total += measure.applyAsDouble(member.measures());
        }
        return total / members.size();
    }

    private static ItemMeasures difference(ItemMeasures a, ItemMeasures b) {
        return new ItemMeasures(a.sum() - b.sum(), a.topBox() - b.topBox(), a.topBoxValid() - b.topBoxValid(),
                a.meanScore() - b.meanScore(), a.net() - b.net(), a.dontKnow() - b.dontKnow());
    }
}
