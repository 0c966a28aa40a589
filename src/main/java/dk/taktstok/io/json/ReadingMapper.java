package dk.taktstok.io.json;

import dk.taktstok.model.Confidence;
import dk.taktstok.model.ScaleReading;
import dk.taktstok.model.TableSource;
import java.util.ArrayList;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads how a scale or a table was read from a file (format version 4): a scale's {@code reading} and a
 * table's {@code source}. Both are records of a reading, kept so the study says where a guess was made.
 */
final class ReadingMapper {

    private static final Set<String> READING_FIELDS = Set.of("family", "confidence", "why");
    private static final Set<String> SOURCE_FIELDS = Set.of("layout", "sheet", "range", "rowsSkipped", "setAside");
    private static final Set<String> SET_ASIDE_FIELDS = Set.of("item", "answer", "count", "place", "why");

    private final ProblemLog log;

    ReadingMapper(ProblemLog log) {
        this.log = log;
    }

    /** A scale's reading, or null where the field is absent or wrong (then with an error). */
    ScaleReading reading(JsonNode node, JsonPath at) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            return null;
        }
        int mark = log.mark();
        fields.allowOnly(READING_FIELDS);
        String family = fields.optionalString("family");
        String confidence = fields.requiredString("confidence");
        Confidence level = null;
        if (confidence != null) {
            level = Confidence.byKey(confidence).orElse(null);
            if (level == null) {
                log.error(fields.path("confidence"), "unknown confidence '" + confidence + "'; expected high, medium or low");
            }
        }
        String why = fields.requiredString("why");
        return log.blockedSince(mark) ? null : new ScaleReading(family, level, why);
    }

    /** A table's source, or null where the field is wrong (then with an error). */
    TableSource source(JsonNode node, JsonPath at) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            return null;
        }
        int mark = log.mark();
        fields.allowOnly(SOURCE_FIELDS);
        String layout = fields.requiredString("layout");
        String sheet = fields.optionalString("sheet");
        String range = fields.optionalString("range");
        Integer skipped = fields.has("rowsSkipped")
                ? JsonValues.wholeNumber(fields.get("rowsSkipped"), fields.path("rowsSkipped"), 0, log) : Integer.valueOf(0);
        var setAside = new ArrayList<TableSource.SetAside>();
        JsonNode array = fields.optionalArray("setAside");
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                TableSource.SetAside one = setAside(array.get(i), fields.path("setAside").index(i));
                if (one != null) {
                    setAside.add(one);
                }
            }
        }
        if (log.blockedSince(mark) || layout == null || skipped == null) {
            return null;
        }
        return new TableSource(layout, sheet, range, skipped, setAside);
    }

    private TableSource.SetAside setAside(JsonNode node, JsonPath at) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            return null;
        }
        int mark = log.mark();
        fields.allowOnly(SET_ASIDE_FIELDS);
        String item = fields.optionalString("item");
        String answer = fields.requiredString("answer");
        Integer count = fields.has("count")
                ? JsonValues.wholeNumber(fields.get("count"), fields.path("count"), 0, log) : Integer.valueOf(0);
        String place = fields.optionalString("place");
        String why = fields.requiredString("why");
        return log.blockedSince(mark) || count == null ? null : new TableSource.SetAside(item, answer, count, place, why);
    }
}
