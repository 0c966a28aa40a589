package dk.taktstok.io.respondents;

/** Thrown inside a reader when its {@link dk.taktstok.io.ReadProgress} says stop; the reader gives back no study. */
public final class ReadCancelled extends RuntimeException {

    public ReadCancelled() {
        super("cancelled", null, false, false);
    }
}
