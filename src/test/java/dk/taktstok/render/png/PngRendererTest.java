package dk.taktstok.render.png;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.render.Golden;
import dk.taktstok.render.Pixels;
import dk.taktstok.render.TestScenes;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PngRendererTest {

    private final ChartScene scene = TestScenes.everyPrimitive();
    private final PngRenderer renderer = new PngRenderer();

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {1, 1.5, 2, 3, 4})
    void isAPngOfTheScenesSizeTimesTheScale(double scale) {
        BufferedImage image = read(renderer.render(scene, scale, false));

        assertThat(image.getWidth()).isEqualTo(Math.round(400 * scale));
        assertThat(image.getHeight()).isEqualTo(Math.round(260 * scale));
    }

    @ParameterizedTest(name = "{0} pixels wide")
    @CsvSource({"1000, 650", "333, 216", "1, 1"})
    void aChosenWidthGivesThatWidthAndTheScenesProportions(int width, int height) {
        BufferedImage image = read(renderer.render(scene, PngRenderer.scaleForWidth(scene, width), false));

        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    @ParameterizedTest(name = "scale {0}: {1} dpi")
    @CsvSource({"1, 72", "2, 144", "3, 216", "4, 288"})
    void recordsThePixelDensityOfTheScale(double scale, int dpi) {
        byte[] density = chunks(renderer.render(scene, scale, false)).get("pHYs");

        var data = ByteBuffer.wrap(density);
        int perMetreX = data.getInt();
        int perMetreY = data.getInt();
        assertThat(data.get()).as("unit: metre").isEqualTo((byte) 1);
        assertThat(perMetreY).isEqualTo(perMetreX);
        assertThat(perMetreX * 0.0254).isCloseTo(dpi, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void everyChunkHasItsChecksumAndTheTitleAndDescriptionAreText() {
        Map<String, byte[]> chunks = chunks(renderer.render(scene, 1, false));

        assertThat(chunks).containsKeys("IHDR", "pHYs", "IDAT", "IEND");
        assertThat(new String(chunks.get("iTXt"), StandardCharsets.UTF_8)).contains(scene.description());
    }

    @Test
    void isTransparentWhenAskedAndOpaqueOtherwise() {
        BufferedImage transparent = read(renderer.render(scene, 2, true));
        BufferedImage opaque = read(renderer.render(scene, 2, false));
        BufferedImage noBackground = read(renderer.render(scene.withBackground(null), 2, false));

        assertThat(Pixels.alpha(transparent, 0, 0)).isZero();
        assertThat(Pixels.alpha(transparent, 799, 519)).isZero();
        assertThat(Pixels.alpha(noBackground, 0, 0)).isZero();
        assertThat(Pixels.alpha(opaque, 0, 0)).isEqualTo(255);
        assertThat(Pixels.distance(opaque, 0, 0, dk.taktstok.chart.scene.Color.WHITE)).isZero();
        assertThat(opaque.getColorModel().hasAlpha()).isFalse();
        int bar = Pixels.alpha(transparent, 2 * 50, 2 * 65);
        assertThat(bar).as("the bar stays opaque on a transparent background").isEqualTo(255);
    }

    @Test
    void shapesHaveTheirColoursInside() {
        BufferedImage image = read(renderer.render(scene, 2, false));

        assertThat(Pixels.distance(image, 2 * 50, 2 * 65, TestScenes.BLUE)).as("bar").isLessThanOrEqualTo(1);
        assertThat(Pixels.distance(image, 2 * 240, 2 * 70, TestScenes.ORANGE.withAlpha(0.6)))
                .as("translucent bar over white").isLessThanOrEqualTo(2);
        assertThat(Pixels.distance(image, 2 * 350, 2 * 80, TestScenes.ORANGE)).as("dot").isLessThanOrEqualTo(1);
        assertThat(Pixels.distance(image, 2 * 350, 2 * 130, TestScenes.GREEN)).as("arrowhead").isLessThanOrEqualTo(1);
        assertThat(Pixels.distance(image, 2 * 200, 2 * 80, TestScenes.INK)).as("the bar's outline").isLessThanOrEqualTo(40);
    }

    @Test
    void aDashedLineAlternatesInkAndGaps() {
        BufferedImage image = read(renderer.render(scene, 2, false));

        int changes = 0;
        boolean before = Pixels.dark(image, 600, 100);
        for (int y = 101; y < 360; y++) {
            boolean now = Pixels.dark(image, 600, y);
            changes += now != before ? 1 : 0;
            before = now;
        }
        // 4 on, 3 off over 130 units: about 18 dashes
        assertThat(changes).isBetween(30, 40);
    }

    @Test
    void textDrawsInkInsideItsBoxAndNowhereElse() {
        BufferedImage image = read(renderer.render(scene, 2, false));

        // "Ældre, søstre og år: 26,7 %" in bold 16 at x 20, baseline 32: about 190 units wide
        Rectangle title = Pixels.darkBox(image, new Rectangle(0, 0, 800, 2 * 50));
        assertThat(title).isNotNull();
        assertThat(title.x).isBetween(2 * 20, 2 * 21);
        assertThat(title.y + title.height).as("bottom of 'g' below the baseline").isBetween(2 * 33, 2 * 37);
        assertThat(title.y).as("top of 'Æ'/'å'").isBetween(2 * 18, 2 * 22);
        assertThat(title.width).isBetween(2 * 170, 2 * 215);
        assertThat(Pixels.countDark(image, title)).isGreaterThan(1500);
    }

    @Test
    void matchesTheGoldenPngWithinATolerance() throws IOException {
        byte[] png = renderer.render(scene, 2, false);

        BufferedImage golden = read(Golden.bytes("dk/taktstok/render/png/every-primitive@2x.png", png));

        assertThat(Pixels.differingShare(read(png), golden, 8)).isLessThanOrEqualTo(0.01);
    }

    @Test
    void refusesAScaleThatIsNotAPositiveNumberOrTooLarge() {
        assertThatThrownBy(() -> renderer.render(scene, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render(scene, Double.NaN, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render(scene, 1000, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }

    static BufferedImage read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("ImageIO reads the PNG").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chunks by type (the last of each type, IDATs joined), each checked against its CRC. */
    private static Map<String, byte[]> chunks(byte[] png) {
        var data = ByteBuffer.wrap(png);
        byte[] signature = new byte[8];
        data.get(signature);
        assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        Map<String, byte[]> chunks = new LinkedHashMap<>();
        while (data.hasRemaining()) {
            int length = data.getInt();
            byte[] type = new byte[4];
            data.get(type);
            byte[] body = new byte[length];
            data.get(body);
            var crc = new CRC32();
            crc.update(type);
            crc.update(body);
            assertThat(data.getInt()).as("CRC of %s", new String(type, StandardCharsets.US_ASCII))
                    .isEqualTo((int) crc.getValue());
            chunks.merge(new String(type, StandardCharsets.US_ASCII), body, (a, b) -> {
                byte[] joined = new byte[a.length + b.length];
                System.arraycopy(a, 0, joined, 0, a.length);
                System.arraycopy(b, 0, joined, a.length, b.length);
                return joined;
            });
        }
        return chunks;
    }
}
