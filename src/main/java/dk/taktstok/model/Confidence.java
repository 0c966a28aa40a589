package dk.taktstok.model;

/** How sure a reading of a file is. */
public enum Confidence {
    /** The words say it: a scale known by its words, both ends labelled. */
    HIGH("high"),
    /** Likely, but resting on a convention (numbers alone, higher taken as better). */
    MEDIUM("medium"),
    /** A guess: the output says so at the table, and a person should check it. */
    LOW("low");

    private final String key;

    Confidence(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static java.util.Optional<Confidence> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
