package dk.taktstok.io.json;

import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Gap;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Practice;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.TableSource;
import dk.taktstok.model.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Writes a study as Taktstok's JSON study file (docs/study-format.md), version
 * {@value JsonStudyFormat#VERSION}: UTF-8, two-space indent, fields always in the same order, short
 * arrays and objects of texts on one line. Reading what it writes gives an equal study. Shares that are
 * NaN (or infinite) are written as null. A study without charts gets no {@code charts} field.
 */
public final class JsonStudyWriter {

    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer()
            .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** The file's text, ending with a line break. */
    public String toJson(Study study) {
        return WRITER.writeValueAsString(tree(study)) + "\n";
    }

    /** Writes the file's text to {@code out} as UTF-8; the stream is flushed, not closed. */
    public void write(Study study, OutputStream out) throws IOException {
        out.write(toJson(study).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static ObjectNode tree(Study study) {
        ObjectNode root = TreeValues.NODES.objectNode();
        root.put("format", JsonStudyFormat.FORMAT);
        root.put("version", JsonStudyFormat.VERSION);
        root.set("metadata", metadata(study.metadata()));
        ArrayNode scales = root.putArray("scales");
        study.scales().forEach(scale -> scales.add(scale(scale)));
        ArrayNode tables = root.putArray("tables");
        study.tables().forEach(table -> tables.add(table(table)));
        if (!study.benchmarks().isEmpty()) {
            ArrayNode benchmarks = root.putArray("benchmarks");
            study.benchmarks().forEach(benchmark -> benchmarks.add(benchmark(benchmark)));
        }
        if (!study.gaps().isEmpty()) {
            ArrayNode gaps = root.putArray("gaps");
            study.gaps().forEach(gap -> gaps.add(gap(gap)));
        }
        if (!study.charts().isEmpty()) {
            ArrayNode charts = root.putArray("charts");
            study.charts().forEach(chart -> charts.add(ChartWriter.chart(chart)));
        }
        return root;
    }

    private static ObjectNode metadata(Metadata metadata) {
        ObjectNode node = TreeValues.NODES.objectNode();
        node.set("title", TreeValues.text(metadata.title()));
        TreeValues.putText(node, "source", metadata.source());
        if (!metadata.authors().isEmpty()) {
            node.set("authors", TreeValues.strings(metadata.authors()));
        }
        TreeValues.putText(node, "publisher", metadata.publisher());
        if (metadata.date() != null) {
            node.put("date", metadata.date());
        }
        node.put("language", metadata.language());
        TreeValues.putText(node, "population", metadata.population());
        if (metadata.respondents() != null) {
            node.put("respondents", metadata.respondents().intValue());
        }
        return node;
    }

    private static ObjectNode scale(Scale scale) {
        ObjectNode node = TreeValues.NODES.objectNode();
        node.put("id", scale.id());
        if (scale.kind() != ScaleKind.ORDINAL) {
            node.put("kind", scale.kind().key());
        }
        if (scale.reading() != null) {
            ObjectNode reading = node.putObject("reading");
            if (scale.reading().family() != null) {
                reading.put("family", scale.reading().family());
            }
            reading.put("confidence", scale.reading().confidence().key());
            reading.put("why", scale.reading().why());
        }
        ArrayNode categories = node.putArray("categories");
        for (Category category : scale.categories()) {
            ObjectNode categoryNode = categories.addObject();
            categoryNode.set("label", TreeValues.text(category.label()));
            categoryNode.put("role", role(category.role()));
            if (category.isSubstantive()) {
                categoryNode.set("score", TreeValues.number(category.score()));
            }
            if (category.code() != null) {
                categoryNode.put("code", category.code().intValue());
            }
        }
        if (!scale.topBox().isEmpty()) {
            node.set("topBox", TreeValues.strings(scale.topBox()));
        }
        if (!scale.bottomBox().isEmpty()) {
            node.set("bottomBox", TreeValues.strings(scale.bottomBox()));
        }
        return node;
    }

    /** A role as study files name it. */
    static String role(CategoryRole role) {
        return switch (role) {
            case SUBSTANTIVE -> "substantive";
            case DONT_KNOW -> "dontKnow";
            case MISSING -> "missing";
        };
    }

    private static ObjectNode source(TableSource source) {
        ObjectNode node = TreeValues.NODES.objectNode();
        node.put("layout", source.layout());
        if (source.sheet() != null) {
            node.put("sheet", source.sheet());
        }
        if (source.range() != null) {
            node.put("range", source.range());
        }
        if (source.rowsSkipped() > 0) {
            node.put("rowsSkipped", source.rowsSkipped());
        }
        if (!source.setAside().isEmpty()) {
            ArrayNode setAside = node.putArray("setAside");
            for (TableSource.SetAside one : source.setAside()) {
                ObjectNode o = setAside.addObject();
                if (one.item() != null) {
                    o.put("item", one.item());
                }
                o.put("answer", one.answer());
                o.put("count", one.count());
                if (one.place() != null) {
                    o.put("place", one.place());
                }
                o.put("why", one.why());
            }
        }
        return node;
    }

    private static ObjectNode table(SurveyTable table) {
        ObjectNode node = TreeValues.NODES.objectNode();
        node.put("id", table.id());
        node.set("title", TreeValues.text(table.title()));
        TreeValues.putText(node, "question", table.question());
        node.put("scale", table.scaleId());
        if (table.groupTag() != null) {
            node.put("groupTag", table.groupTag());
        }
        // with a group tag, groups are always written: an absent list would be derived from the items
        if (table.groupTag() != null || !table.groups().isEmpty()) {
            ArrayNode groups = node.putArray("groups");
            for (Group group : table.groups()) {
                ObjectNode groupNode = groups.addObject();
                groupNode.put("id", group.id());
                if (!group.label().equals(Text.of(group.id()))) {
                    groupNode.set("label", TreeValues.text(group.label()));
                }
            }
        }
        ArrayNode items = node.putArray("items");
        table.items().forEach(item -> items.add(item(item)));
        if (table.source() != null) {
            node.set("source", source(table.source()));
        }
        return node;
    }

    private static ObjectNode item(Item item) {
        ObjectNode node = TreeValues.NODES.objectNode();
        node.put("id", item.id());
        node.set("label", TreeValues.text(item.label()));
        TreeValues.putText(node, "shortLabel", item.shortLabel());
        if (!item.tags().isEmpty()) {
            node.set("tags", TreeValues.object(item.tags()));
        }
        RawValue inline = InlineJson.numbers(item.shares());
        if (inline != null) {
            node.putRawValue("shares", inline);
        } else {
            ArrayNode shares = node.putArray("shares");
            item.shares().forEach(share -> shares.add(
                    Double.isFinite(share) ? TreeValues.number(share) : TreeValues.NODES.nullNode()));
        }
        if (item.n() != null) {
            node.put("n", item.n().intValue());
        }
        if (item.effectiveN() != null) {
            node.set("effectiveN", TreeValues.number(item.effectiveN()));
        }
        return node;
    }

    private static ObjectNode benchmark(Benchmark benchmark) {
        ObjectNode node = TreeValues.NODES.objectNode();
        node.put("id", benchmark.id());
        node.set("label", TreeValues.text(benchmark.label()));
        node.set("value", TreeValues.number(benchmark.value()));
        TreeValues.putText(node, "source", benchmark.source());
        return node;
    }

    private static ObjectNode gap(Gap gap) {
        ObjectNode node = TreeValues.NODES.objectNode();
        node.put("id", gap.id());
        node.put("benchmark", gap.benchmarkId());
        ObjectNode practice = node.putObject("practice");
        switch (gap.practice()) {
            case Practice.CategoryShare share -> {
                practice.put("kind", "categoryShare");
                practice.put("table", share.tableId());
                practice.put("item", share.itemId());
                practice.put("category", share.category());
            }
            case Practice.ItemMeasure measure -> {
                practice.put("kind", "itemMeasure");
                practice.put("table", measure.tableId());
                practice.put("item", measure.itemId());
                practice.put("measure", measure.measure().key());
            }
            case Practice.GroupMeasure measure -> {
                practice.put("kind", "groupMeasure");
                practice.put("table", measure.tableId());
                practice.put("group", measure.groupId());
                practice.put("measure", measure.measure().key());
            }
        }
        return node;
    }
}
