package dk.taktstok.cli;

import dk.taktstok.io.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Problems as the command line prints them: {@code error: FILE: what is wrong, at where}. */
final class ProblemLines {

    private ProblemLines() {
    }

    static String line(String file, Problem problem) {
        return problem.severity().word() + ": " + file + ": " + problem.describe();
    }

    static void print(PrintWriter err, String file, List<Problem> problems) {
        for (Problem problem : problems) {
            err.println(line(file, problem));
        }
        err.flush();
    }
}
