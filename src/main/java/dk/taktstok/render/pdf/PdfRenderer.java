package dk.taktstok.render.pdf;

import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.ChartScene;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * A scene as a one-page vector PDF the scene's size (1 unit = 1 pt): shapes as paths, texts as real
 * text in the chart font, embedded as a subset, so the PDF can be searched and copied from. The
 * title, description (as subject) and language go into the document's metadata.
 */
public final class PdfRenderer {

    public byte[] render(ChartScene scene) {
        try (var document = new PDDocument()) {
            var page = new PDPage(new PDRectangle((float) scene.width(), (float) scene.height()));
            document.addPage(page);
            describe(document, scene);
            try (var content = new PDPageContentStream(document, page)) {
                // scene coordinates: origin at the top left, y down
                content.transform(new Matrix(1, 0, 0, -1, 0, (float) scene.height()));
                background(content, scene);
                new PdfPainter(content, new PdfFonts(document)).paint(scene.nodes());
            }
            var out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of " + scene.id(), e);
        }
    }

    private static void describe(PDDocument document, ChartScene scene) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(scene.title());
        info.setSubject(scene.description());
        info.setCreator("Taktstok");
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (scene.language() != null) {
            catalog.setLanguage(scene.language());
        }
        if (scene.title() != null) {
            var preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
        }
    }

    private static void background(PDPageContentStream content, ChartScene scene) throws IOException {
        Color background = scene.background();
        if (background == null) {
            return;
        }
        if (!background.isOpaque()) {
            var state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant((float) background.alpha());
            content.saveGraphicsState();
            content.setGraphicsStateParameters(state);
        }
        content.setNonStrokingColor(background.red() / 255f, background.green() / 255f, background.blue() / 255f);
        content.addRect(0, 0, (float) scene.width(), (float) scene.height());
        content.fill();
        if (!background.isOpaque()) {
            content.restoreGraphicsState();
        }
    }
}
