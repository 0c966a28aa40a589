package dk.taktstok.analysis;

import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import java.util.List;

/** Computes an item's measures from its shares and the scale's scores, roles and boxes. */
public final class ItemMeasurer {

    private final Scale scale;
    private final ScaleBoxes boxes;

    public ItemMeasurer(Scale scale) {
        this.scale = scale;
        this.boxes = ScaleBoxes.of(scale);
    }

    public ScaleBoxes boxes() {
        return boxes;
    }

    public ItemMeasures measure(Item item) {
        List<Double> p = item.shares();
        if (p.size() != scale.size()) {
            return new ItemMeasures(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = sum(p, allIndexes());
        double topBox = sum(p, boxes.topBox());
        double bottomBox = sum(p, boxes.bottomBox());
        double substantive = sum(p, boxes.substantive());
        double dontKnow = sum(p, boxes.dontKnowOnly());

        double topBoxValid = substantive > 0 ? topBox / substantive * 100 : Double.NaN;

        // scores are taken relative to the lowest, so a scale scored 1..4 also spans 0..100
        double range = boxes.maxScore() - boxes.minScore();
        double weighted = 0;
        for (int i : boxes.substantive()) {
            weighted += (scale.category(i).score() - boxes.minScore()) * p.get(i);
        }
        double meanScore = substantive > 0 && range > 0 ? weighted / (range * substantive) * 100 : Double.NaN;

        // a measure that cannot mean anything for the kind of question is not computed (docs/measures.md)
        ScaleKind kind = scale.kind();
        if (!kind.hasTopBox()) {
            return new ItemMeasures(sum, Double.NaN, Double.NaN, Double.NaN, Double.NaN, dontKnow);
        }
        if (!kind.hasScores()) {
            return new ItemMeasures(sum, topBox, topBoxValid, Double.NaN, Double.NaN, dontKnow);
        }
        return new ItemMeasures(sum, topBox, topBoxValid, meanScore, topBox - bottomBox, dontKnow);
    }

    private List<Integer> allIndexes() {
        return java.util.stream.IntStream.range(0, scale.size()).boxed().toList();
    }

    private static double sum(List<Double> shares, List<Integer> indexes) {
        double total = 0;
        for (int i : indexes) {
            total += shares.get(i);
        }
        return total;
    }
}
