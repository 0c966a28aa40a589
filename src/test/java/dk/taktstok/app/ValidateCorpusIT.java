package dk.taktstok.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The "done when", on the committed part of the POI corpus: {@code taktstok validate} over all of
 * its spreadsheet files finishes with exit code 0 or 1, prints an {@code error:} line for every file it
 * refuses and an {@code ok:} line for every other, shows no stack trace and changes no file.
 */
class ValidateCorpusIT {

    private static final Path CORPUS = Path.of("target/test-classes/dk/taktstok/io/corpus");

    @Test
    void validateOverTheCommittedCorpusReportsEveryFileWithoutAStackTraceAndChangesNone() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.getFileName().toString().matches(".*\\.xls.*")).sorted().toList();
        }
        Map<Path, String> before = new LinkedHashMap<>();
        for (Path file : files) {
            before.put(file, sha256(file));
        }
        var args = new ArrayList<String>(List.of("validate"));
        files.forEach(f -> args.add(f.toString()));

        Launcher.Run run = Launcher.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).isIn(0, 1);
        String all = run.out() + run.err();
        assertThat(all).doesNotContain("\tat ").doesNotContainPattern("[a-z]+\\.[a-z.]+\\.[A-Z]\\w*Exception");
        for (Path file : files) {
            boolean ok = run.out().contains("ok: " + file + ": ");
            boolean refused = run.err().contains("error: " + file + ": ");
            assertThat(ok || refused).as("a line about %s", file).isTrue();
        }
        assertThat(run.out().lines().toList().getLast())
                .matches(files.size() + " files: \\d+ valid \\(\\d+ with warnings\\), \\d+ unreadable or invalid");
        for (var entry : before.entrySet()) {
            assertThat(sha256(entry.getKey())).as("%s unchanged", entry.getKey()).isEqualTo(entry.getValue());
        }
    }

    private static String sha256(Path file) throws IOException, java.security.NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
