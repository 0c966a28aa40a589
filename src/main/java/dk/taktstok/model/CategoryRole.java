package dk.taktstok.model;

/** What an answer category means for the derived measures. */
public enum CategoryRole {
    /** A real answer on the scale; it has a score and counts in rebased measures. */
    SUBSTANTIVE,
    /** "Don't know" and the like: shown, but left out of rebased measures. */
    DONT_KNOW,
    /**
     * A non-answer a respondent chose or a table shows — "No answer", "Prefer not to say", "Not
     * applicable", an answer that fits none of the scale's: shown with its share, left out of rebased
     * measures, and not counted as "don't know".
     */
    MISSING
}
