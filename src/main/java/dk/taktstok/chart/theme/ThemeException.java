package dk.taktstok.chart.theme;

/** A theme file that cannot be used; the message names the field in plain words. */
public final class ThemeException extends RuntimeException {

    public ThemeException(String message) {
        super(message);
    }
}
