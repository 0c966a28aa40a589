package dk.taktstok.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Option;

/**
 * {@code --password} for encrypted workbooks: {@code --password SECRET}, or {@code --password -} to be
 * asked for it without it showing on the screen (read from standard input where there is no terminal).
 * The password is only handed to the reader; no message repeats it.
 */
final class PasswordOption {

    /** The value that means "ask me". */
    static final String ASK = "-";

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Password of an encrypted workbook; '-' asks for it (it is not shown as you type).")
    String value;

    /** The password given, asked for where it was '-'; null where none was given. */
    String text() {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.equals(ASK)) {
            value = ask();
        }
        return value;
    }

    private static String ask() {
        Console console = System.console();
        if (console != null && console.isTerminal()) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        try {
            // not closed: standard input belongs to the process
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? null : line;
        } catch (IOException e) {
            return null;
        }
    }
}
