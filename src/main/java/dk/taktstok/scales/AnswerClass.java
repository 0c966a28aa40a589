package dk.taktstok.scales;

/** What one answer is, before any scale is known. */
public enum AnswerClass {
    /** A position on some scale, or a nominal answer. */
    ANSWER,
    /** "Don't know" and the like: shown, left out of rebased measures. */
    DONT_KNOW,
    /** "No answer", "Prefer not to say", "Not applicable": shown, left out of rebased measures. */
    NON_ANSWER,
    /** No answer at all ("NA", "-", blank): left out of every count. */
    MISSING
}
