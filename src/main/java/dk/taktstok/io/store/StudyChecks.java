package dk.taktstok.io.store;

import dk.taktstok.analysis.StudyFinding;
import dk.taktstok.analysis.StudyPlace;
import dk.taktstok.analysis.StudyValidator;
import dk.taktstok.io.Problem;
import dk.taktstok.io.Severity;
import dk.taktstok.io.SourceMap;
import dk.taktstok.model.Study;
import java.util.List;

/**
 * The study checks ({@link StudyValidator}) as problems with the input: each finding at the place its
 * part of the study was read from ("Data!C5", "12:7", a JSON path).
 */
public final class StudyChecks {

    private StudyChecks() {
    }

    public static List<Problem> problems(Study study, SourceMap places) {
        return StudyValidator.validate(study).stream().map(finding -> problem(finding, places)).toList();
    }

    /** One finding as a problem at its place in {@code places} (without a place for {@link SourceMap#NONE}). */
    public static Problem problem(StudyFinding finding, SourceMap places) {
        String location = switch (finding.place()) {
            case StudyPlace.Table t -> places.table(t.table());
            case StudyPlace.Item i -> places.item(i.table(), i.item());
            case StudyPlace.Share s -> places.share(s.table(), s.item(), s.category());
        };
        Severity severity = switch (finding.level()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
        };
        return new Problem(severity, location, finding.message());
    }
}
