package dk.taktstok.io;

import java.util.Objects;

/**
 * Something wrong with an input, and where.
 *
 * @param location a cell ({@code Data!C5}), a line and column ({@code 12:7}), a JSON path
 *                 ({@code $.tables[0].items[2].shares[1]}), or null where the problem is the whole file
 * @param message  plain words for a journalist, never a stack trace
 */
public record Problem(Severity severity, String location, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String location, String message) {
        return new Problem(Severity.ERROR, location, message);
    }

    public static Problem warning(String location, String message) {
        return new Problem(Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "what is wrong, at where", or just "what is wrong". */
    public String describe() {
        return location == null ? message : message + ", at " + location;
    }
}
