package dk.taktstok.io;

/** How bad a problem is: an error makes the input unusable, a warning does not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word that starts a problem line: "error" or "warning". */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
