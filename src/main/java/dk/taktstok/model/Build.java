package dk.taktstok.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which Taktstok this is: its version, when the build was made and from which commit. The build writes
 * them into {@code build.properties} beside this class; a study file names the version that wrote it,
 * and {@code taktstok --version} and the About dialog show all three with the Java runtime.
 *
 * @param version the release, such as {@code 0.1.0}
 * @param date    the build's moment in UTC (ISO 8601), or {@code unknown}
 * @param commit  the abbreviated commit, or {@code unknown} when built outside a git checkout
 */
public record Build(String version, String date, String commit) {

    private static final String UNKNOWN = "unknown";
    private static final Build CURRENT = load();

    public Build {
        version = known(version);
        date = known(date);
        commit = known(commit);
    }

    /** This program's build; a class path without the build's file (a test of a module alone) gives "unknown". */
    public static Build current() {
        return CURRENT;
    }

    /** How a study file names its writer: {@code Taktstok 0.1.0}. */
    public String writer() {
        return "Taktstok " + version;
    }

    /** The Java runtime the program runs on: version, vendor and virtual machine. */
    public static String javaRuntime() {
        return "Java " + System.getProperty("java.runtime.version", System.getProperty("java.version", UNKNOWN))
                + " (" + System.getProperty("java.vendor", UNKNOWN) + "), "
                + System.getProperty("java.vm.name", "");
    }

    /** An unfilled placeholder ({@code ${...}}) or an empty value is unknown. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value.strip();
    }

    private static Build load() {
        try (InputStream in = Build.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return new Build(null, null, null);
            }
            var properties = new Properties();
            properties.load(in);
            return new Build(properties.getProperty("version"), properties.getProperty("date"),
                    properties.getProperty("commit"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
