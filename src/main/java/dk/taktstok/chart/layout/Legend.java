package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.model.Ids;
import java.util.List;

/**
 * A row of colour swatches with their labels, wrapping onto more rows when the width runs out; a label
 * too long for a whole row wraps within it.
 */
final class Legend {

    record Entry(String label, Color color) {
    }

    private static final double SWATCH = 11;
    private static final double SWATCH_GAP = 5;
    private static final double ENTRY_GAP = 16;

    private Legend() {
    }

    /** Draws the legend from {@code left} with its top at {@code top}; answers its bottom. */
    static double draw(Canvas canvas, List<Entry> entries, double left, double right, double top) {
        Font font = canvas.regular(canvas.theme().sizes().legend());
        TextMeasurer measurer = canvas.measurer();
        double lineHeight = Math.max(measurer.lineHeight(font), SWATCH + 4);
        double x = left;
        double y = top;
        double rowBottom = top + lineHeight;
        canvas.begin("legend", null);
        for (Entry entry : entries) {
            List<String> lines = Wrap.lines(entry.label(), font, right - left - SWATCH - SWATCH_GAP, measurer);
            double width = SWATCH + SWATCH_GAP + Wrap.widest(lines, font, measurer);
            if (x > left && (x + width > right || lines.size() > 1)) {
                x = left;
                y = rowBottom;
            }
            String id = "legend/" + Ids.slug(entry.label());
            double baseline = y + (lineHeight + measurer.ascent(font) - measurer.descent(font)) / 2;
            double swatchTop = baseline - measurer.ascent(font) * 0.5 - SWATCH / 2 + 0.5;
            canvas.rect(id + "/swatch", x, swatchTop, SWATCH, SWATCH, entry.color());
            for (int i = 0; i < lines.size(); i++) {
                canvas.text(id + "/label" + (lines.size() == 1 ? "" : "/" + i), x + SWATCH + SWATCH_GAP,
                        baseline + i * measurer.lineHeight(font), lines.get(i), font,
                        canvas.theme().colors().text(), Anchor.START);
            }
            rowBottom = Math.max(rowBottom, y + lineHeight + (lines.size() - 1) * measurer.lineHeight(font));
            x += width + ENTRY_GAP;
            if (lines.size() > 1) {
                x = right;
            }
        }
        canvas.end();
        return rowBottom;
    }
}
