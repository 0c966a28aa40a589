package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ScaleBoxes;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Scale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A colour for each category of a scale: the top box in the theme's high colours (the highest score
 * strongest), the bottom box in its low colours (the lowest score strongest), a middle category
 * neutral, "don't know" grey.
 */
final class CategoryColors {

    private CategoryColors() {
    }

    static List<Color> of(Scale scale, ScaleBoxes boxes, Theme.Colors colors) {
        var result = new ArrayList<Color>();
        for (int i = 0; i < scale.size(); i++) {
            result.add(scale.category(i).isSubstantive() ? colors.neutral() : colors.dontKnow());
        }
        List<Integer> top = boxes.topBox().stream()
                .sorted(Comparator.comparingDouble((Integer i) -> score(scale, i)).reversed()).toList();
        for (int k = 0; k < top.size(); k++) {
            result.set(top.get(k), pick(colors.high(), k));
        }
        List<Integer> bottom = boxes.bottomBox().stream()
                .sorted(Comparator.comparingDouble((Integer i) -> score(scale, i))).toList();
        for (int k = 0; k < bottom.size(); k++) {
            result.set(bottom.get(k), pick(colors.low(), k));
        }
        return result;
    }

    /** Dark fills get white text, light fills the theme's text colour (WCAG relative luminance). */
    static Color textOn(Color fill, Color dark) {
        return luminance(fill) < 0.4 ? Color.WHITE : dark;
    }

    /**
     * A category's colour for its value written outside the bar, on the background: the colour itself
     * where it reads as text (WCAG contrast of 4.5), else darkened until it does.
     */
    static Color asText(Color fill, Color background) {
        Color back = background == null ? Color.WHITE : background;
        Color text = fill;
        for (double keep = 0.9; contrast(text, back) < 4.5 && keep > 0; keep -= 0.1) {
            text = new Color((int) Math.round(fill.red() * keep), (int) Math.round(fill.green() * keep),
                    (int) Math.round(fill.blue() * keep), 1);
        }
        return contrast(text, back) < 4.5 ? Color.BLACK : text;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a) + 0.05;
        double lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double score(Scale scale, int index) {
        Double score = scale.category(index).score();
        return score == null ? 0 : score;
    }

    private static Color pick(List<Color> palette, int index) {
        return palette.get(Math.min(index, palette.size() - 1));
    }
}
