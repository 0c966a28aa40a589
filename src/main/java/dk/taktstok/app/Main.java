package dk.taktstok.app;

import dk.taktstok.cli.TaktstokCli;

/** The launcher's entry point: the command line, which also stands in for the desktop for now. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // the command line draws charts without a display
        System.setProperty("java.awt.headless", "true");
        int code = TaktstokCli.standard().run(args, System.out, System.err);
        System.exit(code);
    }
}
