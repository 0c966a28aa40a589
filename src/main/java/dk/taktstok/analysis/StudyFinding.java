package dk.taktstok.analysis;

import java.util.Objects;

/**
 * What a study check found, where, in plain words for a journalist.
 *
 * @param level an error makes the study unusable (a share over 100 %); a warning does not (a row summing
 *              to 101)
 */
public record StudyFinding(Level level, StudyPlace place, String message) {

    public enum Level {
        ERROR,
        WARNING
    }

    public StudyFinding {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
    }

    static StudyFinding error(StudyPlace place, String message) {
        return new StudyFinding(Level.ERROR, place, message);
    }

    static StudyFinding warning(StudyPlace place, String message) {
        return new StudyFinding(Level.WARNING, place, message);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }
}
