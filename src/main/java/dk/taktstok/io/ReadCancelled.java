package dk.taktstok.io;

/** Thrown inside a reader when its {@link ReadProgress} says stop; the reader gives back no study. */
public final class ReadCancelled extends RuntimeException {

    public ReadCancelled() {
        super("cancelled", null, false, false);
    }
}
