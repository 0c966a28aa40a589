package dk.taktstok.io.json;

import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.ScaleReading;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads {@code $.scales}. */
final class ScaleMapper {

    private static final Set<String> FIELDS = Set.of("id", "categories", "topBox", "bottomBox");
    private static final Set<String> READ_FIELDS = Set.of("id", "kind", "reading", "categories", "topBox", "bottomBox");
    private static final Set<String> CATEGORY_FIELDS = Set.of("label", "role", "score");
    private static final Set<String> CODED_CATEGORY_FIELDS = Set.of("label", "role", "score", "code");

    private final ProblemLog log;
    private final References refs;
    private final References.Ids ids;
    private final int version;

    ScaleMapper(ProblemLog log, References refs, int version) {
        this.log = log;
        this.refs = refs;
        this.version = version;
        this.ids = new References.Ids("scale", log);
    }

    /** The scales, or null after an error in any of them. */
    List<Scale> scales(JsonNode array, JsonPath at) {
        int mark = log.mark();
        var scales = new ArrayList<Scale>();
        for (int i = 0; i < array.size(); i++) {
            scales.add(scale(array.get(i), at.index(i)));
        }
        return log.blockedSince(mark) ? null : scales;
    }

    private Scale scale(JsonNode node, JsonPath at) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            refs.allScalesKnown = false;
            return null;
        }
        int mark = log.mark();
        boolean read = version >= JsonStudyFormat.READING_VERSION;
        fields.allowOnly(read ? READ_FIELDS : FIELDS);
        String id = fields.requiredId("id");
        if (id == null) {
            refs.allScalesKnown = false;
        }
        boolean first = id != null && ids.add(id, at, fields.path("id"));
        if (first) {
            refs.scales.put(id, null);
        }
        List<Category> categories = categories(fields);
        List<String> topBox = box(fields, "topBox", categories);
        List<String> bottomBox = box(fields, "bottomBox", categories);
        ScaleKind kind = read ? kind(fields) : ScaleKind.ORDINAL;
        ScaleReading reading = read && fields.has("reading")
                ? new ReadingMapper(log).reading(fields.get("reading"), fields.path("reading")) : null;
        if (log.blockedSince(mark)) {
            return null;
        }
        var scale = new Scale(id, categories, topBox, bottomBox, kind, reading);
        refs.scales.put(id, scale);
        return scale;
    }

    private List<Category> categories(JsonFields scale) {
        JsonNode array = scale.requiredArray("categories");
        if (array == null) {
            return null;
        }
        int mark = log.mark();
        var categories = new ArrayList<Category>();
        var firstWithName = new HashMap<String, JsonPath>();
        for (int i = 0; i < array.size(); i++) {
            JsonPath at = scale.path("categories").index(i);
            Category category = category(array.get(i), at);
            if (category == null) {
                continue;
            }
            JsonPath earlier = firstWithName.putIfAbsent(category.name(), at);
            if (earlier != null) {
                log.error(at.field("label"), "duplicate category '" + category.name() + "' (also at " + earlier + ")");
            }
            categories.add(category);
        }
        return log.blockedSince(mark) ? null : categories;
    }

    private Category category(JsonNode node, JsonPath at) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            return null;
        }
        int mark = log.mark();
        boolean coded = version >= JsonStudyFormat.ITEM_COUNTS_VERSION;
        fields.allowOnly(coded ? CODED_CATEGORY_FIELDS : CATEGORY_FIELDS);
        Text label = fields.requiredText("label");
        CategoryRole role = role(fields);
        Double score = null;
        if (role == CategoryRole.SUBSTANTIVE && !fields.has("score")) {
            log.error(at, "missing field 'score' (a substantive category needs one)");
        } else if (role != null && role != CategoryRole.SUBSTANTIVE && fields.has("score")) {
            log.error(fields.path("score"), "a " + (role == CategoryRole.DONT_KNOW ? "dontKnow" : "missing")
                    + " category has no score");
        } else if (fields.has("score")) {
            score = JsonValues.number(fields.get("score"), fields.path("score"), log);
        }
        Integer code = coded && fields.has("code")
                ? JsonValues.wholeNumber(fields.get("code"), fields.path("code"), Integer.MIN_VALUE, log) : null;
        return log.blockedSince(mark) ? null : new Category(label, role, score, code);
    }

    private ScaleKind kind(JsonFields scale) {
        String kind = scale.optionalString("kind");
        if (kind == null) {
            return ScaleKind.ORDINAL;
        }
        return ScaleKind.byKey(kind).orElseGet(() -> {
            log.error(scale.path("kind"), "unknown kind '" + kind + "'; expected ordinal, binary, nominal or multiple");
            return ScaleKind.ORDINAL;
        });
    }

    private CategoryRole role(JsonFields category) {
        String role = category.requiredString("role");
        if (role == null) {
            return null;
        }
        return switch (role) {
            case "substantive" -> CategoryRole.SUBSTANTIVE;
            case "dontKnow" -> CategoryRole.DONT_KNOW;
            case "missing" -> {
                if (version < JsonStudyFormat.READING_VERSION) {
                    log.error(category.path("role"), "role 'missing' is part of format version "
                            + JsonStudyFormat.READING_VERSION + "; set \"version\": " + JsonStudyFormat.READING_VERSION);
                    yield null;
                }
                yield CategoryRole.MISSING;
            }
            default -> {
                log.error(category.path("role"), "unknown role '" + role + "'; expected substantive, dontKnow or missing");
                yield null;
            }
        };
    }

    /** A top or bottom box: names of categories; empty where absent. */
    private List<String> box(JsonFields scale, String name, List<Category> categories) {
        JsonNode array = scale.optionalArray(name);
        if (array == null) {
            return List.of();
        }
        var names = new ArrayList<String>();
        for (int i = 0; i < array.size(); i++) {
            JsonPath at = scale.path(name).index(i);
            String category = JsonValues.string(array.get(i), at, log);
            if (category == null) {
                continue;
            }
            if (categories != null && categories.stream().noneMatch(c -> c.name().equals(category))) {
                log.error(at, "unknown category '" + category + "'; " + (categories.isEmpty()
                        ? "this scale has no categories"
                        : "this scale's categories are " + References.listed(categories.stream().map(Category::name).toList())));
            }
            names.add(category);
        }
        return names;
    }
}
