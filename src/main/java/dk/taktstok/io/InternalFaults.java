package dk.taktstok.io;

/**
 * Tells a fault in Taktstok's own code from a library refusing a damaged file, where a reader has to
 * catch both (POI meets a damaged workbook with all kinds of exceptions).
 */
public final class InternalFaults {

    private static final String OURS = "dk.taktstok.";

    private InternalFaults() {
    }

    /**
     * Whether {@code failure}, or one of its causes, is a fault of Taktstok's own code: an unchecked
     * exception or an error (but running out of memory, which is the file's size) whose first frame outside
     * the JDK is Taktstok's. So a fault that surfaces inside a JDK method ({@code ArrayList.get},
     * {@code Integer.parseInt}) is ours when our code made the call, and a library's when the library did.
     * A deliberate refusal is thrown without a stack trace ({@link ReadCancelled}, the Excel reader's
     * refusals) and so is never taken for a fault.
     */
    public static boolean isOurs(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if ((t instanceof RuntimeException || t instanceof Error) && !(t instanceof OutOfMemoryError)
                    && thrownByOurCall(t.getStackTrace())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first frame below the JDK's own is Taktstok's. */
    static boolean thrownByOurCall(StackTraceElement[] trace) {
        for (StackTraceElement frame : trace) {
            if (!isJdk(frame)) {
                return frame.getClassName().startsWith(OURS);
            }
        }
        return false;
    }

    /** A frame of the Java runtime itself: a class of a java.* or jdk.* module. */
    private static boolean isJdk(StackTraceElement frame) {
        String module = frame.getModuleName();
        return module != null && (module.startsWith("java.") || module.startsWith("jdk."));
    }
}
