package dk.taktstok.claims;

/** What a claim says of its number: that the figure is it, above it, below it, or near it. */
public enum Bound {
    EXACT("exact"),
    /** "mere end", "over", "more than". */
    MORE_THAN("moreThan"),
    /** "mindst", "at least". */
    AT_LEAST("atLeast"),
    /** "mindre end", "under", "less than". */
    LESS_THAN("lessThan"),
    /** "højst", "op til", "at most", "up to". */
    AT_MOST("atMost"),
    /** "knap", "næsten", "nearly", "almost", "just under": a little below. */
    JUST_UNDER("justUnder"),
    /** "godt", "lidt over", "just over": a little above. */
    JUST_OVER("justOver"),
    /** "omkring", "cirka", "about", "around", "roughly". */
    ABOUT("about"),
    /** "mellem 70 og 75", "70-75", "between 70 and 75". */
    BETWEEN("between");

    private final String key;

    Bound(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the claim only says the figure lies beyond a threshold, which sampling error can blur. */
    public boolean isOneSided() {
        return this == MORE_THAN || this == AT_LEAST || this == LESS_THAN || this == AT_MOST;
    }
}
