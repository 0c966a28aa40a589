package dk.taktstok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Study;
import dk.taktstok.testing.Seed;
import dk.taktstok.viewmodel.Progress;
import dk.taktstok.viewmodel.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileStudyStoreTest {

    private static final Study SAMPLE = SampleStudy.load();

    @TempDir
    Path folder;

    private final FileStudyStore store = new FileStudyStore(StudyFiles.standard());

    @Test
    void aPastedTableWithoutATitleIsCalledByTheGivenName() {
        var result = store.paste(Seed.csv('\t', true), "Indsat tabel");

        assertThat(result.study().metadata().title().text()).isEqualTo("Indsat tabel");
        assertThat(result.study().tables().getFirst().title().text()).isEqualTo("Indsat tabel");
        assertThat(result.study().tables().getFirst().items()).hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a\\b", "hvad?", " ", ""})
    void anyNameCanBeGivenAPastedTable(String name) {
        assertThat(store.paste(Seed.csv('\t', true), name).study().tables()).hasSize(1);
    }

    @Test
    void aSavedStudyReadsBackAsItWasAndTheOldVersionIsKept() throws Exception {
        Path file = folder.resolve("study.json");
        store.save(SAMPLE, file, false);
        Study edited = SAMPLE.withCharts(SAMPLE.charts().subList(0, 1));

        store.save(edited, file, false);

        assertThat(StudyFiles.standard().read(file).study()).isEqualTo(edited);
        assertThat(StudyFiles.standard().read(folder.resolve("study.json.bak")).study()).isEqualTo(SAMPLE);
    }

    @Test
    void aFileChangedByAnotherProgramIsOnlyOverwrittenWhenAskedTo() throws Exception {
        Path file = folder.resolve("study.json");
        store.save(SAMPLE, file, false);
        Files.writeString(file, "{}");

        assertThatThrownBy(() -> store.save(SAMPLE, file, false)).isInstanceOf(StudyStore.ChangedOnDisk.class);
        assertThat(Files.readString(file)).isEqualTo("{}");

        store.save(SAMPLE, file, true);
        assertThat(StudyFiles.standard().read(file).study()).isEqualTo(SAMPLE);
    }

    @Test
    void aFileOpenedIsReadAsTheCommandLineReadsIt() throws Exception {
        Path file = folder.resolve("study.json");
        store.save(SAMPLE, file, false);

        assertThat(store.open(file, null, Progress.NONE).study()).isEqualTo(SAMPLE);
    }
}
