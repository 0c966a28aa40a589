package dk.taktstok.io.store;

import dk.taktstok.model.Metadata;
import dk.taktstok.model.Study;
import dk.taktstok.model.Text;
import dk.taktstok.testing.SampleFixture;

/**
 * Numbered versions of the sample table's study, each told apart by its title ("version 17") and a source line
 * of a size that varies with the number, so that versions differ in length as real edits do.
 */
public final class Versions {

    /** Built by hand, so that a process that only saves need not read a file first. */
    private static final Study SAMPLE = SampleFixture.study();

    private Versions() {
    }

    public static Study version(int n) {
        Metadata m = SAMPLE.metadata();
        String source = "Annotation work " + n + ": " + "note ".repeat(200 + (n * 37) % 4000);
        return SAMPLE.withMetadata(new Metadata(Text.of("version " + n), Text.of(source), m.authors(),
                m.publisher(), m.date(), m.language(), m.population(), m.respondents()));
    }

    /** The number of a version made here, from its title; -1 for any other study. */
    public static int numberOf(Study study) {
        String title = study.metadata().title().text();
        return title.startsWith("version ") ? Integer.parseInt(title.substring("version ".length())) : -1;
    }
}
