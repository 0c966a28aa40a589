package dk.taktstok.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the real survey exports are: shared/corpus/survey-exports beside the checkout (found from the
 * working folder upwards), or the folder the system property {@code taktstok.surveyExports} names. Tests
 * that need them skip, saying so, where they are not there.
 */
public final class SurveyExports {

    private SurveyExports() {
    }

    public static Optional<Path> folder() {
        String given = System.getProperty("taktstok.surveyExports");
        if (given != null) {
            Path path = Path.of(given);
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/survey-exports");
            if (Files.isRegularFile(candidate.resolve("MANIFEST.md"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A file of the folder; the test is skipped (not failed) where the folder or the file is absent. */
    public static Path file(String name) {
        Path folder = folder().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(folder != null,
                "the real survey exports (shared/corpus/survey-exports) are not beside this checkout");
        Path file = folder.resolve(name);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file), name + " is not in " + folder);
        return file;
    }
}
