package dk.taktstok.viewmodel;

import dk.taktstok.analysis.ItemMeasures;
import dk.taktstok.analysis.Numbers;
import dk.taktstok.analysis.ScaleBoxes;
import dk.taktstok.model.Item;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Scale;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A measure worked out in words and numbers, for the tooltip over its value:
 * "Top box = Som regel + Somme tider = 26,7 + 46,4 = 73,1". A journalist checks a number by redoing it.
 */
public final class Formulas {

    private Formulas() {
    }

    public static String explain(Measure measure, Scale scale, ScaleBoxes boxes, Item item, ItemMeasures m,
                                 String language) {
        Numbers n = Numbers.of(language);
        String result = n.decimal(m.get(measure), 2);
        return switch (measure) {
            case TOP_BOX -> Words.get("formula.topBox", names(scale, boxes.topBox(), language),
                    values(item, boxes.topBox(), n), result);
            case TOP_BOX_VALID -> Words.get("formula.topBoxValid", n.decimal(m.topBox(), 1),
                    values(item, boxes.substantive(), n), n.decimal(substantive(item, boxes), 1), result);
            case MEAN_SCORE -> Words.get("formula.meanScore", weighted(scale, boxes, item, n),
                    n.decimal(boxes.maxScore() - boxes.minScore(), 0), n.decimal(substantive(item, boxes), 1), result);
            case NET -> Words.get("formula.net", n.decimal(m.topBox(), 1),
                    values(item, boxes.bottomBox(), n), result);
            case DONT_KNOW -> Words.get("formula.dontKnow", names(scale, boxes.dontKnow(), language),
                    values(item, boxes.dontKnow(), n), result);
        };
    }

    /** The general formula of a measure, for a column heading's tooltip. */
    public static String general(Measure measure) {
        return Words.get("formula.general." + measure.key());
    }

    private static String names(Scale scale, List<Integer> categories, String language) {
        return categories.stream().map(i -> scale.category(i).label().in(language)).collect(Collectors.joining(" + "));
    }

    private static String values(Item item, List<Integer> categories, Numbers n) {
        return categories.stream().map(i -> n.decimal(item.share(i), 1)).collect(Collectors.joining(" + "));
    }

    private static double substantive(Item item, ScaleBoxes boxes) {
        return boxes.substantive().stream().mapToDouble(item::share).sum();
    }

    private static String weighted(Scale scale, ScaleBoxes boxes, Item item, Numbers n) {
        return boxes.substantive().stream()
                .map(i -> n.decimal(scale.category(i).score() - boxes.minScore(), 0) + "·" + n.decimal(item.share(i), 1))
                .collect(Collectors.joining(" + "));
    }
}
