package dk.taktstok.cli;

import dk.taktstok.analysis.Balance;
import dk.taktstok.analysis.Crosstab;
import dk.taktstok.analysis.GapResult;
import dk.taktstok.analysis.GroupResult;
import dk.taktstok.analysis.ItemMeasures;
import dk.taktstok.analysis.ItemResult;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.analysis.TableMeasures;
import dk.taktstok.analysis.Uncertainty;
import dk.taktstok.io.Problem;
import dk.taktstok.io.Severity;
import dk.taktstok.model.Category;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Practice;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.ScaleReading;
import dk.taktstok.model.Study;
import dk.taktstok.model.TableSource;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.SerializationFeature;

/**
 * The measures as JSON (SPEC §5): unrounded numbers, null where a measure cannot be computed.
 * Labels are in the requested language, or the study's own.
 */
final class IndicesJson {

    /** The group measure the single-number {@code balance} reports; {@code balances} has them all. */
    static final Measure BALANCE_MEASURE = Measure.MEAN_SCORE;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Study study;
    private final String language;
    private final List<Problem> problems;

    IndicesJson(Study study, String language) {
        this(study, language, List.of());
    }

    /** @param problems the problems of reading the study, which the JSON carries with the numbers */
    IndicesJson(Study study, String language, List<Problem> problems) {
        this.study = study;
        this.language = language;
        this.problems = problems;
    }

    String render(StudyMeasures measures) {
        return render(measures, List.of());
    }

