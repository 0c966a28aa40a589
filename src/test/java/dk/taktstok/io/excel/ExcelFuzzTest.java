package dk.taktstok.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.taktstok.io.Parsed;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.testing.OwnFaults;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz target of the workbook reader: any bytes, as a file, give a study or a problem. POI may refuse a
 * mutated file in any way it likes (the reader turns that into "damaged"), but Taktstok's own code, from
 * the sheet handler to the table finder and the checks, must never throw nor report a fault of its own. Runs over the committed inputs
 * (ExcelFuzzTestInputs) in every build; fuzzes with JAZZER_FUZZ=1 (.ci/fuzz).
 */
class ExcelFuzzTest {

    private final ExcelStudyReader reader = new ExcelStudyReader();

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveAStudyOrAProblem(byte[] bytes) throws Exception {
        Path file = Files.createTempFile("fuzz", ".xlsx");
        try {
            Files.write(file, bytes);
            Parsed parsed;
            try {
                parsed = reader.readOrThrow(file, dk.taktstok.io.ReadOptions.DEFAULT);
            } catch (Exception | StackOverflowError | AssertionError e) {
                OwnFaults.rethrowIfOurs(e);
                parsed = reader.read(file);
            }
            var result = StudyFiles.finish(parsed);
            OwnFaults.failOnInternal(result.problems());
            assertThat(result.study() != null || !result.problems().isEmpty()).isTrue();
            if (result.study() != null && !result.hasErrors()) {
                // a share that could not be read is always reported; a study without errors has every share
                result.study().tables().forEach(table -> table.items().forEach(item ->
                        assertThat(item.shares()).allMatch(Double::isFinite)));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
