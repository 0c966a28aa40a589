package dk.taktstok.render;

import dk.taktstok.chart.scene.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/** Pixel checks on a rendered image, in image pixels. */
public final class Pixels {

    private Pixels() {
    }

    public static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    /** How far the pixel is from the colour (as if over white), the largest of the channel differences. */
    public static int distance(BufferedImage image, int x, int y, Color expected) {
        int argb = image.getRGB(x, y);
        int[] actual = overWhite(argb);
        double a = expected.alpha();
        int r = (int) Math.round(expected.red() * a + 255 * (1 - a));
        int g = (int) Math.round(expected.green() * a + 255 * (1 - a));
        int b = (int) Math.round(expected.blue() * a + 255 * (1 - a));
        return Math.max(Math.abs(actual[0] - r), Math.max(Math.abs(actual[1] - g), Math.abs(actual[2] - b)));
    }

    /** Whether the pixel, put over white, is darker than mid-grey: inside a black glyph, not on its edge. */
    public static boolean dark(BufferedImage image, int x, int y) {
        int[] rgb = overWhite(image.getRGB(x, y));
        return rgb[0] + rgb[1] + rgb[2] < 3 * 128;
    }

    /** The smallest box holding every dark pixel inside {@code area}, or null if none is dark. */
    public static Rectangle darkBox(BufferedImage image, Rectangle area) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        Rectangle inside = area.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        for (int y = inside.y; y < inside.y + inside.height; y++) {
            for (int x = inside.x; x < inside.x + inside.width; x++) {
                if (dark(image, x, y)) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    public static int countDark(BufferedImage image, Rectangle area) {
        int count = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (dark(image, x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The share of pixels where some channel (over white) differs by more than {@code tolerance}. */
    public static double differingShare(BufferedImage actual, BufferedImage expected, int tolerance) {
        if (actual.getWidth() != expected.getWidth() || actual.getHeight() != expected.getHeight()) {
            return 1;
        }
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int[] a = overWhite(actual.getRGB(x, y));
                int[] e = overWhite(expected.getRGB(x, y));
                int alphaDifference = Math.abs((actual.getRGB(x, y) >>> 24) - (expected.getRGB(x, y) >>> 24));
                if (Math.abs(a[0] - e[0]) > tolerance || Math.abs(a[1] - e[1]) > tolerance
                        || Math.abs(a[2] - e[2]) > tolerance || alphaDifference > tolerance) {
                    differing++;
                }
            }
        }
        return (double) differing / ((long) actual.getWidth() * actual.getHeight());
    }

    private static int[] overWhite(int argb) {
        double a = (argb >>> 24) / 255.0;
        int r = (int) Math.round(((argb >> 16) & 0xff) * a + 255 * (1 - a));
        int g = (int) Math.round(((argb >> 8) & 0xff) * a + 255 * (1 - a));
        int b = (int) Math.round((argb & 0xff) * a + 255 * (1 - a));
        return new int[] {r, g, b};
    }
}
