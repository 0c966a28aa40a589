package dk.taktstok.cli;

import dk.taktstok.io.Problem;
import dk.taktstok.io.Refusals;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Problems as the command line prints them: {@code error: FILE: what is wrong, at where}. A fault of
 * Taktstok's own code is one such line too; its stack trace follows only with {@code --debug}.
 */
final class ProblemLines {

    /**
     * Problems printed per file unless all are asked for: a workbook that is not a survey table can
     * give thousands, and the first ones say what is wrong.
     */
    static final int DEFAULT_LIMIT = 30;

    private ProblemLines() {
    }

    /** Whether {@code --debug} was given, wherever on the command line. */
    static boolean debug(CommandSpec spec) {
        OptionSpec option = spec.findOption("--debug");
        return option != null && Boolean.TRUE.equals(option.getValue());
    }

    static String line(String file, Problem problem, boolean debug) {
        String line = problem.severity().word() + ": " + file + ": " + problem.describe();
        if (problem.isInternal() && !debug) {
            return line + " (run it again with --debug for the details)";
        }
        return problem.message().equals(Refusals.PASSWORD_NEEDED) ? line + " (give it with --password)" : line;
    }

    static void print(PrintWriter err, String file, List<Problem> problems, boolean debug) {
        print(err, file, problems, DEFAULT_LIMIT, debug);
    }

    /** Prints at most {@code limit} problems, then one line counting the rest. */
    static void print(PrintWriter err, String file, List<Problem> problems, int limit, boolean debug) {
        int shown = Math.min(limit, problems.size());
        for (Problem problem : problems.subList(0, shown)) {
            err.println(line(file, problem, debug));
            if (problem.isInternal() && debug) {
                problem.fault().printStackTrace(err);
            }
        }
        List<Problem> rest = problems.subList(shown, problems.size());
        if (!rest.isEmpty()) {
            String severity = rest.stream().anyMatch(Problem::isError) ? "error" : "warning";
            err.println(severity + ": " + file + ": " + String.format("%,d", rest.size()).replace('\u00A0', ',')
                    + " more problems are not shown; 'taktstok validate --all " + file + "' lists them all");
        }
        err.flush();
    }
}
