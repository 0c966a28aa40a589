package dk.taktstok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --password} opens encrypted workbooks in every command that reads one, and is never shown. */
class PasswordOptionTest {

    @TempDir
    Path folder;

    @Test
    void withoutAPasswordTheMessageSaysHowToGiveIt() throws Exception {
        Path locked = BadInputs.encrypted(folder);

        CliRun run = CliRun.of("validate", locked.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: " + locked
                + ": the workbook is password-protected; it opens with its password (give it with --password)\n");
    }

    @Test
    void validateOpensAnEncryptedWorkbookWithItsPassword() throws Exception {
        Path locked = BadInputs.encrypted(folder);

        CliRun run = CliRun.of("validate", "--password=secret", locked.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ok: " + locked + ": 1 table, 6 items");
    }

    @Test
    void aWrongPasswordIsSaidInPlainWordsAndNotRepeated() throws Exception {
        Path locked = BadInputs.encrypted(folder);

        CliRun run = CliRun.of("validate", "--password=Hemmelig-42", locked.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: " + locked + ": the password is wrong\n");
        assertThat(run.out() + run.err()).doesNotContain("Hemmelig-42");
    }

    @Test
    void indicesConvertAndExportTakeThePasswordToo() throws Exception {
        Path locked = BadInputs.encrypted(folder);

        assertThat(CliRun.of("indices", locked.toString(), "--password=secret").exitCode()).isZero();
        assertThat(CliRun.of("convert", locked.toString(), "--password=secret", "--out",
                folder.resolve("study.json").toString()).exitCode()).isZero();
        assertThat(CliRun.of("export", locked.toString(), "--password=secret", "--out",
                folder.resolve("charts").toString()).exitCode()).isZero();
        assertThat(CliRun.of(locked.toString(), "--password=secret").exitCode()).isZero();
        assertThat(CliRun.of("validate", "--password", "secret", locked.toString()).exitCode()).isZero();
    }

    @Test
    void aDashAsksForThePasswordWithoutShowingIt() throws Exception {
        Path locked = BadInputs.encrypted(folder);
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("secret\n".getBytes(StandardCharsets.UTF_8)));
        CliRun run;
        try {
            run = CliRun.of("validate", "--password", "-", locked.toString());
        } finally {
            System.setIn(stdin);
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).doesNotContain("secret");
    }
}
