package dk.taktstok.cli;

/** The exit codes of SPEC §3. */
final class ExitCodes {

    /** Done; warnings allowed. */
    static final int OK = 0;
    /** The input is unreadable or invalid. */
    static final int INVALID_INPUT = 1;
    /** Wrong usage: an unknown option, a missing argument. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
