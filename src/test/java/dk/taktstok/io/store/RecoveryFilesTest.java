package dk.taktstok.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryFilesTest {

    @TempDir
    Path folder;

    private RecoveryFiles at(String time) {
        return new RecoveryFiles(folder.resolve("recovery"), Clock.fixed(Instant.parse(time), ZoneOffset.UTC));
    }

    /** What a crashed run leaves looks, to the next run, like copies whose process has ended. */
    private void pretendTheWriterCrashed() throws Exception {
        try (var infos = Files.newDirectoryStream(folder.resolve("recovery"), "*.recovery")) {
            for (Path info : infos) {
                Properties p = new Properties();
                try (var in = Files.newInputStream(info)) {
                    p.load(in);
                }
                p.setProperty("processStart", "2000-01-01T00:00:00Z");
                try (var out = Files.newOutputStream(info)) {
                    p.store(out, null);
                }
            }
        }
    }

    @Test
    void aCopyLeftByACrashIsListedWithItsFileAndTimeAndRestoresTheLastWork() throws Exception {
        Path original = folder.resolve("survey.json");
        RecoveryFiles.Slot slot = at("2026-11-27T10:00:00Z").slot(original);
        slot.write(Versions.version(1));
        at("2026-11-27T10:01:00Z").slot(original).write(Versions.version(2));
        pretendTheWriterCrashed();

        RecoveryFiles next = at("2026-11-27T11:00:00Z");
        var list = next.list();

        assertThat(list).singleElement().satisfies(r -> {
            assertThat(r.original()).isEqualTo(original.toAbsolutePath());
            assertThat(r.savedAt()).isEqualTo(Instant.parse("2026-11-27T10:01:00Z"));
            assertThat(r.title()).isEqualTo("version 2");
        });
        ReadResult restored = next.restore(list.getFirst());
        assertThat(restored.errors()).isEmpty();
        assertThat(restored.study()).isEqualTo(Versions.version(2));
    }

    @Test
    void copiesOfARunningTaktstokAreNotOffered() throws Exception {
        at("2026-11-27T10:00:00Z").slot(folder.resolve("a.json")).write(Versions.version(1));

        assertThat(at("2026-11-27T10:00:30Z").list()).isEmpty();
    }

    @Test
    void aCleanSaveDiscardsTheCopy() throws Exception {
        RecoveryFiles recovery = at("2026-11-27T10:00:00Z");
        RecoveryFiles.Slot slot = recovery.slot(folder.resolve("a.json"));
        slot.write(Versions.version(1));

        slot.discard();

        try (var left = Files.list(recovery.folder())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void untitledStudiesGetSlotsOfTheirOwnAndTheListIsNewestFirst() throws Exception {
        at("2026-11-27T09:00:00Z").untitledSlot().write(Versions.version(1));
        at("2026-11-27T09:05:00Z").untitledSlot().write(Versions.version(2));
        at("2026-11-27T09:02:00Z").slot(folder.resolve("b.json")).write(Versions.version(3));
        pretendTheWriterCrashed();

        var list = at("2026-11-27T12:00:00Z").list();

        assertThat(list).extracting(RecoveryFiles.Recovery::title).containsExactly("version 2", "version 3", "version 1");
        assertThat(list.getFirst().original()).isNull();
    }

    @Test
    void discardingARestoredCopyRemovesIt() throws Exception {
        at("2026-11-27T09:00:00Z").slot(folder.resolve("c.json")).write(Versions.version(4));
        pretendTheWriterCrashed();
        RecoveryFiles next = at("2026-11-27T12:00:00Z");

        next.discard(next.list().getFirst());

        assertThat(next.list()).isEmpty();
    }

    @Test
    void aMissingOrEmptyFolderHasNothingToRecover() {
        assertThat(new RecoveryFiles(folder.resolve("none")).list()).isEmpty();
    }

    @Test
    void aDamagedNoteIsSkippedNotFatal() throws Exception {
        Path recovery = Files.createDirectories(folder.resolve("recovery"));
        Files.writeString(recovery.resolve("x.recovery"), "savedAt=yesterday\n");
        Files.writeString(recovery.resolve("x.json"), "{}");

        assertThat(at("2026-11-27T12:00:00Z").list()).isEmpty();
    }

    @Test
    void theStandardFolderFollowsThePlatform() {
        Path home = Path.of("/home/journalist");
        assertThat(RecoveryFiles.standardFolder("Linux", java.util.Map.of(), home))
                .isEqualTo(Path.of("/home/journalist/.local/state/taktstok/recovery"));
        assertThat(RecoveryFiles.standardFolder("Linux", java.util.Map.of("XDG_STATE_HOME", "/var/state"), home))
                .isEqualTo(Path.of("/var/state/taktstok/recovery"));
        assertThat(RecoveryFiles.standardFolder("Mac OS X", java.util.Map.of(), home))
                .isEqualTo(home.resolve("Library/Application Support/Taktstok/Recovery"));
    }
}
