package dk.taktstok.io;

import dk.taktstok.model.Study;
import java.util.List;
import java.util.Optional;

/**
 * What reading a file gave: a study (absent when the file could not be read at all) and the problems
 * found on the way, in the order met.
 */
public record ReadResult(Study study, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    public static ReadResult failed(Problem problem) {
        return new ReadResult(null, List.of(problem));
    }

    public Optional<Study> studyIfAny() {
        return Optional.ofNullable(study);
    }

    /** Whether the read was cancelled (through its {@link ReadProgress}) before it was done. */
    public boolean cancelled() {
        return study == null && problems.contains(ReadProgress.CANCELLED);
    }

    public boolean hasErrors() {
        return study == null || problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
