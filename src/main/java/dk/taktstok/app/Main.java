package dk.taktstok.app;

import dk.taktstok.cli.TaktstokCli;
import java.util.Set;
import javafx.application.Application;

/**
 * The launcher's entry point: {@code taktstok} and {@code taktstok FILE} open the desktop app; with a
 * command ({@code indices}, {@code validate}, {@code convert}, {@code export}, {@code check}) it is the command
 * line.
 * Where there is no display, the desktop says so in one line and points to {@code export}.
 */
public final class Main {

    private static final Set<String> COMMANDS = Set.of("indices", "validate", "convert", "export", "check", "help");

    private Main() {
    }

    public static void main(String[] args) {
        if (opensDesktop(args)) {
            if (!hasDisplay()) {
                System.err.println("error: there is no display to show the window on; 'taktstok export [FILE] --out DIR'"
                        + " draws the charts without one (see 'taktstok --help')");
                System.exit(1);
            }
            Application.launch(DesktopApp.class, args);
            return;
        }
        // the command line draws charts without a display
        System.setProperty("java.awt.headless", "true");
        int code = TaktstokCli.standard().run(args, System.out, System.err);
        System.exit(code);
    }

    /** No arguments, or one that is not a command or an option: a file to open in the window. */
    static boolean opensDesktop(String[] args) {
        return args.length == 0 || (args.length == 1 && !args[0].startsWith("-") && !COMMANDS.contains(args[0]));
    }

    /** A window can be shown: an X11 or Wayland display, another system, or JavaFX's headless platform. */
    static boolean hasDisplay() {
        if ("Headless".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("mac") || os.contains("win")) {
            return true;
        }
        return isSet(System.getenv("DISPLAY")) || isSet(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
