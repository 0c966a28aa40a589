package dk.taktstok.model;

import java.util.Arrays;
import java.util.Optional;

/** How a goal-vs-practice chart marks each practice value. */
public enum PracticeMark {
    /** A dot at the practice value, a line to the goal. */
    DOT("dot"),
    /** An arrow from the goal down (or up) to the practice value. */
    ARROW("arrow");

    private final String key;

    PracticeMark(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<PracticeMark> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
