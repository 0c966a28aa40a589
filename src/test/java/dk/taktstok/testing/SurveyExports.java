package dk.taktstok.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the real survey exports are: the folder the system property {@code taktstok.surveyExports} names,
 * else the project's copy among the test resources ({@code dk/taktstok/survey-exports}, with the
 * MANIFEST.md that gives each file's origin, licence and reference numbers), else
 * shared/corpus/survey-exports beside the checkout. Tests that need them skip, saying so, where none is there.
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
        var copy = SurveyExports.class.getResource("/dk/taktstok/survey-exports/MANIFEST.md");
        if (copy != null && "file".equals(copy.getProtocol())) {
            try {
                return Optional.of(Path.of(copy.toURI()).getParent());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
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
