package dk.taktstok.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = TaktstokCli.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Whether anything looks like a Java stack trace or an exception's class name. */
    boolean showsAStackTrace() {
        String all = out + err;
        return all.contains("\tat ") || all.contains("Exception") || all.contains("at java.")
                || all.contains("at dk.taktstok.");
    }
}
