package dk.taktstok.analysis;

import dk.taktstok.model.Banner;
import dk.taktstok.model.Item;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A pollster's banner table as groups to compare: such a table is read with the groups as its items, each
 * with its base as n and its banner's heading as the tag {@code banner} ("Gender" over "Male",
 * "Female"). Here the total column becomes the whole, and the groups under each heading a {@link Banner},
 * so that {@link Crosstabs} tests them as it tests groups counted from respondent rows. The rest of a
 * group is the whole less the group (a report gives no more); the n are the published bases, and where
 * the shares are weighted, the effective n is not published, so the tests take the bases as they are.
 */
public final class BannerGroups {

    /** The tag a banner table's items carry (io.table.BannerBlocks writes it). */
    public static final String TAG = "banner";

    private BannerGroups() {
    }

    /**
     * The table's whole and banners, the whole a study of one table with the total's item alone.
     *
     * @param whole   the study with the total column only
     * @param banners one per heading with at least two groups, in the table's order
     */
    public record Groups(Study whole, List<Banner> banners) {
    }

    /** Whether a table is a banner table: some of its items carry a banner heading. */
    public static boolean isBanner(SurveyTable table) {
        return table.items().stream().anyMatch(i -> i.tag(TAG) != null);
    }

    public static Groups of(Study study, SurveyTable table) {
        Item total = table.items().stream().filter(i -> i.tag(TAG) == null && isTotal(i)).findFirst()
                .orElse(table.items().getFirst());
        Study whole = single(study, table, total);
        Map<String, List<Item>> byHeading = new LinkedHashMap<>();
        for (Item item : table.items()) {
            String heading = item.tag(TAG);
            if (heading != null && !isTotal(item)) {
                byHeading.computeIfAbsent(heading, h -> new ArrayList<>()).add(item);
            }
        }
        var banners = new ArrayList<Banner>();
        for (var heading : byHeading.entrySet()) {
            if (heading.getValue().size() < 2) {
                continue;
            }
            var columns = new ArrayList<Banner.Column>();
            for (Item group : heading.getValue()) {
                Item asTotal = new Item(total.id(), total.label(), total.shortLabel(), total.tags(), group.shares(),
                        group.n(), group.effectiveN());
                columns.add(new Banner.Column(group.label().in(study.language()), group.n(), single(study, table, asTotal),
                        null));
            }
            banners.add(new Banner(heading.getKey(), null, columns));
        }
        return new Groups(whole, banners);
    }

    /** "Total", "Total (Age)", "I alt": a column of everyone, not a group. */
    private static boolean isTotal(Item item) {
        String label = item.label().in("en").strip().toLowerCase(Locale.ROOT);
        return label.equals("total") || label.startsWith("total (") || label.equals("i alt") || label.equals("all")
                || label.equals("alle");
    }

    private static Study single(Study study, SurveyTable table, Item item) {
        Metadata metadata = study.metadata();
        return new Study(metadata, study.scales(), List.of(table.withItems(List.of(item))), List.of(), List.of());
    }
}
