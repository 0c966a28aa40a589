package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.SaveOutcome;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.io.store.StudySaver;
import dk.taktstok.model.Study;
import dk.taktstok.testing.Examples;
import dk.taktstok.testing.OwnFaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** A study written and read again is the same study: in memory, and saved to a file and opened again. */
class RoundTripPropertiesTest {

    private final JsonStudyWriter writer = new JsonStudyWriter();
    private final JsonStudyReader reader = new JsonStudyReader();

    private static Path file;

    @BeforeContainer
    static void makeFile() throws IOException {
        file = Files.createTempFile("taktstok-round-trip", ".json");
    }

    @AfterContainer
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
    }

    @Provide
    Arbitrary<Study> studies() {
        return Examples.of((random, size) -> new RandomStudies(random.nextLong()).next());
    }

    @Property(tries = 500)
    void aStudyWrittenAndReadAgainIsTheSame(@ForAll("studies") Study study) {
        assertThat(reader.readString(writer.toJson(study)).study()).isEqualTo(study);
    }

    @Property(tries = 100)
    void aStudySavedAndOpenedAgainIsTheSame(@ForAll("studies") Study study) throws IOException {
        var saved = StudySaver.standard().saveAnyway(study, file);
        ReadResult opened = StudyFiles.standard().read(file);

        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        OwnFaults.failOnInternal(opened.problems());
        assertThat(opened.study()).isEqualTo(study);
    }

    @Property(tries = 300)
    void writingIsStable(@ForAll("studies") Study study) {
        String once = writer.toJson(study);
        String twice = writer.toJson(reader.readString(once).study());

        assertThat(twice).isEqualTo(once);
    }
}
