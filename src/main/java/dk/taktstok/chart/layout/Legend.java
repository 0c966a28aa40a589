package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.SceneIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A row of colour swatches with their labels, wrapping onto more rows when the width runs out; a label
 * too long for a whole row wraps within it.
 */
final class Legend {

    record Entry(String label, Color color) {
    }

    /**
     * An entry as placed.
     *
     * @param key   the entry's part of its scene ids
     * @param lines the label, one text a line
     */
    record Placed(String key, Box swatch, Color color, List<PlacedText> lines) {

        Placed {
            lines = List.copyOf(lines);
        }
    }

    /** The placed entries and the bottom of the legend. */
    record Layout(List<Placed> entries, double bottom) {

        Layout {
            entries = List.copyOf(entries);
        }
    }

    private static final double SWATCH = 11;
    private static final double SWATCH_GAP = 5;
    private static final double ENTRY_GAP = 16;
    /** Space above and below a swatch in a row of its own height. */
    private static final double SWATCH_MARGIN = 4;
    /** Moves the swatch down by half a unit, where it looks centred on the letters. */
    private static final double SWATCH_NUDGE = 0.5;

    private Legend() {
    }

    /** Places the legend from {@code left} with its top at {@code top}. */
    static Layout layout(Typesetter type, List<Entry> entries, double left, double right, double top) {
        Font font = type.regular(type.theme().sizes().legend());
        double lineHeight = Math.max(type.measurer().lineHeight(font), SWATCH + SWATCH_MARGIN);
        double x = left;
        double y = top;
        double rowBottom = top + lineHeight;
        List<String> keys = UniqueKeys.of(entries.stream().map(Entry::label).toList(), "entry", Set.of());
        var placed = new ArrayList<Placed>();
        for (int e = 0; e < entries.size(); e++) {
            Entry entry = entries.get(e);
            List<String> lines = type.wrap(entry.label(), font, right - left - SWATCH - SWATCH_GAP);
            double width = SWATCH + SWATCH_GAP + type.widest(lines, font);
            if (x > left && (x + width > right || lines.size() > 1)) {
                x = left;
                y = rowBottom;
            }
            double baseline = y + (lineHeight + type.ascent(font) - type.descent(font)) / 2;
            double swatchTop = baseline - type.ascent(font) * 0.5 - SWATCH / 2 + SWATCH_NUDGE;
            var texts = new ArrayList<PlacedText>();
            for (int i = 0; i < lines.size(); i++) {
                texts.add(new PlacedText(lines.get(i), x + SWATCH + SWATCH_GAP,
                        baseline + i * type.measurer().lineHeight(font), font, type.theme().colors().text(),
                        Anchor.START));
            }
            placed.add(new Placed(keys.get(e), new Box(x, swatchTop, SWATCH, SWATCH), entry.color(), texts));
            rowBottom = Math.max(rowBottom, y + lineHeight + (lines.size() - 1) * type.measurer().lineHeight(font));
            x += width + ENTRY_GAP;
            if (lines.size() > 1) {
                x = right;
            }
        }
        return new Layout(placed, rowBottom);
    }

    static void draw(Canvas canvas, Layout legend) {
        canvas.begin(SceneIds.LEGEND, null);
        for (Placed entry : legend.entries()) {
            String id = SceneIds.legendEntry(entry.key());
            Box swatch = entry.swatch();
            canvas.rect(SceneIds.child(id, "swatch"), swatch.x(), swatch.y(), swatch.width(), swatch.height(), entry.color());
            for (int i = 0; i < entry.lines().size(); i++) {
                String label = SceneIds.child(id, "label");
                canvas.text(entry.lines().size() == 1 ? label : SceneIds.line(label, i), entry.lines().get(i));
            }
        }
        canvas.end();
    }
}
