package dk.taktstok.render.png;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PngEncoderTest {

    @ParameterizedTest(name = "{0} × {1}, alpha {2}")
    @CsvSource({"1, 1, false", "1, 1, true", "7, 3, false", "333, 217, true", "1500, 400, false", "1500, 400, true"})
    void everyPixelReadsBackExactly(int width, int height, boolean alpha) throws IOException {
        var image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // noise in some rows, flat runs in others: both paths of deflate
                int argb = y % 3 == 0 ? random.nextInt() : 0x80336699 + x / 50;
                image.setRGB(x, y, alpha ? argb : argb | 0xff000000);
            }
        }

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image, 144, "t", null)));

        assertThat(read.getWidth()).isEqualTo(width);
        assertThat(read.getHeight()).isEqualTo(height);
        assertThat(read.getColorModel().hasAlpha()).isEqualTo(alpha);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(read.getRGB(x, y)).as("pixel %d, %d", x, y).isEqualTo(image.getRGB(x, y));
            }
        }
    }
}
