package dk.taktstok.io;

import java.util.Objects;

/**
 * Something wrong with an input, and where; or a fault in Taktstok's own code met while reading it
 * ({@link #internal}), which is never the input's fault. Both reach the user in plain words; an internal
 * one is told apart ({@link #isInternal}), so that the command line can show its stack trace with
 * {@code --debug} and every test and fuzz target fails on it instead of taking it for a rejected file.
 *
 * @param location a cell ({@code Data!C5}), a line and column ({@code 12:7}), a JSON path
 *                 ({@code $.tables[0].items[2].shares[1]}), or null where the problem is the whole file
 * @param message  plain words for a journalist, never a stack trace
 * @param fault    what Taktstok's own code threw, for an internal problem; null for a problem with the input
 */
public record Problem(Severity severity, String location, String message, Throwable fault) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with the input. */
    public Problem(Severity severity, String location, String message) {
        this(severity, location, message, null);
    }

    public static Problem error(String location, String message) {
        return new Problem(Severity.ERROR, location, message);
    }

    public static Problem warning(String location, String message) {
        return new Problem(Severity.WARNING, location, message);
    }

    /** A fault of Taktstok's own code while reading (an error: nothing was read where it happened). */
    public static Problem internal(String location, String message, Throwable fault) {
        return new Problem(Severity.ERROR, location, message, Objects.requireNonNull(fault, "fault"));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether this is a fault of Taktstok's own code rather than a problem with the input. */
    public boolean isInternal() {
        return fault != null;
    }

    /** "what is wrong, at where", or just "what is wrong". */
    public String describe() {
        return location == null ? message : message + ", at " + location;
    }
}
