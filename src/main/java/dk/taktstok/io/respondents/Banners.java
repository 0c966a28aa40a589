package dk.taktstok.io.respondents;

import dk.taktstok.io.Problem;
import dk.taktstok.model.Banner;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The studies of the groups of each --by column: each group's respondents, and the rest, counted into
 * tables as the whole is, then put on the whole study's tables and scales, so that group and whole
 * compare item by item and answer by answer.
 */
final class Banners {

    private Banners() {
    }

    static List<Banner> of(RespondentRows rows, Study whole, String sheetName, String fileTitle, CodeLabels codes,
                           List<Problem> problems) {
        var banners = new ArrayList<Banner>();
        for (RespondentRows.Split split : rows.splits()) {
            if (split.overflow) {
                problems.add(Problem.warning(rows.locator().at(rows.headerRow(), split.column), "'"
                        + RespondentRows.shorten(split.name) + "' has more than " + RespondentRows.Split.MAX_GROUPS
                        + " different values; the first " + RespondentRows.Split.MAX_GROUPS + " are its groups, and"
                        + " respondents with the others are in none"));
            }
            var columns = new ArrayList<Banner.Column>();
            for (int g = 0; g < split.parts.size(); g++) {
                RespondentRows.Split.Part part = split.parts.get(g);
                Study own = aligned(whole, study(rows.view(part, false), sheetName, fileTitle, codes));
                Study rest = aligned(whole, study(rows.view(part, true), sheetName, fileTitle, codes));
                columns.add(new Banner.Column(split.labels.get(g), (int) Math.min(part.respondents, Integer.MAX_VALUE),
                        own, rest));
            }
            columns.sort(java.util.Comparator.comparing(Banner.Column::label, Banners::compareLabels));
            banners.add(new Banner(split.name, "q" + (split.column + 1), columns));
        }
        return banners;
    }

    /** Labels in their natural order: by the number they start with ("18-29", "30-49"), else alphabetically. */
    static int compareLabels(String a, String b) {
        double x = leadingNumber(a);
        double y = leadingNumber(b);
        if (!Double.isNaN(x) && !Double.isNaN(y) && x != y) {
            return Double.compare(x, y);
        }
        return java.text.Collator.getInstance(java.util.Locale.ROOT).compare(a, b);
    }

    private static double leadingNumber(String label) {
        var m = java.util.regex.Pattern.compile("^\\s*(\\d+(?:[.,]\\d+)?)").matcher(label);
        return m.find() ? Double.parseDouble(m.group(1).replace(',', '.')) : Double.NaN;
    }

    private static Study study(RespondentRows view, String sheetName, String fileTitle, CodeLabels codes) {
        return RespondentStudy.build(view, sheetName, fileTitle, codes, List.of()).study();
    }

    /**
     * The whole study's tables with a group's shares, n and effective n: each item found by its id (its
     * column) in the group's study, its shares moved to the whole's categories by name; an answer the
     * group never gave has a share of 0, an item no one in the group answered has no shares and n 0.
     */
    static Study aligned(Study whole, Study part) {
        var tables = new ArrayList<SurveyTable>();
        for (SurveyTable table : whole.tables()) {
            Scale scale = whole.scaleOf(table);
            var items = new ArrayList<Item>();
            for (Item item : table.items()) {
                items.add(alignedItem(item, scale, part));
            }
            tables.add(table.withItems(items));
        }
        return whole.withTables(tables);
    }

    private static Item alignedItem(Item item, Scale scale, Study part) {
        if (part != null) {
            for (SurveyTable table : part.tables()) {
                Scale partScale = part.scaleOf(table);
                for (Item candidate : table.items()) {
                    if (candidate.id().equals(item.id()) && candidate.label().equals(item.label())) {
                        var shares = new ArrayList<Double>();
                        for (var category : scale.categories()) {
                            int at = partScale.indexOf(category.name());
                            shares.add(at >= 0 && at < candidate.shares().size() ? candidate.share(at) : 0.0);
                        }
                        return new Item(item.id(), item.label(), item.shortLabel(), item.tags(), shares, candidate.n(),
                                item.effectiveN() == null ? null : candidate.effectiveN());
                    }
                }
            }
        }
        var none = new ArrayList<Double>();
        scale.categories().forEach(c -> none.add(Double.NaN));
        return new Item(item.id(), item.label(), item.shortLabel(), Map.copyOf(item.tags()), none, 0,
                item.effectiveN() == null ? null : 0.0);
    }
}
