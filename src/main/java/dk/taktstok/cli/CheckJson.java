package dk.taktstok.cli;

import dk.taktstok.claims.Assessment;
import dk.taktstok.claims.Cell;
import dk.taktstok.claims.CheckReport;
import dk.taktstok.claims.Claim;
import dk.taktstok.claims.Figure;
import dk.taktstok.claims.Interval;
import dk.taktstok.claims.Quantity;
import dk.taktstok.model.Study;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A draft's claims as JSON (docs/claim-check.md, "JSON"): per claim the sentence, its span as offsets into
 * the draft's text, the quantity as read, the verdict, the figures and the reason. Unrounded numbers; null
 * for a margin that is not known and an open end of an interval.
 */
final class CheckJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final String article;
    private final String studyName;
    private final Study study;

    CheckJson(String article, String studyName, Study study) {
        this.article = article;
        this.studyName = studyName;
        this.study = study;
    }

    String render(CheckReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("article", article);
        root.put("study", studyName);
        root.put("studyTitle", study.metadata().title().in(report.language()));
        root.put("language", report.language());
        ObjectNode summary = root.putObject("summary");
        summary.put("claims", report.claims().size());
        report.counts().forEach((verdict, count) -> summary.put(verdict.key(), count));
        var claims = root.putArray("claims");
        for (Claim claim : report.claims()) {
            claims.add(claim(claim, report.text()));
        }
        root.put("text", report.text());
        return MAPPER.writeValueAsString(root) + System.lineSeparator();
    }

    private ObjectNode claim(Claim claim, String text) {
        ObjectNode node = MAPPER.createObjectNode();
        Quantity q = claim.quantity();
        node.put("number", claim.number());
        node.put("sentence", claim.sentence());
        span(node.putObject("sentenceSpan"), claim.sentenceStart(), claim.sentenceEnd());
        span(node.putObject("span"), q.start(), q.end());
        node.put("line", CheckText.lineOf(text, q.start()));
        ObjectNode quantity = node.putObject("quantity");
        quantity.put("text", q.text());
        quantity.put("form", q.form().key());
        quantity.put("bound", q.bound().key());
        number(quantity, "value", q.value());
        quantity.put("decimals", q.decimals());
        quantity.put("direction", q.direction().name().toLowerCase(Locale.ROOT));
        interval(quantity.putObject("holds"), q.holds());
        number(quantity, "threshold", q.threshold());
        node.put("verdict", claim.verdict().key());
        node.put("reason", claim.reason());
        node.put("ambiguous", claim.ambiguous());
        var figures = node.putArray("figures");
        for (Assessment a : claim.figures()) {
            ObjectNode figure = figure(a.figure());
            figure.put("verdict", a.verdict().key());
            figure.put("holds", a.holds());
            if (a.otherBase() != null) {
                figure.set("otherBase", figure(a.otherBase()));
            }
            figures.add(figure);
        }
        return node;
    }

    private ObjectNode figure(Figure f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", f.kind().key());
        node.put("table", f.tableId());
        node.put("tableTitle", f.table());
        node.put("item", f.itemId());
        node.put("group", f.groupId());
        node.put("benchmark", f.benchmarkId());
        node.put("gap", f.gapId());
        node.put("label", f.subject());
        var categories = node.putArray("categories");
        f.categories().forEach(categories::add);
        node.put("measure", f.measure() == null ? null : f.measure().key());
        node.put("base", f.base() == null ? null : f.base().key());
        number(node, "value", f.value());
        number(node, "margin", f.margin());
        node.put("formula", f.formula());
        var cells = node.putArray("cells");
        for (Cell cell : f.cells()) {
            ObjectNode c = cells.addObject();
            c.put("table", cell.tableId());
            c.put("item", cell.itemId());
            c.put("category", cell.categoryLabel());
            number(c, "value", cell.value());
            c.put("place", cell.place());
        }
        var parts = node.putArray("parts");
        f.parts().forEach(p -> parts.add(figure(p)));
        return node;
    }

    private static void span(ObjectNode node, int start, int end) {
        node.put("start", start);
        node.put("end", end);
    }

    private static void interval(ObjectNode node, Interval interval) {
        number(node, "low", interval.low());
        node.put("lowIncluded", interval.hasLow() && interval.lowIn());
        number(node, "high", interval.high());
        node.put("highIncluded", interval.hasHigh() && interval.highIn());
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}
