package dk.taktstok.chart.scene;

/**
 * An sRGB colour with opacity.
 *
 * @param alpha opacity, 0 (transparent) to 1 (opaque)
 */
public record Color(int red, int green, int blue, double alpha) {

    public static final Color BLACK = new Color(0, 0, 0, 1);
    public static final Color WHITE = new Color(255, 255, 255, 1);

    public Color {
        check(red, "red");
        check(green, "green");
        check(blue, "blue");
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, was " + alpha);
        }
    }

    /** "#1f77b4" or "#1f77b480" (with alpha). */
    public static Color hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("a colour is written #rrggbb or #rrggbbaa, not '" + hex + "'");
        }
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
        return new Color(r, g, b, a);
    }

    /** "#rrggbb", without the opacity. */
    public String rgbHex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    public boolean isOpaque() {
        return alpha >= 1;
    }

    /** This colour laid over white at {@code strength} (0 white, 1 this colour), as an opaque colour. */
    public Color tint(double strength) {
        return new Color(mix(red, strength), mix(green, strength), mix(blue, strength), 1);
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 - (255 - channel) * strength);
    }

    public Color withAlpha(double newAlpha) {
        return new Color(red, green, blue, newAlpha);
    }

    private static void check(int channel, String name) {
        if (channel < 0 || channel > 255) {
            throw new IllegalArgumentException(name + " must be 0..255, was " + channel);
        }
    }
}
