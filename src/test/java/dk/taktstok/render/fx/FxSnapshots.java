package dk.taktstok.render.fx;

import dk.taktstok.chart.scene.ChartScene;
import java.awt.image.BufferedImage;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/** Snapshots of rendered scenes, as AWT images so the PNG tests' pixel checks apply. */
public final class FxSnapshots {

    private FxSnapshots() {
    }

    /** The scene rendered and snapshotted at the scale, on a transparent background. */
    public static BufferedImage snapshot(ChartScene scene, double scale) {
        return FxThread.call(() -> {
            Group group = new FxRenderer().render(scene);
            var parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            parameters.setTransform(Transform.scale(scale, scale));
            return awt(group.snapshot(parameters, null));
        });
    }

    private static BufferedImage awt(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        var awt = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                awt.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return awt;
    }
}
