package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A row of colour swatches with their labels, wrapping onto more rows when the width runs out; a label
 * too long for a whole row wraps within it.
 */
final class Legend {

    /** The shape of an entry's swatch: the shape of the mark it stands for. */
    enum Swatch { BOX, LINE, DOT, ARROW }

    record Entry(String label, Color color, Swatch swatch) {

        /** An entry for a bar or a segment of one. */
        static Entry box(String label, Color color) {
            return new Entry(label, color, Swatch.BOX);
        }
    }

    /**
     * An entry as placed.
     *
     * @param key   the entry's part of its scene ids
     * @param lines the label, one text a line
     */
    record Placed(String key, Box swatch, Color color, Swatch shape, List<PlacedText> lines) {

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
    /** A line swatch is as thick as the goal line it stands for. */
    private static final double LINE_WIDTH = 2.5;
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
            placed.add(new Placed(keys.get(e), new Box(x, swatchTop, SWATCH, SWATCH), entry.color(), entry.swatch(),
                    texts));
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
            swatch(canvas, SceneIds.child(id, "swatch"), entry);
            for (int i = 0; i < entry.lines().size(); i++) {
                String label = SceneIds.child(id, "label");
                canvas.text(entry.lines().size() == 1 ? label : SceneIds.line(label, i), entry.lines().get(i));
            }
        }
        canvas.end();
    }

    /** A swatch in the shape of its mark: a square, a line as the goal is drawn, a dot, an arrow. */
    private static void swatch(Canvas canvas, String id, Placed entry) {
        Box box = entry.swatch();
        switch (entry.shape()) {
            case BOX -> canvas.rect(id, box.x(), box.y(), box.width(), box.height(), entry.color());
            case LINE -> canvas.line(id, box.centerX(), box.y() - 1, box.centerX(), box.bottom() + 1,
                    Stroke.solid(entry.color(), LINE_WIDTH));
            case DOT -> canvas.circle(id, box.centerX(), box.centerY(), box.width() / 2, entry.color(), null);
            case ARROW -> canvas.path(id, List.of(new PathOp.MoveTo(box.right(), box.centerY()),
                    new PathOp.LineTo(box.x() + 3, box.y() + 1), new PathOp.LineTo(box.x() + 3, box.bottom() - 1),
                    new PathOp.Close()), entry.color(), null);
        }
    }
}
