package dk.taktstok.io.json;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.util.RawValue;

/**
 * Short arrays and flat objects written on one line, {@code [26.7, 46.4, 8.8, null]} and
 * {@code { "da": "Som regel", "en": "As a rule" }}, so that a file reads well and is easy to edit by
 * hand. Longer ones are left to the pretty printer, one value a line.
 */
final class InlineJson {

    /** Longest value, in characters, that stays on one line. */
    static final int MAX_WIDTH = 80;

    private InlineJson() {
    }

    /** Numbers on one line, or null where they do not fit. */
    static RawValue numbers(List<Double> values) {
        return joined("[", values, InlineJson::number, "]");
    }

    /** Strings on one line, or null where they do not fit. */
    static RawValue strings(List<String> values) {
        return joined("[", values, InlineJson::string, "]");
    }

    /** An object of strings on one line, or null where it does not fit. */
    static RawValue object(Map<String, String> fields) {
        return joined("{ ", List.copyOf(fields.entrySet()),
                field -> string(field.getKey()) + ": " + string(field.getValue()), " }");
    }

    /** An object of numbers on one line, {@code { "x": 0.8, "y": 0.25 }}, or null where it does not fit. */
    static RawValue numberObject(Map<String, Double> fields) {
        return joined("{ ", List.copyOf(fields.entrySet()),
                field -> string(field.getKey()) + ": " + number(field.getValue()), " }");
    }

    private static <T> RawValue joined(String open, List<T> values, Function<T, String> render, String close) {
        if (values.isEmpty()) {
            return new RawValue(open.strip() + close.strip());
        }
        var line = new StringBuilder(open);
        for (T value : values) {
            line.append(line.length() > open.length() ? ", " : "").append(render.apply(value));
            if (line.length() > MAX_WIDTH) {
                return null;
            }
        }
        line.append(close);
        return line.length() > MAX_WIDTH ? null : new RawValue(line.toString());
    }

    /** A number as JSON: whole numbers without ".0", and null where there is no value (NaN). */
    static String number(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "null";
        }
        return isWhole(value) ? Long.toString(value.longValue()) : Double.toString(value);
    }

    /** Whether a number is written without a fraction; -0.0 keeps its sign, and so its ".0". */
    static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0);
    }

    /** A string as JSON, escaped as the generator would. */
    static String string(String value) {
        var quoted = new StringBuilder("\"");
        JsonStringEncoder.getInstance().quoteAsString(value, quoted);
        return quoted.append('"').toString();
    }
}
