package dk.taktstok.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.render.fx.FxSnapshots;
import dk.taktstok.render.pdf.PdfRenderer;
import dk.taktstok.render.png.PngRenderer;
import dk.taktstok.render.svg.SvgOptions;
import dk.taktstok.render.svg.SvgRenderer;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every renderer puts a text where the scene says: the ink of "HEL 100" anchored at the start, middle
 * and end of x = 200 lies where the font file says it must, in the PNG, the rasterised PDF and the
 * JavaFX snapshot alike. The SVG leaves placing to the viewer, so it must carry x, baseline and anchor
 * unchanged.
 */
class TextPlacementTest {

    private static final double SCALE = 2;
    /** Scene units: one pixel at 2×. Measured on Linux, all three (and Chromium) are within 0.16. */
    private static final double TOLERANCE = 0.5;

    private static final ChartScene SCENE = TestScenes.anchoredTexts();

    static Stream<Arguments> rasters() {
        Function<ChartScene, BufferedImage> png = scene -> new PngRenderer().image(scene, SCALE, false);
        Function<ChartScene, BufferedImage> pdf = TextPlacementTest::rasterisedPdf;
        Function<ChartScene, BufferedImage> fx = scene -> FxSnapshots.snapshot(scene, SCALE);
        return Stream.of(Arguments.of("png", png), Arguments.of("pdf", pdf), Arguments.of("fx", fx));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rasters")
    void inkOfEachAnchoredTextLiesWhereTheFontSaysItMust(String renderer, Function<ChartScene, BufferedImage> draw) {
        BufferedImage image = draw.apply(SCENE);

        for (SceneText text : SCENE.texts()) {
            Rectangle2D expected = InkBoxes.expected(text);
            var row = new Rectangle(0, (int) ((text.y() - 30) * SCALE), image.getWidth(), (int) (36 * SCALE));
            Rectangle ink = Pixels.darkBox(image, row);

            assertThat(ink).as("%s: ink of %s", renderer, text.id()).isNotNull();
            String what = renderer + " " + text.anchor();
            assertThat(ink.x / SCALE).as(what + " left").isCloseTo(expected.getMinX(), within(TOLERANCE));
            assertThat((ink.x + ink.width) / SCALE).as(what + " right").isCloseTo(expected.getMaxX(), within(TOLERANCE));
            assertThat(ink.y / SCALE).as(what + " top").isCloseTo(expected.getMinY(), within(TOLERANCE));
            assertThat((ink.y + ink.height) / SCALE).as(what + " bottom").isCloseTo(expected.getMaxY(), within(TOLERANCE));
        }
    }

    @Test
    void svgCarriesEachTextsAnchorPointBaselineAndAnchor() throws Exception {
        String svg = new SvgRenderer(SvgOptions.FONT_NAMES_ONLY).render(SCENE);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList texts = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)))
                .getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");

        assertThat(texts.getLength()).isEqualTo(3);
        String[] anchors = {"", "middle", "end"};
        for (int i = 0; i < 3; i++) {
            var element = (Element) texts.item(i);
            SceneText text = SCENE.texts().get(i);
            assertThat(Double.parseDouble(element.getAttribute("x"))).isEqualTo(text.x());
            assertThat(Double.parseDouble(element.getAttribute("y"))).isEqualTo(text.y());
            assertThat(element.getAttribute("text-anchor")).isEqualTo(anchors[i]);
        }
    }

    private static BufferedImage rasterisedPdf(ChartScene scene) {
        try (PDDocument pdf = Loader.loadPDF(new PdfRenderer().render(scene))) {
            return new PDFRenderer(pdf).renderImage(0, (float) SCALE, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
