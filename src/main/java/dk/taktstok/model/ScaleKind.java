package dk.taktstok.model;

/** What kind of question a scale's answers make, and so which measures mean something for it. */
public enum ScaleKind {
    /** Ordered answers with a direction (agree … disagree, 0–10): every measure. */
    ORDINAL("ordinal"),
    /** Yes or no (ja/nej, 1/0): the share of yes; no mean score or net. */
    BINARY("binary"),
    /** Answers with no order that means more or less (regions, job titles, age bands): shares and n only. */
    NOMINAL("nominal"),
    /**
     * One option of a question where several may be chosen: the share of those who answered the question
     * that chose it; the options' shares may add up to more than 100.
     */
    MULTIPLE("multiple");

    private final String key;

    ScaleKind(String key) {
        this.key = key;
    }

    /** The name used in study files and in JSON output. */
    public String key() {
        return key;
    }

    /** Whether top box and the share-of-yes measures mean something for this kind. */
    public boolean hasTopBox() {
        return this == ORDINAL || this == BINARY;
    }

    /** Whether a mean score and a net mean something for this kind. */
    public boolean hasScores() {
        return this == ORDINAL;
    }

    public static java.util.Optional<ScaleKind> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
