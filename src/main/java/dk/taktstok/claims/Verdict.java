package dk.taktstok.claims;

/**
 * What the study says of a claim. In this order a verdict vouches less and less for the claim; where
 * figures that match a sentence equally give different verdicts, the claim gets the lowest.
 */
public enum Verdict {
    /** The figure lies where the claim says, within the claim's own precision. */
    SUPPORTED("supported"),
    /** The claim is of a figure's side of a threshold, and the figure's margin of error straddles it. */
    WITHIN_MARGIN("withinMargin"),
    /** The claim holds with "don't know" in the base and not without it, or the other way round. */
    DEPENDS_ON_BASE("dependsOnBase"),
    /** The figure says otherwise. */
    CONTRADICTED("contradicted"),
    /** No figure of the study fits the claim's words. */
    NOT_FOUND("notFound");

    private final String key;

    Verdict(String key) {
        this.key = key;
    }

    /** The name used in JSON output and style classes. */
    public String key() {
        return key;
    }

    /** The verdict that vouches less of the two. */
    public Verdict weaker(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
