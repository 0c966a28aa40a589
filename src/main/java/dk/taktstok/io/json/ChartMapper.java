package dk.taktstok.io.json;

import dk.taktstok.model.Annotation;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Measure;
import dk.taktstok.model.PracticeMark;
import dk.taktstok.model.SortOrder;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads {@code $.charts} (format version 2), checking what each chart refers to. */
final class ChartMapper {

    private static final Set<String> FIELDS = Set.of(
            "id", "type", "table", "title", "subtitle", "note", "sort", "measure", "gaps", "mark", "annotations");
    private static final Set<String> SORT_FIELDS = Set.of("measure", "order");

    private final ProblemLog log;
    private final References refs;
    private final References.Ids ids;

    ChartMapper(ProblemLog log, References refs) {
        this.log = log;
        this.refs = refs;
        this.ids = new References.Ids("chart", log);
    }

    /** The charts, or null after an error in any of them. */
    List<ChartSpec> charts(JsonNode array, JsonPath at) {
        int mark = log.mark();
        var charts = new ArrayList<ChartSpec>();
        for (int i = 0; i < array.size(); i++) {
            charts.add(chart(array.get(i), at.index(i)));
        }
        return log.blockedSince(mark) ? null : charts;
    }

    private ChartSpec chart(JsonNode node, JsonPath at) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            return null;
        }
        int mark = log.mark();
        fields.allowOnly(FIELDS);
        String id = fields.requiredId("id");
        if (id != null) {
            ids.add(id, at, fields.path("id"));
        }
        ChartType type = Keywords.required(fields, "type", "chart type", ChartType::byKey, Keywords.CHART_TYPES);
        String tableId = fields.requiredId("table");
        References.TableRefs table = table(fields, tableId);
        Text title = fields.optionalText("title");
        Text subtitle = fields.optionalText("subtitle");
        Text note = fields.optionalText("note");
        SortOrder sort = sort(fields);
        Measure measure = Keywords.optional(fields, "measure", "measure", Measure::byKey, Keywords.MEASURES);
        List<String> gaps = gaps(fields);
        PracticeMark practiceMark = Keywords.optional(fields, "mark", "mark", PracticeMark::byKey, Keywords.MARKS);
        if (type != null) {
            warnIfUnused(fields, type, "measure", ChartType.GROUP_INDEX);
            warnIfUnused(fields, type, "gaps", ChartType.GOAL_VS_PRACTICE);
            warnIfUnused(fields, type, "mark", ChartType.GOAL_VS_PRACTICE);
        }
        var chartRefs = new AnnotationMapper.ChartRefs(tableId, table,
                table == null ? null : refs.scales.get(table.scaleId()), refs);
        JsonNode annotationArray = fields.optionalArray("annotations");
        List<Annotation> annotations = annotationArray == null ? List.of()
                : new AnnotationMapper(log, chartRefs).annotations(annotationArray, fields.path("annotations"));
        if (log.blockedSince(mark)) {
            return null;
        }
        return new ChartSpec(id, type, tableId, title, subtitle, note, sort, measure, gaps, practiceMark, annotations);
    }

    /** The table a chart shows, or null (after an error where the id names no table). */
    private References.TableRefs table(JsonFields chart, String id) {
        if (id == null) {
            return null;
        }
        References.TableRefs table = refs.tables.get(id);
        if (table == null && refs.allTablesKnown) {
            log.error(chart.path("table"), "unknown table '" + id + "'" + (refs.tables.isEmpty()
                    ? "; the file has no tables" : "; the tables are " + References.listed(refs.tables.keySet())));
        }
        return table;
    }

    private SortOrder sort(JsonFields chart) {
        JsonNode node = chart.get("sort");
        if (node == null) {
            return null;
        }
        JsonFields fields = JsonFields.of(node, chart.path("sort"), log);
        if (fields == null) {
            return null;
        }
        int mark = log.mark();
        fields.allowOnly(SORT_FIELDS);
        Measure measure = Keywords.required(fields, "measure", "measure", Measure::byKey, Keywords.MEASURES);
        Boolean descending = fields.has("order")
                ? Keywords.optional(fields, "order", "order", ChartMapper::descending, Keywords.ORDERS)
                : Boolean.TRUE;
        return log.blockedSince(mark) ? null : new SortOrder(measure, descending);
    }

    private static Optional<Boolean> descending(String order) {
        return switch (order) {
            case "descending" -> Optional.of(true);
            case "ascending" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The gap ids a goal-vs-practice chart shows, each a gap of the study, none twice. */
    private List<String> gaps(JsonFields chart) {
        JsonNode array = chart.optionalArray("gaps");
        if (array == null) {
            return List.of();
        }
        var gaps = new ArrayList<String>();
        Map<String, JsonPath> first = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonPath at = chart.path("gaps").index(i);
            String id = JsonValues.id(array.get(i), at, log);
            if (id == null) {
                continue;
            }
            JsonPath earlier = first.putIfAbsent(id, at);
            if (earlier != null) {
                log.error(at, "gap '" + id + "' is listed twice (also at " + earlier + ")");
            } else if (refs.allGapsKnown && !refs.gaps.contains(id)) {
                log.error(at, "unknown gap '" + id + "'" + (refs.gaps.isEmpty()
                        ? "; the file has no gaps" : "; the gaps are " + References.listed(refs.gaps)));
            }
            gaps.add(id);
        }
        return gaps;
    }

    /** A field that another type of chart uses is kept, with a warning that this chart does not show it. */
    private void warnIfUnused(JsonFields chart, ChartType type, String field, ChartType user) {
        if (type != user && chart.has(field)) {
            log.warning(chart.path(field), "'" + field + "' applies only to " + user.key() + " charts; a "
                    + type.key() + " chart does not use it");
        }
    }
}
