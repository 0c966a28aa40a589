package dk.taktstok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @Test
    void readingWhatConvertWroteGivesTheSameStudy(@TempDir Path folder) throws Exception {
        Path workbook = BadInputs.seed(folder);
        Path study = folder.resolve("study.json");

        CliRun run = CliRun.of("convert", workbook.toString(), "--out", study.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        ReadResult original = StudyFiles.standard().read(workbook);
        ReadResult converted = StudyFiles.standard().read(study);
        assertThat(converted.problems()).isEmpty();
        assertThat(converted.study()).isEqualTo(original.study());
    }

    @Test
    void convertingTheSampleJsonKeepsEverything(@TempDir Path folder) throws Exception {
        Path first = BadInputs.sampleJsonWith(folder, "sample.json", "\"format\"", "\"format\"");
        Path second = folder.resolve("again.json");

        CliRun run = CliRun.of("convert", first.toString(), "--out", second.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(StudyFiles.standard().read(second).study()).isEqualTo(StudyFiles.standard().read(first).study());
    }

    @Test
    void invalidInputWritesNothing(@TempDir Path folder) throws Exception {
        Path bad = BadInputs.seedWith(folder, "na", 4, 'C', "n/a");
        Path study = folder.resolve("study.json");

        CliRun run = CliRun.of("convert", bad.toString(), "--out", study.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(study).doesNotExist();
    }

    @Test
    void outputMustBeAJsonFileSoAWorkbookIsNeverOverwritten(@TempDir Path folder) throws Exception {
        Path workbook = BadInputs.seed(folder);
        byte[] before = Files.readAllBytes(workbook);

        CliRun run = CliRun.of("convert", workbook.toString(), "--out", workbook.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a study file's name ends in .json");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @Test
    void outputNamingTheInputIsRefused(@TempDir Path folder) throws Exception {
        Path study = BadInputs.sampleJsonWith(folder, "sample.json", "\"format\"", "\"format\"");

        CliRun run = CliRun.of("convert", study.toString(), "--out", study.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out names the input file");
    }

    @Test
    void convertedRespondentFileKeepsEachItemsNumberOfAnswers(@TempDir Path folder) throws Exception {
        Path data = dk.taktstok.testing.RespondentWorkbooks.write(folder.resolve("survey.csv"), 120, 4, 2,
                dk.taktstok.testing.RespondentWorkbooks.Options.TEXT.withWeights());
        Path target = folder.resolve("survey.json");

        CliRun run = CliRun.of("convert", data.toString(), "--weight", "vægt", "--out", target.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        ReadResult reread = StudyFiles.standard().read(target);
        ReadResult direct = StudyFiles.standard().read(data, dk.taktstok.io.ReadOptions.DEFAULT.withWeight("vægt"));
        assertThat(reread.study()).isEqualTo(direct.study());
        assertThat(reread.study().tables().getFirst().items().getFirst().n()).isEqualTo(120);
        assertThat(reread.study().tables().getFirst().items().getFirst().effectiveN()).isNotNull();
    }
}