    /** The measures, and the study by the groups of each banner asked for (--by) with the tests between them. */
    String render(StudyMeasures measures, List<Crosstab> crosstabs) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("study", study.metadata().title().in(language));
        root.put("language", language);
        ArrayNode tables = root.putArray("tables");
        for (TableMeasures table : measures.tables()) {
            tables.add(table(table));
        }
        ArrayNode gaps = root.putArray("gaps");
        for (GapResult gap : measures.gaps()) {
            gaps.add(gap(gap));
        }
        if (!crosstabs.isEmpty()) {
            ArrayNode by = root.putArray("crosstabs");
            for (Crosstab crosstab : crosstabs) {
                CrosstabJson.write(by.addObject(), crosstab, language);
            }
        }
        ArrayNode list = root.putArray("problems");
        for (Problem problem : problems) {
            ObjectNode p = list.addObject();
            p.put("severity", problem.severity() == Severity.ERROR ? "error" : "warning");
            p.put("message", problem.message());
            if (problem.location() == null) {
                p.putNull("place");
            } else {
                p.put("place", problem.location());
            }
        }
        return MAPPER.writeValueAsString(root) + System.lineSeparator();
    }

    private ObjectNode table(TableMeasures table) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", table.table().id());
        node.put("title", table.table().title().in(language));
        if (table.table().question() != null) {
            node.put("question", table.table().question().in(language));
        }
        node.put("kind", table.scale().kind().key());
        node.set("reading", reading(table));
        ArrayNode scale = node.putArray("scale");
        for (int i = 0; i < table.scale().size(); i++) {
            Category category = table.scale().category(i);
            ObjectNode c = scale.addObject();
            c.put("label", category.label().in(language));
            c.put("role", switch (category.role()) {
                case SUBSTANTIVE -> "substantive";
                case DONT_KNOW -> "dontKnow";
                case MISSING -> "missing";
            });
            // a question without a top has no boxes, and scores only where the order means something
            if (category.isSubstantive() && table.scale().kind().hasScores()) {
                c.put("score", category.score());
            }
            if (table.scale().kind().hasTopBox()) {
                c.put("topBox", table.boxes().isTop(i));
                c.put("bottomBox", table.boxes().isBottom(i));
            }
        }
        ArrayNode items = node.putArray("items");
        for (ItemResult item : table.items()) {
            items.add(item(table, item));
        }
        ArrayNode groups = node.putArray("groups");
        for (GroupResult group : table.groups()) {
            ObjectNode g = groups.addObject();
            g.put("name", group.group().id());
            g.put("label", group.group().label().in(language));
            g.put("items", group.itemCount());
            measures(g, group.means(), table.scale().kind());
            margins(g, group.margins());
        }
        Balance balance = table.balance();
        if (balance == null) {
            node.putNull("balance");
        } else {
            number(node, "balance", balance.difference().get(BALANCE_MEASURE));
            node.put("balanceMeasure", BALANCE_MEASURE.key());
            ObjectNode all = node.putObject("balances");
            all.put("of", balance.first().id());
            all.put("minus", balance.second().id());
            measures(all, balance.difference(), table.scale().kind());
            margins(all, balance.margins());
        }
        return node;
    }

    private ObjectNode item(TableMeasures table, ItemResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", result.item().id());
        node.put("label", result.item().label().in(language));
        if (result.item().shortLabel() != null) {
            node.put("shortLabel", result.item().shortLabel().in(language));
        }
        if (result.group() == null) {
            node.putNull("group");
        } else {
            node.put("group", result.group());
        }
        ObjectNode shares = node.putObject("shares");
        for (int i = 0; i < table.scale().size(); i++) {
            number(shares, table.scale().category(i).label().in(language), result.item().share(i));
        }
        number(node, "sum", result.measures().sum());
        measures(node, result.measures(), table.scale().kind());
        Uncertainty uncertainty = result.uncertainty();
        if (uncertainty != null) {
            node.put("n", uncertainty.n());
            if (result.item().effectiveN() != null) {
                number(node, "effectiveN", result.item().effectiveN());
            }
            node.put("lowN", uncertainty.lowN());
            ObjectNode moe = node.putObject("moe");
            ObjectNode shareMargins = moe.putObject("shares");
            for (int i = 0; i < table.scale().size() && i < uncertainty.shares().size(); i++) {
                number(shareMargins, table.scale().category(i).label().in(language), uncertainty.shares().get(i));
            }
            measures(moe, uncertainty.measures(), table.scale().kind());
        }
        return node;
    }

    /**
     * How the table was read: the layout, sheet, range and rows skipped of its source, the answers set aside,
     * and the scale's kind, family and confidence, with why. A table of a study file a person wrote says so.
     */
    private ObjectNode reading(TableMeasures table) {
        ObjectNode node = MAPPER.createObjectNode();
        TableSource source = table.table().source();
        if (source == null) {
            node.put("layout", "study");
        } else {
            node.put("layout", source.layout());
            putOrNull(node, "sheet", source.sheet());
            putOrNull(node, "range", source.range());
            node.put("rowsSkipped", source.rowsSkipped());
            ArrayNode setAside = node.putArray("setAside");
            for (TableSource.SetAside one : source.setAside()) {
                ObjectNode o = setAside.addObject();
                putOrNull(o, "item", one.item());
                o.put("answer", one.answer());
                o.put("count", one.count());
                putOrNull(o, "place", one.place());
                o.put("why", one.why());
            }
        }
        ScaleReading reading = table.scale().reading();
        ObjectNode scale = node.putObject("scale");
        scale.put("kind", table.scale().kind().key());
        if (reading == null) {
            scale.putNull("family");
            scale.put("confidence", "given");
            scale.put("why", "the study file gives the scale");
        } else {
            putOrNull(scale, "family", reading.family());
            scale.put("confidence", reading.confidence().key());
            scale.put("why", reading.why());
        }
        return node;
    }

    private static void putOrNull(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private ObjectNode gap(GapResult gap) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", gap.gap().id());
        node.put("benchmark", gap.benchmark().label().in(language));
        number(node, "benchmarkValue", gap.benchmark().value());
        node.put("practice", PracticeNames.describe(study, gap.gap().practice(), language, CliTexts.of(language)));
        number(node, "practiceValue", gap.practiceValue());
        number(node, "gap", gap.points());
        if (Double.isFinite(gap.margin())) {
            number(node, "moe", gap.margin());
        }
        Practice practice = gap.gap().practice();
        node.put("table", practice.tableId());
        switch (practice) {
            case Practice.CategoryShare share -> {
                node.put("item", share.itemId());
                node.put("category", share.category());
            }
            case Practice.ItemMeasure measure -> {
                node.put("item", measure.itemId());
                node.put("measure", measure.measure().key());
            }
            case Practice.GroupMeasure measure -> {
                node.put("group", measure.groupId());
                node.put("measure", measure.measure().key());
            }
        }
        return node;
    }

    /** The measures that mean something for the kind of question; the others are absent, not null. */
    private static void measures(ObjectNode node, ItemMeasures measures, ScaleKind kind) {
        for (Measure measure : Measure.values()) {
            if (applies(measure, kind)) {
                number(node, measure.key(), measures.get(measure));
            }
        }
    }

    /** Whether a measure means something for a kind of question (docs/measures.md). */
    static boolean applies(Measure measure, ScaleKind kind) {
        return switch (measure) {
            case TOP_BOX, TOP_BOX_VALID -> kind.hasTopBox();
            case MEAN_SCORE, NET -> kind.hasScores();
            case DONT_KNOW -> true;
        };
    }

    /** The 95 % margins of a group's indices or a balance, in points, where they are known. */
    private static void margins(ObjectNode node, ItemMeasures margins) {
        boolean known = false;
        for (Measure measure : Measure.values()) {
            known |= Double.isFinite(margins.get(measure));
        }
        if (known) {
            ObjectNode moe = node.putObject("moe");
            for (Measure measure : Measure.values()) {
                number(moe, measure.key(), margins.get(measure));
            }
        }
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}
