package dk.taktstok.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the app image's launcher as a user would, with no display. */
final class Launcher {

    record Run(int exitCode, String out, String err) {
    }

    static Path path() {
        String configured = System.getProperty("taktstok.launcher", "target/taktstok/bin/taktstok");
        return Path.of(configured).toAbsolutePath();
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    /** Runs the launcher with these variables added to its environment. */
    static Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>(List.of(path().toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("taktstok-out", ".txt");
        Path err = Files.createTempFile("taktstok-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the launcher did not finish within 60 s: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private Launcher() {
    }
}
