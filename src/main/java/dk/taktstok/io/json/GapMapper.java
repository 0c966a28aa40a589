package dk.taktstok.io.json;

import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Gap;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Practice;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads {@code $.benchmarks} and {@code $.gaps}, checking what the gaps refer to. */
final class GapMapper {

    private static final Set<String> BENCHMARK_FIELDS = Set.of("id", "label", "value", "source");
    private static final Set<String> GAP_FIELDS = Set.of("id", "benchmark", "practice");
    private static final Set<String> CATEGORY_SHARE_FIELDS = Set.of("kind", "table", "item", "category");
    private static final Set<String> ITEM_MEASURE_FIELDS = Set.of("kind", "table", "item", "measure");
    private static final Set<String> GROUP_MEASURE_FIELDS = Set.of("kind", "table", "group", "measure");

    private final ProblemLog log;
    private final References refs;

    GapMapper(ProblemLog log, References refs) {
        this.log = log;
        this.refs = refs;
    }

    /** The benchmarks, or null after an error in any of them. */
    List<Benchmark> benchmarks(JsonNode array, JsonPath at) {
        int mark = log.mark();
        var ids = new References.Ids("benchmark", log);
        var benchmarks = new ArrayList<Benchmark>();
        for (int i = 0; i < array.size(); i++) {
            benchmarks.add(benchmark(array.get(i), at.index(i), ids));
        }
        return log.blockedSince(mark) ? null : benchmarks;
    }

    private Benchmark benchmark(JsonNode node, JsonPath at, References.Ids ids) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            refs.allBenchmarksKnown = false;
            return null;
        }
        int mark = log.mark();
        fields.allowOnly(BENCHMARK_FIELDS);
        String id = fields.requiredId("id");
        if (id == null) {
            refs.allBenchmarksKnown = false;
        } else if (ids.add(id, at, fields.path("id"))) {
            refs.benchmarks.add(id);
        }
        Text label = fields.requiredText("label");
        Double value = fields.requiredNumber("value");
        Text source = fields.optionalText("source");
        return log.blockedSince(mark) ? null : new Benchmark(id, label, value, source);
    }

    /** The gaps, or null after an error in any of them. */
    List<Gap> gaps(JsonNode array, JsonPath at) {
        int mark = log.mark();
        var ids = new References.Ids("gap", log);
        var gaps = new ArrayList<Gap>();
        for (int i = 0; i < array.size(); i++) {
            gaps.add(gap(array.get(i), at.index(i), ids));
        }
        return log.blockedSince(mark) ? null : gaps;
    }

    private Gap gap(JsonNode node, JsonPath at, References.Ids ids) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            refs.allGapsKnown = false;
            return null;
        }
        int mark = log.mark();
        fields.allowOnly(GAP_FIELDS);
        String id = fields.requiredId("id");
        if (id == null) {
            refs.allGapsKnown = false;
        } else if (ids.add(id, at, fields.path("id"))) {
            refs.gaps.add(id);
        }
        String benchmark = fields.requiredId("benchmark");
        if (benchmark != null && refs.allBenchmarksKnown && !refs.benchmarks.contains(benchmark)) {
            log.error(fields.path("benchmark"), "unknown benchmark '" + benchmark + "'");
        }
        JsonNode practiceNode = fields.require("practice");
        Practice practice = practiceNode == null ? null : practice(practiceNode, fields.path("practice"));
        return log.blockedSince(mark) ? null : new Gap(id, benchmark, practice);
    }

    private Practice practice(JsonNode node, JsonPath at) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            return null;
        }
        int mark = log.mark();
        String kind = fields.requiredString("kind");
        if (kind == null) {
            return null;
        }
        Practice practice = switch (kind) {
            case "categoryShare" -> {
                fields.allowOnly(CATEGORY_SHARE_FIELDS);
                References.TableRefs table = table(fields);
                String item = item(fields, table);
                String category = category(fields, table);
                yield log.blockedSince(mark) ? null : new Practice.CategoryShare(tableId(fields), item, category);
            }
            case "itemMeasure" -> {
                fields.allowOnly(ITEM_MEASURE_FIELDS);
                References.TableRefs table = table(fields);
                String item = item(fields, table);
                Measure measure = measure(fields);
                yield log.blockedSince(mark) ? null : new Practice.ItemMeasure(tableId(fields), item, measure);
            }
            case "groupMeasure" -> {
                fields.allowOnly(GROUP_MEASURE_FIELDS);
                References.TableRefs table = table(fields);
                String group = group(fields, table);
                Measure measure = measure(fields);
                yield log.blockedSince(mark) ? null : new Practice.GroupMeasure(tableId(fields), group, measure);
            }
            default -> {
                log.error(fields.path("kind"),
                        "unknown practice kind '" + kind + "'; expected categoryShare, itemMeasure or groupMeasure");
                yield null;
            }
        };
        return practice;
    }

    private static String tableId(JsonFields practice) {
        return practice.get("table").stringValue();
    }

    /** The table a practice names, or null (after an error where the name is wrong). */
    private References.TableRefs table(JsonFields practice) {
        String id = practice.requiredId("table");
        if (id == null) {
            return null;
        }
        References.TableRefs table = refs.tables.get(id);
        if (table == null && refs.allTablesKnown) {
            log.error(practice.path("table"), "unknown table '" + id + "'");
        }
        return table;
    }

    private String item(JsonFields practice, References.TableRefs table) {
        String id = practice.requiredId("item");
        if (id != null && table != null && table.items() != null && !table.items().contains(id)) {
            log.error(practice.path("item"), "table '" + practice.get("table").stringValue() + "' has no item '" + id + "'");
        }
        return id;
    }

    private String group(JsonFields practice, References.TableRefs table) {
        String id = practice.requiredId("group");
        if (id != null && table != null && table.groups() != null && !table.groups().contains(id)) {
            log.error(practice.path("group"), "table '" + practice.get("table").stringValue() + "' has no group '" + id + "'");
        }
        return id;
    }

    private String category(JsonFields practice, References.TableRefs table) {
        String name = practice.requiredString("category");
        Scale scale = table == null ? null : refs.scales.get(table.scaleId());
        if (name != null && scale != null && scale.indexOf(name) < 0) {
            log.error(practice.path("category"), "scale '" + scale.id() + "' of table '"
                    + practice.get("table").stringValue() + "' has no category '" + name + "'");
        }
        return name;
    }

    private Measure measure(JsonFields practice) {
        return Keywords.required(practice, "measure", "measure", Measure::byKey, Keywords.MEASURES);
    }
}
