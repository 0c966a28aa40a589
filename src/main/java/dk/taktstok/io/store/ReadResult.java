package dk.taktstok.io.store;

import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadProgress;
import dk.taktstok.io.Refusals;
import dk.taktstok.io.SourceMap;
import dk.taktstok.model.Banner;
import dk.taktstok.model.Study;
import java.util.List;
import java.util.Optional;

/**
 * What reading a file gave: a study (absent when the file could not be read at all), the problems
 * found on the way, in the order met, and where the study's parts came from, so that a problem can be
 * matched to its item or share.
 */
public record ReadResult(Study study, List<Problem> problems, SourceMap places, List<Banner> banners) {

    public ReadResult {
        problems = List.copyOf(problems);
        places = places == null ? SourceMap.NONE : places;
        banners = banners == null ? List.of() : List.copyOf(banners);
    }

    public ReadResult(Study study, List<Problem> problems, SourceMap places) {
        this(study, problems, places, List.of());
    }

    public ReadResult(Study study, List<Problem> problems) {
        this(study, problems, SourceMap.NONE);
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

    /**
     * Whether the file is an encrypted workbook that did not open for want of the right password: the
     * app asks for it and reads the file again with it.
     */
    public boolean needsPassword() {
        return study == null && problems.stream().anyMatch(p -> p.isError()
                && (p.message().equals(Refusals.PASSWORD_NEEDED) || p.message().equals(Refusals.PASSWORD_WRONG)));
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
