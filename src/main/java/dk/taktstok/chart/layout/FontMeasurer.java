package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.FontFace;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The text measurer of Taktstok's layout: the metrics of the very font files the renderers use. */
public final class FontMeasurer implements TextMeasurer {

    private static final Map<String, TrueTypeMetrics> METRICS = new ConcurrentHashMap<>();

    @Override
    public double width(String text, Font font) {
        return metrics(font.face()).width(text, font.size());
    }

    @Override
    public double ascent(Font font) {
        return metrics(font.face()).ascent(font.size());
    }

    @Override
    public double descent(Font font) {
        return metrics(font.face()).descent(font.size());
    }

    /** Whether the font can show every character of the text (else renderers fall back or show boxes). */
    public boolean canShow(String text, FontFace face) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || metrics(face).has(c));
    }

    private static TrueTypeMetrics metrics(FontFace face) {
        return METRICS.computeIfAbsent(face.source(), source -> TrueTypeMetrics.read(face.bytes()));
    }
}
