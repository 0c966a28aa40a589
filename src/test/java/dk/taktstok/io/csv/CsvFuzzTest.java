package dk.taktstok.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.taktstok.io.Parsed;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.testing.OwnFaults;

/**
 * Fuzz target of the CSV reader: any bytes give a study or a problem, and no exception or fault of its own,
 * from decoding through the table finder to the checks. Runs over the committed inputs (CsvFuzzTestInputs) in every
 * build; fuzzes with JAZZER_FUZZ=1 (.ci/fuzz).
 */
class CsvFuzzTest {

    private final CsvStudyReader reader = new CsvStudyReader();

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveAStudyOrAProblem(byte[] bytes) {
        Parsed parsed = reader.read(bytes, "fuzz");
        var result = StudyFiles.finish(parsed);

        OwnFaults.failOnInternal(result.problems());
        assertThat(result.study() != null || !result.problems().isEmpty()).isTrue();
        if (result.study() != null && !result.hasErrors()) {
            // a share that could not be read is always reported; a study without errors has every share
            result.study().tables().forEach(table -> table.items().forEach(item ->
                    assertThat(item.shares()).allMatch(Double::isFinite)));
        }
    }
}
