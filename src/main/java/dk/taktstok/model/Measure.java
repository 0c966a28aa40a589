package dk.taktstok.model;

import java.util.Arrays;
import java.util.Optional;

/** The derived measures of an item or a group; see docs/measures.md for the formulas. */
public enum Measure {
    TOP_BOX("topBox"),
    TOP_BOX_VALID("topBoxValid"),
    MEAN_SCORE("meanScore"),
    NET("net"),
    DONT_KNOW("dontKnow");

    private final String key;

    Measure(String key) {
        this.key = key;
    }

    /** The name used in study files and in JSON output. */
    public String key() {
        return key;
    }

    public static Optional<Measure> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
