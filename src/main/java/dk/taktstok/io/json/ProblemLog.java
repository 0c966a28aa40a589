package dk.taktstok.io.json;

import dk.taktstok.io.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems met while mapping a file to a study, in the order met. Most errors leave the study
 * unbuildable ({@link #blocking()}); an error in a single share does not, the share becomes NaN.
 */
final class ProblemLog {

    private final List<Problem> problems = new ArrayList<>();
    private int blockingErrors;

    /** An error that leaves no study. */
    void error(JsonPath at, String message) {
        problems.add(Problem.error(at.text(), message));
        blockingErrors++;
    }

    /** An error in one share; the study is still built, with NaN for that share. */
    void shareError(JsonPath at, String message) {
        problems.add(Problem.error(at.text(), message));
    }

    void warning(JsonPath at, String message) {
        problems.add(Problem.warning(at.text(), message));
    }

    boolean blocking() {
        return blockingErrors > 0;
    }

    /** A mark to pass to {@link #blockedSince(int)}. */
    int mark() {
        return blockingErrors;
    }

    /** Whether an error that leaves no study was met after {@code mark} was taken. */
    boolean blockedSince(int mark) {
        return blockingErrors > mark;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
