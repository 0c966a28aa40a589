package dk.taktstok.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.ChartFonts;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.render.Pixels;
import dk.taktstok.render.TestScenes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private final ChartScene scene = TestScenes.everyPrimitive();
    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void isOnePageTheScenesSizeInPoints() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(scene))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(400f);
            assertThat(page.getMediaBox().getHeight()).isEqualTo(260f);
        }
    }

    @Test
    void everyTextCanBeExtractedWithItsDanishLetters() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(scene))) {
            String extracted = spaces(new PDFTextStripper().getText(pdf));

            for (SceneText text : scene.texts()) {
                assertThat(extracted).contains(spaces(text.text()));
            }
            assertThat(extracted).contains("Ældre, søstre og år: 26,7 %");
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsOfTheChartFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(scene))) {
            List<PDFont> fonts = fonts(pdf.getPage(0).getResources());

            assertThat(fonts).hasSize(2).allMatch(PDFont::isEmbedded);
            assertThat(fonts).extracting(PDFont::getName)
                    .allMatch(name -> name.matches("[A-Z]{6}\\+Lato-(Regular|Bold)"))
                    .anyMatch(name -> name.endsWith("Lato-Bold"))
                    .anyMatch(name -> name.endsWith("Lato-Regular"));
        }
    }

    @Test
    void titleSubjectAndLanguageComeFromTheScene() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(scene))) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Ældre og søstre");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo(scene.description());
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("da");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void drawsVectorsWithTheScenesColoursAndOpacity() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(scene))) {
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("no images").isEmpty();
            BufferedImage image = new PDFRenderer(pdf).renderImage(0, 2, ImageType.ARGB);

            assertThat(Pixels.distance(image, 2 * 50, 2 * 65, TestScenes.BLUE)).as("bar").isLessThanOrEqualTo(1);
            assertThat(Pixels.distance(image, 2 * 240, 2 * 70, TestScenes.ORANGE.withAlpha(0.6)))
                    .as("translucent bar").isLessThanOrEqualTo(2);
            assertThat(Pixels.distance(image, 2 * 350, 2 * 80, TestScenes.ORANGE)).as("dot").isLessThanOrEqualTo(1);
            assertThat(Pixels.distance(image, 2 * 350, 2 * 130, TestScenes.GREEN)).as("arrowhead").isLessThanOrEqualTo(1);
            assertThat(Pixels.alpha(image, 0, 0)).as("white background").isEqualTo(255);
            assertThat(Pixels.countDark(image, new java.awt.Rectangle(40, 30, 400, 40))).as("title ink").isGreaterThan(1500);
        }
    }

    @Test
    void aSceneWithoutBackgroundLeavesThePageUnpainted() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(scene.withBackground(null)))) {
            BufferedImage image = new PDFRenderer(pdf).renderImage(0, 1, ImageType.ARGB);

            assertThat(Pixels.alpha(image, 0, 0)).isZero();
        }
    }

    @Test
    void charactersTheFontLacksAreLeftOutRatherThanFailing() throws IOException {
        var scene = new ChartScene("s", 100, 20, Color.WHITE, "t", "d", "en", List.of(new SceneText("t", 0, 10,
                "a\u4e2db", new Font(ChartFonts.REGULAR, 10), Color.BLACK, Anchor.START)));

        try (PDDocument pdf = Loader.loadPDF(renderer.render(scene))) {
            assertThat(new PDFTextStripper().getText(pdf).strip()).isEqualTo("ab");
        }
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        var fonts = new ArrayList<PDFont>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static String spaces(String text) {
        return text.replace('\u00A0', ' ');
    }
}
