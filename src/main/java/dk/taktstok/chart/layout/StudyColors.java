package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ScaleBoxes;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Group;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One meaning per colour across all the charts of a study. The categories of every scale keep the
 * theme's colours for their place on the scale; groups, the goal and practice then get colours that no
 * category has and that differ from each other: the theme's where they are free, else the next free one
 * of a reserve. So orange cannot mean "rarely" in one chart and "civil actors" in the next.
 */
final class StudyColors {

    /** Colours closer than this (CIE ΔE 1976) are taken for the same colour. */
    static final double SAME = 15;

    /** Distinct, darkish colours that read as text on white, for when the theme's are taken. */
    private static final List<Color> RESERVE = List.of(Color.hex("#6a51a3"), Color.hex("#1b7f79"),
            Color.hex("#8c6d1f"), Color.hex("#7f3b5f"), Color.hex("#c2185b"), Color.hex("#2c7a2c"),
            Color.hex("#3f3f8f"), Color.hex("#8c3b2a"), Color.hex("#006d8f"), Color.hex("#5f6b00"));

    private final Theme.Colors theme;
    private final Map<String, Color> groups;
    private final Color goal;
    private final Color practice;

    private StudyColors(Theme.Colors theme, Map<String, Color> groups, Color goal, Color practice) {
        this.theme = theme;
        this.groups = groups;
        this.goal = goal;
        this.practice = practice;
    }

    static StudyColors of(Study study, Theme.Colors colors) {
        var taken = new ArrayList<Color>();
        for (Scale scale : study.scales()) {
            taken.addAll(CategoryColors.of(scale, ScaleBoxes.of(scale), colors));
        }
        taken.add(colors.neutral());
        taken.add(colors.dontKnow());
        var groups = new LinkedHashMap<String, Color>();
        int next = 0;
        for (SurveyTable table : study.tables()) {
            for (Group group : table.groups()) {
                if (!groups.containsKey(group.id())) {
                    Color wanted = colors.groups().get(next++ % colors.groups().size());
                    Color color = free(wanted, taken);
                    groups.put(group.id(), color);
                    taken.add(color);
                }
            }
        }
        Color goal = free(colors.goal(), taken);
        taken.add(goal);
        Color practice = free(colors.practice(), taken);
        return new StudyColors(colors, groups, goal, practice);
    }

    /** A scale's categories' colours, by the categories' order. */
    List<Color> categories(Scale scale, ScaleBoxes boxes) {
        return CategoryColors.of(scale, boxes, theme);
    }

    /** A group's colour; a group the study does not know gets the theme's colour for its place. */
    Color group(String groupId, int place) {
        Color color = groupId == null ? null : groups.get(groupId);
        return color != null ? color : theme.groups().get(place % theme.groups().size());
    }

    Color goal() {
        return goal;
    }

    Color practice() {
        return practice;
    }

    /** The wanted colour if no colour taken is the same, else the first of the reserve that is free. */
    private static Color free(Color wanted, List<Color> taken) {
        if (isFree(wanted, taken)) {
            return wanted;
        }
        return RESERVE.stream().filter(c -> isFree(c, taken)).findFirst().orElse(wanted);
    }

    private static boolean isFree(Color color, List<Color> taken) {
        return taken.stream().noneMatch(t -> distance(t, color) < SAME);
    }

    /** CIE ΔE 1976: the distance in CIELAB (D65) between two sRGB colours. */
    static double distance(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double[] lab(Color c) {
        double r = linear(c.red());
        double g = linear(c.green());
        double b = linear(c.blue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
