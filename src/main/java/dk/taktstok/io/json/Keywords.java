package dk.taktstok.io.json;

import dk.taktstok.model.ChartType;
import dk.taktstok.model.Measure;
import dk.taktstok.model.PracticeMark;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fixed words of the format ({@code "topBox"}, {@code "goalVsPractice"}, …), read into their
 * model values. A word that is not one of them is an error that lists those it could be.
 */
final class Keywords {

    static final String MEASURES = "one of " + String.join(", ", keys(Measure.values(), Measure::key));
    static final String CHART_TYPES = alternatives(keys(ChartType.values(), ChartType::key));
    static final String MARKS = alternatives(keys(PracticeMark.values(), PracticeMark::key));
    static final String ORDERS = alternatives(List.of("descending", "ascending"));

    private Keywords() {
    }

    /** The value of a required field that holds one of the words, or null after an error. */
    static <T> T required(JsonFields fields, String name, String what, Function<String, Optional<T>> byKey,
                          String expected) {
        return fields.has(name) ? optional(fields, name, what, byKey, expected) : missing(fields, name);
    }

    /** The value of an optional field that holds one of the words; null where absent or after an error. */
    static <T> T optional(JsonFields fields, String name, String what, Function<String, Optional<T>> byKey,
                          String expected) {
        String key = fields.optionalString(name);
        if (key == null) {
            return null;
        }
        return byKey.apply(key).orElseGet(() -> {
            fields.log().error(fields.path(name), "unknown " + what + " '" + key + "'; expected " + expected);
            return null;
        });
    }

    private static <T> T missing(JsonFields fields, String name) {
        fields.require(name);
        return null;
    }

    /** {@code a, b or c} */
    static String alternatives(List<String> words) {
        int last = words.size() - 1;
        return last == 0 ? words.getFirst()
                : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
    }

    private static <E> List<String> keys(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(key).toList();
    }
}
