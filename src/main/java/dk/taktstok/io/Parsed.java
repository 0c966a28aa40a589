package dk.taktstok.io;

import dk.taktstok.model.Study;
import java.util.List;

/**
 * What one format's reader gives back before the study-wide checks: the study (null when the file
 * could not be read), where its parts came from, and the problems met while reading.
 */
public record Parsed(Study study, SourceMap sourceMap, List<Problem> problems) {

    public Parsed {
        sourceMap = sourceMap == null ? SourceMap.NONE : sourceMap;
        problems = List.copyOf(problems);
    }

    public static Parsed failed(Problem problem) {
        return new Parsed(null, SourceMap.NONE, List.of(problem));
    }
}
