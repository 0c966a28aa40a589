package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.theme.Theme;
import java.util.List;

/** The parts every chart has around its plot: title and subtitle above, notes and source below. */
final class Chrome {

    /** Space between the subtitle and what follows, and between the plot and the notes. */
    static final double SECTION_GAP = 14;
    /** Space between the title and the subtitle. */
    private static final double SUBTITLE_GAP = 6;
    /** Space after each note. */
    private static final double NOTE_GAP = 3;
    /** Space between the notes and the source line. */
    private static final double SOURCE_GAP = 2;

    private Chrome() {
    }

    /**
     * Title and subtitle from {@code top}, the subtitle followed on a line of its own by what the plot
     * adds to it ({@code addition}, may be null); answers where the next part starts.
     */
    static double header(Canvas canvas, ChartContext chart, String addition, double top) {
        Theme theme = chart.theme;
        double left = theme.sizes().padding();
        double width = chart.width - 2 * left;
        canvas.begin(SceneIds.HEADER, null);
        Font titleFont = canvas.bold(theme.sizes().title());
        double y = canvas.lines(SceneIds.TITLE, Wrap.lines(chart.title(), titleFont, width, canvas.measurer()),
                left, top, titleFont, theme.colors().text(), Anchor.START);
        String subtitle = chart.subtitle();
        if (addition != null) {
            subtitle = subtitle == null || subtitle.isBlank() ? addition : subtitle + "\n" + addition;
        }
        if (subtitle != null && !subtitle.isBlank()) {
            Font subtitleFont = canvas.regular(theme.sizes().subtitle());
            y = canvas.lines(SceneIds.SUBTITLE, Wrap.lines(subtitle, subtitleFont, width, canvas.measurer()),
                    left, y + SUBTITLE_GAP, subtitleFont, theme.colors().muted(), Anchor.START);
        }
        canvas.end();
        return y + SECTION_GAP;
    }

    /** Notes (each its own paragraph) and the source line from {@code top}; answers the bottom. */
    static double footer(Canvas canvas, ChartContext chart, List<String> notes, double top) {
        Theme theme = chart.theme;
        double left = theme.sizes().padding();
        double width = chart.width - 2 * left;
        Font font = canvas.regular(theme.sizes().note());
        double y = top;
        canvas.begin(SceneIds.FOOTER, null);
        for (int i = 0; i < notes.size(); i++) {
            y = canvas.lines(SceneIds.note(i), Wrap.lines(notes.get(i), font, width, canvas.measurer()),
                    left, y, font, theme.colors().muted(), Anchor.START) + NOTE_GAP;
        }
        String source = chart.text(chart.study.metadata().source());
        if (source != null && !source.isBlank()) {
            y = canvas.lines(SceneIds.SOURCE, Wrap.lines(chart.texts.get("source", source), font, width,
                    canvas.measurer()), left, y + SOURCE_GAP, font, theme.colors().muted(), Anchor.START);
        }
        canvas.end();
        return y;
    }
}
