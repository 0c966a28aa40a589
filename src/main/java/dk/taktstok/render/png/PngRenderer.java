package dk.taktstok.render.png;

import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.ChartScene;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A scene as a PNG, drawn with Java2D (no display needed). At scale s the image is
 * round(width·s) × round(height·s) pixels and records 72·s dots per inch, so a 2× image prints at the
 * chart's size. Texts are set in the scene's font file, as everywhere else.
 */
public final class PngRenderer {

    /** Java2D and PNG readers cope with more, but an image this large is a mistake. */
    static final long MAX_PIXELS = 100_000_000L;

    /**
     * @param scale       pixels per scene unit: 1 to 4 for export, or {@link #scaleForWidth} for a chosen width
     * @param transparent true for a transparent background whatever the scene's; false for the scene's
     *                    background (a scene without one stays transparent)
     */
    public byte[] render(ChartScene scene, double scale, boolean transparent) {
        BufferedImage image = image(scene, scale, transparent);
        return PngEncoder.encode(image, 72 * scale, scene.title(), scene.description());
    }

    /** Encodes an image drawn for this scene (or composed from one) as PNG, at the scene's density. */
    public byte[] encode(BufferedImage image, double scale, ChartScene scene) {
        return PngEncoder.encode(image, 72 * scale, scene.title(), scene.description());
    }

    /** The drawn image, before encoding: RGB when the background is opaque, ARGB otherwise. */
    public BufferedImage image(ChartScene scene, double scale, boolean transparent) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the scale must be a positive number, was " + scale);
        }
        int width = Math.max(1, (int) Math.round(scene.width() * scale));
        int height = Math.max(1, (int) Math.round(scene.height() * scale));
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("a " + width + " × " + height + " image is too large; choose a smaller scale");
        }
        Color background = transparent ? null : scene.background();
        boolean opaque = background != null && background.isOpaque();
        var image = new BufferedImage(width, height, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            if (background != null) {
                g.setComposite(AlphaComposite.Src);
                g.setColor(Java2dPainter.awt(background));
                g.fillRect(0, 0, width, height);
                g.setComposite(AlphaComposite.SrcOver);
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // the scene's size maps onto the whole image, also where rounding made it a fraction wider
            g.scale(width / scene.width(), height / scene.height());
            new Java2dPainter(g).paint(scene.nodes());
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The scale that makes the image {@code pixels} wide. */
    public static double scaleForWidth(ChartScene scene, int pixels) {
        if (pixels < 1) {
            throw new IllegalArgumentException("an image is at least one pixel wide, not " + pixels);
        }
        return pixels / scene.width();
    }
}
