package dk.taktstok.io;

import dk.taktstok.model.Banner;
import dk.taktstok.model.Study;
import java.util.List;

/**
 * What one format's reader gives back before the study-wide checks: the study (null when the file
 * could not be read), where its parts came from, and the problems met while reading; and the study by
 * the groups of each banner asked for ({@code --by}) or read from a report, in the order asked.
 */
public record Parsed(Study study, SourceMap sourceMap, List<Problem> problems, List<Banner> banners) {

    public Parsed {
        sourceMap = sourceMap == null ? SourceMap.NONE : sourceMap;
        problems = List.copyOf(problems);
        banners = banners == null ? List.of() : List.copyOf(banners);
    }

    public Parsed(Study study, SourceMap sourceMap, List<Problem> problems) {
        this(study, sourceMap, problems, List.of());
    }

    public Parsed withBanners(List<Banner> newBanners) {
        return new Parsed(study, sourceMap, problems, newBanners);
    }

    public static Parsed failed(Problem problem) {
        return new Parsed(null, SourceMap.NONE, List.of(problem));
    }
}
