package dk.taktstok.testing;

import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Category;
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
import java.util.List;
import java.util.Map;

/**
 * The seed table (../shared/seed/initiative-table.csv) built by hand, so that measure tests do not
 * depend on any reader.
 */
public final class SampleFixture {

    public static final List<String> CATEGORIES = List.of("Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke");

    public static final double[][] SHARES = {
        {26.7, 46.4, 8.8, 5.5, 12.7},
        {15.5, 46.7, 17.9, 6.7, 13.3},
        {32.1, 47.6, 9.1, 2.4, 8.8},
        {9.7, 41.8, 16.4, 8.5, 23.6},
        {14.8, 49.4, 18.5, 3.9, 13.3},
        {4.2, 46.1, 24.2, 8.2, 17.3},
    };

    private SampleFixture() {
    }

    public static Scale scale() {
        return new Scale("frequency", List.of(
                Category.substantive(Text.of("Som regel"), 3),
                Category.substantive(Text.of("Somme tider"), 2),
                Category.substantive(Text.of("Sjældent"), 1),
                Category.substantive(Text.of("Aldrig"), 0),
                Category.dontKnow(Text.of("Ved ikke"))));
    }

    public static Item row(int number) {
        double[] shares = SHARES[number - 1];
        var list = new ArrayList<Double>();
        for (double share : shares) {
            list.add(share);
        }
        String group = number <= 4 ? "municipality" : "civil";
        return new Item("r" + number, Text.of("Row " + number), null, Map.of("initiator", group), list);
    }

    public static SurveyTable table() {
        var items = new ArrayList<Item>();
        for (int i = 1; i <= SHARES.length; i++) {
            items.add(row(i));
        }
        return new SurveyTable("initiative", Text.of("Initiative"), null, "frequency", items, "initiator",
                List.of(new Group("municipality", Text.of("Municipality")), new Group("civil", Text.of("Civil"))));
    }

    public static Study study() {
        return new Study(Metadata.titled("Sample", "da"), List.of(scale()), List.of(table()),
                List.of(new Benchmark("goal", Text.of("Want stronger civil actors"), 75, null)),
                List.of(new Gap("gap-r5", "goal", new Practice.CategoryShare("initiative", "r5", "Som regel")),
                        new Gap("gap-r6", "goal", new Practice.CategoryShare("initiative", "r6", "Som regel")),
                        new Gap("gap-r3", "goal", new Practice.CategoryShare("initiative", "r3", "Som regel"))));
    }
}
