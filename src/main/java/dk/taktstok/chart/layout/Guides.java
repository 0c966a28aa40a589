package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.Stroke;
import java.util.List;

/** Guide lines across a plot — a centre line, a goal line — drawn last and broken around every text. */
final class Guides {

    private Guides() {
    }

    /** A vertical line from {@code top} to {@code bottom} in pieces that pass no text: {@code id}, {@code id/1}, … */
    static void vertical(Canvas canvas, String id, double x, double top, double bottom, Color color, double width) {
        List<double[]> pieces = BottomAxis.around(canvas.textBoxes(), x, top, bottom);
        for (int i = 0; i < pieces.size(); i++) {
            canvas.line(i == 0 ? id : SceneIds.line(id, i), x, pieces.get(i)[0], x, pieces.get(i)[1],
                    Stroke.solid(color, width));
        }
    }
}
