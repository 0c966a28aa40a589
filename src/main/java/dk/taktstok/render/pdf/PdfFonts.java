package dk.taktstok.render.pdf;

import dk.taktstok.chart.scene.FontFace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The scene's faces as fonts of one document, each embedded as a subset of the glyphs its texts use
 * (PDFBox subsets when the document is saved). Each document parses its own copy of the font file: a
 * parsed font is read lazily and is not safe to share between documents saved at the same time.
 */
final class PdfFonts {

    private final PDDocument document;
    private final Map<FontFace, PDType0Font> fonts = new HashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font of(FontFace face) {
        return fonts.computeIfAbsent(face, this::load);
    }

    /**
     * Glyph substitution stays off: with it, PDFBox sets "ti" and "ft" as ligatures, which layout did not
     * measure and which text extraction, search and screen readers then lose.
     */
    private PDType0Font load(FontFace face) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the font " + face.source(), e);
        }
    }

    /** The text with the characters the font has no glyph for left out, since a PDF cannot show them. */
    static String showable(PDType0Font font, String text) {
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException | IOException e) {
            var kept = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                try {
                    font.encode(Character.toString(c));
                    kept.appendCodePoint(c);
                } catch (IllegalArgumentException | IOException missing) {
                    // no glyph: leave it out
                }
            });
            return kept.toString();
        }
    }
}
