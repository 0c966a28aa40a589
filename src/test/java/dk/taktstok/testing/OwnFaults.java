package dk.taktstok.testing;

import dk.taktstok.io.InternalFaults;
import dk.taktstok.io.Problem;
import java.util.List;

/**
 * Makes a fault of Taktstok's own code fail a test, wherever it surfaces: thrown (judged on the whole
 * stack by {@link InternalFaults#isOurs}, so a fault inside {@code ArrayList.get} that our code called is
 * ours), or caught by a reader and reported as an internal problem ({@link Problem#isInternal}), which is
 * never a rejected file.
 */
public final class OwnFaults {

    private OwnFaults() {
    }

    /** Rethrows {@code failure} if it is a fault of Taktstok's own code; returns quietly otherwise. */
    public static void rethrowIfOurs(Throwable failure) {
        if (InternalFaults.isOurs(failure)) {
            throw new AssertionError("a fault in Taktstok's own code: " + failure, failure);
        }
    }

    /** Fails, with the fault as the cause, if a reader reported a fault of its own among {@code problems}. */
    public static void failOnInternal(List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.isInternal()) {
                throw new AssertionError("a fault in Taktstok's own code, reported as: " + problem.describe(),
                        problem.fault());
            }
        }
    }
}
