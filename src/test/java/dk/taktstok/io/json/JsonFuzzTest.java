package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.taktstok.io.Parsed;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.testing.OwnFaults;
import java.io.ByteArrayInputStream;

/**
 * Fuzz target of the study-file reader: any bytes give a study or a problem, never an exception, and a
 * study that reads without errors is written and read back the same. Runs over the committed inputs
 * (JsonFuzzTestInputs) in every build; fuzzes with JAZZER_FUZZ=1 (.ci/fuzz).
 */
class JsonFuzzTest {

    private final JsonStudyReader reader = new JsonStudyReader();
    private final JsonStudyWriter writer = new JsonStudyWriter();

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveAStudyOrAProblem(byte[] bytes) {
        Parsed parsed = reader.read(new ByteArrayInputStream(bytes));
        var result = StudyFiles.finish(parsed);

        OwnFaults.failOnInternal(result.problems());
        assertThat(result.study() != null || !result.problems().isEmpty()).isTrue();
        if (result.study() != null && !result.hasErrors()) {
            assertThat(reader.readString(writer.toJson(result.study())).study()).isEqualTo(result.study());
        }
    }
}
