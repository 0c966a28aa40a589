package dk.taktstok.model;

/** What an answer category means for the derived measures. */
public enum CategoryRole {
    /** A real answer on the scale; it has a score and counts in rebased measures. */
    SUBSTANTIVE,
    /** "Don't know" and the like: shown, but left out of rebased measures. */
    DONT_KNOW
}
