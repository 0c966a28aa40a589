package dk.taktstok.claims;

/** Whom a share is a share of. */
public enum Base {
    /** Everyone asked, "don't know" and other non-answers included: the shares as the table gives them. */
    ALL("all"),
    /** Those who gave an answer on the scale: the shares rebased without "don't know" and non-answers. */
    ANSWERED("answered");

    private final String key;

    Base(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
