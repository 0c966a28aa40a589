package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.ReadResult;
import dk.taktstok.io.SaveOutcome;
import dk.taktstok.io.StudyFiles;
import dk.taktstok.io.StudySaver;
import dk.taktstok.model.Study;
import dk.taktstok.testing.Property;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study written and read again is the same study: in memory, and saved to a file and opened again. */
class RoundTripPropertiesTest {

    private final JsonStudyWriter writer = new JsonStudyWriter();
    private final JsonStudyReader reader = new JsonStudyReader();

    @TempDir
    Path folder;

    @Test
    void aStudyWrittenAndReadAgainIsTheSame() {
        Property.forAll(500, (random, size) -> new RandomStudies(random.nextLong()).next(),
                study -> assertThat(reader.readString(writer.toJson(study)).study()).isEqualTo(study));
    }

    @Test
    void aStudySavedAndOpenedAgainIsTheSame() {
        StudySaver saver = StudySaver.standard();
        Path file = folder.resolve("study.json");
        Property.forAll(100, (random, size) -> new RandomStudies(random.nextLong()).next(), study -> {
            var saved = saver.saveAnyway(study, file);
            ReadResult opened = StudyFiles.standard().read(file);

            assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
            assertThat(opened.study()).isEqualTo(study);
        });
    }

    @Test
    void writingIsStable() {
        Property.forAll(300, (random, size) -> new RandomStudies(random.nextLong()).next(), (Study study) -> {
            String once = writer.toJson(study);
            String twice = writer.toJson(reader.readString(once).study());

            assertThat(twice).isEqualTo(once);
        });
    }
}
