package dk.taktstok.analysis;

import dk.taktstok.model.Banner;
import dk.taktstok.model.Item;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts a study's items by the groups of a banner and tests the differences (docs/measures.md,
 * "Differences between groups"): per share and measure each group against every other (pairs) and
 * against the rest of the respondents, shares and box measures with the pooled two-proportion z test,
 * mean scores with Welch's t test, p-values adjusted over the row's family of tests; per item a
 * chi-square test of the whole distribution. Sizes are effective sizes.
 */
public final class Crosstabs {

    /** The measures tested: {@code net} and {@code sum} are not shares or means of one answer. */
    private static final List<Measure> TESTED = List.of(Measure.TOP_BOX, Measure.TOP_BOX_VALID, Measure.MEAN_SCORE,
            Measure.DONT_KNOW);

    private Crosstabs() {
    }

    /** The letter of the {@code index}-th group: A…Z, then AA, AB…. */
    public static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : letter(index / 26 - 1) + letter(index % 26);
    }

    /**
     * @param firstLetter the index of the first group's letter, so that several banners' letters do not repeat
     */
    public static Crosstab of(Study total, Banner banner, CrosstabOptions options, int firstLetter) {
        var groups = new ArrayList<Crosstab.Group>();
        for (int g = 0; g < banner.columns().size(); g++) {
            Banner.Column column = banner.columns().get(g);
            groups.add(new Crosstab.Group(column.label(), letter(firstLetter + g), column.respondents()));
        }
        var tables = new ArrayList<Crosstab.Table>();
        for (SurveyTable table : total.tables()) {
            Scale scale = total.scaleOf(table);
            var measurer = new ItemMeasurer(scale);
            var items = new ArrayList<Crosstab.ItemRows>();
            for (Item item : table.items()) {
                if (!item.id().equals(banner.itemId())) {
                    items.add(item(table, item, scale, measurer, banner, groups, options));
                }
            }
            if (!items.isEmpty()) {
                tables.add(new Crosstab.Table(table, items));
            }
        }
        return new Crosstab(banner.name(), groups, tables, options);
    }

    private static Crosstab.ItemRows item(SurveyTable table, Item item, Scale scale, ItemMeasurer measurer, Banner banner,
                                          List<Crosstab.Group> groups, CrosstabOptions options) {
        int k = banner.columns().size();
        Item[] own = new Item[k];
        Item[] rest = new Item[k];
        for (int g = 0; g < k; g++) {
            Banner.Column column = banner.columns().get(g);
            own[g] = find(column.study(), table.id(), item.id()).orElse(null);
            rest[g] = column.rest() != null ? find(column.rest(), table.id(), item.id()).orElse(null)
                    : own[g] == null ? null : complement(item, own[g], column.respondents());
        }
        var rows = new ArrayList<Crosstab.Row>();
        for (int c = 0; c < scale.size(); c++) {
            int category = c;
            rows.add(row("share", scale.category(c).name(), "z", item, own, rest, groups, options, scale, measurer,
                    it -> shareValue(it, category)));
        }
        ItemMeasures totalMeasures = measurer.measure(item);
        for (Measure measure : TESTED) {
            if (Double.isNaN(totalMeasures.get(measure))
                    || measure == Measure.DONT_KNOW && measurer.boxes().dontKnowOnly().isEmpty()) {
                continue;
            }
            String test = measure == Measure.MEAN_SCORE ? "t" : "z";
            rows.add(row(measure.key(), measure.key(), test, item, own, rest, groups, options, scale, measurer,
                    it -> measureValue(it, measure, scale, measurer)));
        }
        return new Crosstab.ItemRows(item, chiSquare(own, scale, options, banner), rows);
    }

    /** A value of an item and the sample a test takes it as. */
    private record Valued(double value, Sample sample) {
        static final Valued NONE = new Valued(Double.NaN, Sample.EMPTY);
    }

    private interface Valuer {
        Valued of(Item item);
    }

    private static Crosstab.Row row(String key, String label, String test, Item totalItem, Item[] own, Item[] rest,
                                    List<Crosstab.Group> groups, CrosstabOptions options, Scale scale,
                                    ItemMeasurer measurer, Valuer valuer) {
        int k = own.length;
        Valued[] values = new Valued[k];
        Valued[] rests = new Valued[k];
        boolean[] small = new boolean[k];
        int[] n = new int[k];
        double[] effective = new double[k];
        for (int g = 0; g < k; g++) {
            values[g] = own[g] == null ? Valued.NONE : valuer.of(own[g]);
            rests[g] = rest[g] == null ? Valued.NONE : valuer.of(rest[g]);
            n[g] = own[g] == null ? 0 : sizeOf(own[g], groups.get(g).respondents());
            effective[g] = own[g] == null ? 0 : effectiveOf(own[g], groups.get(g).respondents());
            small[g] = n[g] < options.minN();
        }
        // pairs among the groups tested, adjusted together
        var pairIndex = new ArrayList<int[]>();
        var pairP = new ArrayList<Double>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (!small[i] && !small[j]) {
                    pairIndex.add(new int[] {i, j});
                    pairP.add(test(test, values[i].sample(), values[j].sample()).p());
                }
            }
        }
        double[] adjustedPairs = options.correction().adjust(pairP.stream().mapToDouble(Double::doubleValue).toArray());
        var pairs = new ArrayList<List<Crosstab.Pair>>();
        var higher = new ArrayList<List<String>>();
        for (int g = 0; g < k; g++) {
            pairs.add(new ArrayList<>(java.util.Collections.nCopies(k, null)));
            higher.add(new ArrayList<>());
        }
        for (int x = 0; x < pairIndex.size(); x++) {
            int i = pairIndex.get(x)[0];
            int j = pairIndex.get(x)[1];
            double p = pairP.get(x);
            double adjusted = adjustedPairs[x];
            pairs.get(i).set(j, new Crosstab.Pair(groups.get(j).letter(), p, adjusted));
            pairs.get(j).set(i, new Crosstab.Pair(groups.get(i).letter(), p, adjusted));
            if (adjusted < options.alpha()) {
                if (values[i].value() > values[j].value()) {
                    higher.get(i).add(groups.get(j).letter());
                } else if (values[j].value() > values[i].value()) {
                    higher.get(j).add(groups.get(i).letter());
                }
            }
        }
        // each group against the rest of the respondents, adjusted together
        TestResult[] vsRest = new TestResult[k];
        double[] restP = new double[k];
        for (int g = 0; g < k; g++) {
            vsRest[g] = small[g] || rest[g] == null || sizeOf(rest[g], null) < options.minN()
                    ? TestResult.NONE : test(test, values[g].sample(), rests[g].sample());
            restP[g] = vsRest[g].p();
        }
        double[] restAdjusted = options.correction().adjust(restP);
        var cells = new ArrayList<Crosstab.Cell>();
        for (int g = 0; g < k; g++) {
            higher.get(g).sort(null);
            cells.add(new Crosstab.Cell(values[g].value(), n[g], effective[g], small[g], higher.get(g), pairs.get(g),
                    vsRest[g], restAdjusted[g], rests[g].value(), options.alpha()));
        }
        return new Crosstab.Row(key, label, test, valuer.of(totalItem).value(), cells);
    }

    private static TestResult test(String test, Sample a, Sample b) {
        return test.equals("t") ? Significance.welch(a, b) : Significance.proportions(a, b);
    }

    private static Valued shareValue(Item item, int category) {
        if (category >= item.shares().size()) {
            return Valued.NONE;
        }
        double share = item.share(category);
        return proportion(share, effectiveOf(item, null));
    }

    private static Valued proportion(double percent, double effectiveN) {
        if (!Double.isFinite(percent) || !(effectiveN > 0)) {
            return new Valued(percent, Sample.EMPTY);
        }
        double p = percent / 100;
        double variance = effectiveN > 1 ? p * (1 - p) * effectiveN / (effectiveN - 1) : 0;
        return new Valued(percent, Sample.of(p, variance, effectiveN));
    }

    private static Valued measureValue(Item item, Measure measure, Scale scale, ItemMeasurer measurer) {
        ItemMeasures m = measurer.measure(item);
        double value = m.get(measure);
        double effective = effectiveOf(item, null);
        if (!Double.isFinite(value)) {
            return new Valued(value, Sample.EMPTY);
        }
        ScaleBoxes boxes = measurer.boxes();
        double substantive = 0;
        for (int i : boxes.substantive()) {
            substantive += item.share(i);
        }
        return switch (measure) {
            case TOP_BOX, DONT_KNOW -> proportion(value, effective);
            case TOP_BOX_VALID -> proportion(value, effective * substantive / 100);
            case MEAN_SCORE -> new Valued(value, scores(item, scale, boxes, effective * substantive / 100));
            case NET -> new Valued(value, Sample.EMPTY);
        };
    }

    /** The sample of substantive answers' scores (0–100): their mean, and their variance from the distribution. */
    private static Sample scores(Item item, Scale scale, ScaleBoxes boxes, double effectiveN) {
        double range = boxes.maxScore() - boxes.minScore();
        double total = 0;
        for (int i : boxes.substantive()) {
            total += item.share(i);
        }
        if (!(range > 0) || !(total > 0) || !(effectiveN > 1)) {
            return Sample.EMPTY;
        }
        double mean = 0;
        double square = 0;
        for (int i : boxes.substantive()) {
            double s = (scale.category(i).score() - boxes.minScore()) / range * 100;
            double pi = item.share(i) / total;
            mean += pi * s;
            square += pi * s * s;
        }
        double population = Math.max(0, square - mean * mean);
        return Sample.of(mean, population * effectiveN / (effectiveN - 1), effectiveN);
    }

    /** The χ² test of the item's distribution across the groups tested: shares times effective n. */
    private static TestResult chiSquare(Item[] own, Scale scale, CrosstabOptions options, Banner banner) {
        var columns = new ArrayList<double[]>();
        for (int g = 0; g < own.length; g++) {
            Item item = own[g];
            if (item == null || sizeOf(item, banner.columns().get(g).respondents()) < options.minN()
                    || item.shares().size() != scale.size()) {
                continue;
            }
            double effective = effectiveOf(item, banner.columns().get(g).respondents());
            double[] counts = new double[scale.size()];
            for (int c = 0; c < counts.length; c++) {
                double share = item.share(c);
                counts[c] = Double.isFinite(share) ? share / 100 * effective : Double.NaN;
            }
            columns.add(counts);
        }
        if (columns.size() < 2) {
            return TestResult.NONE;
        }
        double[][] table = new double[scale.size()][columns.size()];
        for (int g = 0; g < columns.size(); g++) {
            for (int c = 0; c < scale.size(); c++) {
                table[c][g] = columns.get(g)[c];
            }
        }
        return Significance.chiSquare(table);
    }

    /**
     * The rest of the respondents when only the whole and the group are known: the whole's answers less
     * the group's, in counts (share × n), over n less the group's n. With weights the effective n is the
     * rest's n times the whole's ratio of effective n to n (the weights of the rest are not known).
     */
    static Item complement(Item whole, Item group, Integer groupRespondents) {
        Integer wholeN = whole.n();
        int groupN = sizeOf(group, groupRespondents);
        if (wholeN == null || groupN <= 0 || wholeN - groupN <= 0 || whole.shares().size() != group.shares().size()) {
            return null;
        }
        int restN = wholeN - groupN;
        var shares = new ArrayList<Double>();
        for (int c = 0; c < whole.shares().size(); c++) {
            double counted = whole.share(c) * wholeN - group.share(c) * groupN;
            shares.add(Math.max(0, counted / restN));
        }
        Double effective = whole.effectiveN() == null ? null : whole.effectiveN() / wholeN * restN;
        return new Item(whole.id(), whole.label(), whole.shortLabel(), whole.tags(), shares, restN, effective);
    }

    private static int sizeOf(Item item, Integer respondents) {
        return item.n() != null ? item.n() : respondents != null ? respondents : 0;
    }

    private static double effectiveOf(Item item, Integer respondents) {
        return item.effectiveN() != null ? item.effectiveN() : sizeOf(item, respondents);
    }

    private static Optional<Item> find(Study study, String tableId, String itemId) {
        return study.table(tableId).flatMap(t -> t.items().stream().filter(i -> i.id().equals(itemId)).findFirst());
    }
}
