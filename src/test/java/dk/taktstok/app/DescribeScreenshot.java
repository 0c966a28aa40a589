package dk.taktstok.app;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the README's picture of the window at 1280×720 with the Describe tab open:
 * {@code ./mvnw test -Dtest=DescribeScreenshot -Dscreenshot=docs/images/desktop-describe.png}.
 * Not a check; it runs only when asked.
 */
class DescribeScreenshot {

    @Test
    @EnabledIfSystemProperty(named = "screenshot", matches = ".+")
    void windowWithTheDescribeTabOpen() throws Exception {
        var app = new DesktopDriver().start();
        try {
            app.run(() -> {
                app.window.stage().setWidth(1280);
                app.window.stage().setHeight(720);
                app.window.root().resize(1280, 720);
            });
            app.settle();
            Thread.sleep(500);
            app.settle();
            WritableImage image = app.fx(() -> app.window.root().getScene().snapshot(null));
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            var awt = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    awt.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            javax.imageio.ImageIO.write(awt, "png", Path.of(System.getProperty("screenshot")).toFile());
        } finally {
            app.close();
        }
    }
}
