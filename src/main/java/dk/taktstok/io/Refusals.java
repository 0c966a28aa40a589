package dk.taktstok.io;

/**
 * Refusals the app answers with a question rather than just a message: their words are fixed, so that
 * {@link ReadResult#needsPassword()} can tell them from other problems.
 */
public final class Refusals {

    /** An encrypted workbook, opened without a password. */
    public static final String PASSWORD_NEEDED = "the workbook is password-protected; it opens with its password";

    /** An encrypted workbook, opened with a password that does not open it. */
    public static final String PASSWORD_WRONG = "the password is wrong";

    private Refusals() {
    }
}
