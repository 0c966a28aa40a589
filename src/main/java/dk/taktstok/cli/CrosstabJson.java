package dk.taktstok.cli;

import dk.taktstok.analysis.Crosstab;
import dk.taktstok.analysis.TestResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A study by the groups of a banner in the JSON of {@code indices --by}: values, sizes, letters and p-values. */
final class CrosstabJson {

    private CrosstabJson() {
    }

    static void write(ObjectNode node, Crosstab crosstab, String language) {
        node.put("by", crosstab.name());
        ObjectNode tests = node.putObject("tests");
        tests.put("level", 1 - crosstab.options().alpha());
        tests.put("alpha", crosstab.options().alpha());
        tests.put("correction", crosstab.options().correction().name().toLowerCase(java.util.Locale.ROOT));
        tests.put("minN", crosstab.options().minN());
        tests.put("shares", "two-proportion z, pooled");
        tests.put("meanScore", "Welch's t");
        tests.put("distribution", "Pearson's chi-square");
        ArrayNode groups = node.putArray("groups");
        for (Crosstab.Group g : crosstab.groups()) {
            ObjectNode group = groups.addObject();
            group.put("letter", g.letter());
            group.put("label", g.label());
            if (g.respondents() == null) {
                group.putNull("respondents");
            } else {
                group.put("respondents", g.respondents());
            }
        }
        ArrayNode tables = node.putArray("tables");
        for (Crosstab.Table table : crosstab.tables()) {
            ObjectNode t = tables.addObject();
            t.put("id", table.table().id());
            t.put("title", table.table().title().in(language));
            ArrayNode items = t.putArray("items");
            for (Crosstab.ItemRows item : table.items()) {
                ObjectNode i = items.addObject();
                i.put("id", item.item().id());
                i.put("label", item.item().label().in(language));
                test(i.putObject("chiSquare"), item.chiSquare());
                ArrayNode rows = i.putArray("rows");
                for (Crosstab.Row row : item.rows()) {
                    row(rows.addObject(), row, crosstab);
                }
            }
        }
    }

    private static void row(ObjectNode r, Crosstab.Row row, Crosstab crosstab) {
        r.put("key", row.key());
        r.put("label", row.label());
        r.put("test", row.test());
        number(r, "total", row.total());
        ArrayNode cells = r.putArray("groups");
        for (int g = 0; g < row.cells().size(); g++) {
            Crosstab.Cell cell = row.cells().get(g);
            ObjectNode c = cells.addObject();
            c.put("letter", crosstab.groups().get(g).letter());
            number(c, "value", cell.value());
            c.put("n", cell.n());
            number(c, "effectiveN", cell.effectiveN());
            c.put("lowN", cell.small());
            ArrayNode higher = c.putArray("higherThan");
            cell.higherThan().forEach(higher::add);
            ObjectNode rest = c.putObject("vsRest");
            number(rest, "restValue", cell.restValue());
            test(rest, cell.vsRest());
            number(rest, "adjustedP", cell.vsRestAdjusted());
            rest.put("direction", cell.differsFromRest() > 0 ? "above" : cell.differsFromRest() < 0 ? "below" : "none");
            ObjectNode pairs = c.putObject("pairs");
            for (Crosstab.Pair pair : cell.pairs()) {
                if (pair != null) {
                    ObjectNode p = pairs.putObject(pair.letter());
                    number(p, "p", pair.p());
                    number(p, "adjustedP", pair.adjusted());
                }
            }
        }
    }

    private static void test(ObjectNode node, TestResult test) {
        number(node, "statistic", test.statistic());
        number(node, "df", test.df());
        number(node, "p", test.p());
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}
