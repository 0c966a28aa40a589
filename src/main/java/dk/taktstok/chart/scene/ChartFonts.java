package dk.taktstok.chart.scene;

/**
 * The chart font bundled with the program (Lato 2.0, SIL OFL 1.1; see {@code assets/fonts/}). Layout
 * measures with these faces and every renderer draws or embeds the same files.
 */
public final class ChartFonts {

    public static final String FAMILY = "Lato";

    public static final FontFace REGULAR = new FontFace(FAMILY, false, "classpath:/dk/taktstok/fonts/Lato-Regular.ttf");

    public static final FontFace BOLD = new FontFace(FAMILY, true, "classpath:/dk/taktstok/fonts/Lato-Bold.ttf");

    private ChartFonts() {
    }

    public static FontFace face(boolean bold) {
        return bold ? BOLD : REGULAR;
    }
}
