package dk.taktstok.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudySaverTest {

    private final StudySaver saver = StudySaver.standard();

    @TempDir
    Path folder;

    private static int versionIn(Path file) {
        ReadResult read = StudyFiles.standard().read(file);
        assertThat(read.errors()).as("errors in %s", file).isEmpty();
        return Versions.numberOf(read.study());
    }

    @Test
    void aNewFileIsWrittenWithoutABackup() throws Exception {
        Path file = folder.resolve("study.json");

        SaveOutcome outcome = saver.save(Versions.version(1), file, null);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(((SaveOutcome.Saved) outcome).backup()).isNull();
        assertThat(versionIn(file)).isEqualTo(1);
        assertThat(StudySaver.backupOf(file)).doesNotExist();
    }

    @Test
    void savingKeepsThePreviousVersionAsBak() throws Exception {
        Path file = folder.resolve("study.json");
        var first = (SaveOutcome.Saved) saver.save(Versions.version(1), file, null);

        var second = (SaveOutcome.Saved) saver.save(Versions.version(2), file, first.stamp());

        assertThat(second.backup()).isEqualTo(folder.resolve("study.json.bak"));
        assertThat(versionIn(file)).isEqualTo(2);
        assertThat(versionIn(second.backup())).isEqualTo(1);
    }

    @Test
    void theStampOfASaveMatchesTheFileOnDisk() throws Exception {
        Path file = folder.resolve("study.json");

        var saved = (SaveOutcome.Saved) saver.save(Versions.version(1), file, null);

        assertThat(saved.stamp().sameContentAs(FileStamp.of(file))).isTrue();
        assertThat(saved.stamp().size()).isEqualTo(Files.size(file));
    }

    @Test
    void aFileAnotherProgramChangedIsNotOverwritten() throws Exception {
        Path file = folder.resolve("study.json");
        var saved = (SaveOutcome.Saved) saver.save(Versions.version(1), file, null);
        Files.writeString(file, Files.readString(file).replace("version 1", "edited elsewhere"));
        byte[] theirs = Files.readAllBytes(file);

        SaveOutcome outcome = saver.save(Versions.version(2), file, saved.stamp());

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.ChangedOnDisk.class, changed -> {
            assertThat(changed.expected()).isEqualTo(saved.stamp());
            assertThat(changed.found().sameContentAs(saved.stamp())).isFalse();
            assertThat(changed.message()).contains("changed by another program");
        });
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        assertThat(StudySaver.backupOf(file)).doesNotExist();
    }

    @Test
    void aChangeOfTheSameLengthIsSeenToo() throws Exception {
        Path file = folder.resolve("study.json");
        var saved = (SaveOutcome.Saved) saver.save(Versions.version(1), file, null);
        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, Files.readString(file).replace("version 1", "version 9"));
        Files.setLastModifiedTime(file, modified);

        assertThat(saver.save(Versions.version(2), file, saved.stamp())).isInstanceOf(SaveOutcome.ChangedOnDisk.class);
    }

    @Test
    void aFileOnlyTouchedSinceCountsAsUnchanged() throws Exception {
        Path file = folder.resolve("study.json");
        var saved = (SaveOutcome.Saved) saver.save(Versions.version(1), file, null);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(saver.save(Versions.version(2), file, saved.stamp())).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void saveAnywayOverwritesAChangedFileAndKeepsTheirVersionAsBak() throws Exception {
        Path file = folder.resolve("study.json");
        saver.save(Versions.version(1), file, null);
        Files.writeString(file, Files.readString(file).replace("version 1", "version 77"));

        var saved = saver.saveAnyway(Versions.version(2), file);

        assertThat(versionIn(file)).isEqualTo(2);
        assertThat(versionIn(saved.backup())).isEqualTo(77);
    }

    @Test
    void aFileDeletedSinceIsWrittenAnew() throws Exception {
        Path file = folder.resolve("study.json");
        var saved = (SaveOutcome.Saved) saver.save(Versions.version(1), file, null);
        Files.delete(file);

        assertThat(saver.save(Versions.version(2), file, saved.stamp())).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(versionIn(file)).isEqualTo(2);
    }

    @Test
    void theStampOfAnOpenedFileLetsTheFirstSaveThrough() throws Exception {
        Path file = folder.resolve("study.json");
        saver.save(Versions.version(1), file, null);
        FileStamp opened = FileStamp.of(file);

        assertThat(saver.save(Versions.version(2), file, opened)).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws Exception {
        Path file = folder.resolve("study.json");
        SaveOutcome last = saver.save(Versions.version(1), file, null);
        for (int n = 2; n <= 5; n++) {
            last = saver.save(Versions.version(n), file, ((SaveOutcome.Saved) last).stamp());
        }

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("study.json", "study.json.bak");
        }
    }

    @Test
    void temporaryFilesThatAKilledSaveLeftAreTidiedAway() throws Exception {
        Path file = folder.resolve("study.json");
        Path leftover = Files.writeString(folder.resolve(".study.json.12345.tmp"), "{\"half\": ");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minusSeconds(3600)));
        Path fresh = Files.writeString(folder.resolve(".study.json.67890.tmp"), "{\"in progress\": ");

        saver.save(Versions.version(1), file, null);

        assertThat(leftover).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void writingACopyReplacesTheOldFileWholeAndKeepsNoBackup() throws Exception {
        Path file = Files.writeString(folder.resolve("study.json"), "old");

        saver.write(Versions.version(3), file);

        assertThat(versionIn(file)).isEqualTo(3);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}
