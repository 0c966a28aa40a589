package dk.taktstok.io.excel;

/** A file that Taktstok will not read, with the reason in plain words. */
final class WorkbookRefused extends RuntimeException {

    WorkbookRefused(String message) {
        super(message, null, false, false);
    }
}
