package dk.taktstok.claims;

/** How a claim puts its quantity (docs/claim-check.md has the rules of each). */
public enum ClaimForm {
    /** A percentage in digits or words: "75 procent", "75 pct.", "75,0 %", "seventy-five percent". */
    PERCENT("percent"),
    /** A part in words: "halvdelen", "hver fjerde", "to ud af tre", "a third", "one in four". */
    FRACTION("fraction"),
    /** "et flertal", "de fleste", "a majority", "most". */
    MAJORITY("majority"),
    /** "et mindretal", "a minority". */
    MINORITY("minority"),
    /** "få", "meget få", "few". */
    FEW("few"),
    /** "næsten alle", "almost all". */
    ALMOST_ALL("almostAll"),
    /** A difference in points: "60 procentpoint", "9 percentage points more than". */
    POINTS("points"),
    /** A ratio of two figures: "dobbelt så mange", "twice as often". */
    RATIO("ratio"),
    /** An order of two figures without a number: "flere end", "oftere end", "more often than". */
    COMPARISON("comparison");

    private final String key;

    ClaimForm(String key) {
        this.key = key;
    }

    /** The name used in JSON output. */
    public String key() {
        return key;
    }
}
