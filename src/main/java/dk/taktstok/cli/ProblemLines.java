package dk.taktstok.cli;

import dk.taktstok.io.Problem;
import dk.taktstok.io.Refusals;
import java.io.PrintWriter;
import java.util.List;

/** Problems as the command line prints them: {@code error: FILE: what is wrong, at where}. */
final class ProblemLines {

    /**
     * Problems printed per file unless all are asked for: a workbook that is not a survey table can
     * give thousands, and the first ones say what is wrong.
     */
    static final int DEFAULT_LIMIT = 30;

    private ProblemLines() {
    }

    static String line(String file, Problem problem) {
        String line = problem.severity().word() + ": " + file + ": " + problem.describe();
        return problem.message().equals(Refusals.PASSWORD_NEEDED) ? line + " (give it with --password)" : line;
    }

    static void print(PrintWriter err, String file, List<Problem> problems) {
        print(err, file, problems, DEFAULT_LIMIT);
    }

    /** Prints at most {@code limit} problems, then one line counting the rest. */
    static void print(PrintWriter err, String file, List<Problem> problems, int limit) {
        int shown = Math.min(limit, problems.size());
        for (Problem problem : problems.subList(0, shown)) {
            err.println(line(file, problem));
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
