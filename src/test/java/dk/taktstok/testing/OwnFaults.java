package dk.taktstok.testing;

/**
 * Tells a fault in Taktstok's own code from a library refusing a damaged file: a runtime exception or
 * error thrown from a {@code dk.taktstok} class (other than a deliberate refusal) is ours.
 */
public final class OwnFaults {

    private OwnFaults() {
    }

    /** Rethrows {@code failure} if it is a fault of Taktstok's own code; returns quietly otherwise. */
    public static void rethrowIfOurs(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!(t instanceof RuntimeException || t instanceof Error) || t.getClass().getSimpleName().equals("WorkbookRefused")) {
                continue;
            }
            StackTraceElement[] trace = t.getStackTrace();
            if (trace.length > 0 && trace[0].getClassName().startsWith("dk.taktstok.")) {
                throw new AssertionError("a fault in Taktstok's own code: " + t, t);
            }
        }
    }
}
