package dk.taktstok.analysis;

import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which categories of a scale count as substantive, top box and bottom box.
 *
 * <p>Unless the scale names them, the top box is the upper half of the substantive categories by
 * score and the bottom box the lower half; with an odd number of substantive categories the middle
 * one belongs to neither.
 *
 * @param substantive indexes of the substantive categories, in scale order
 * @param topBox      indexes of the top-box categories, in scale order
 * @param bottomBox   indexes of the bottom-box categories, in scale order
 * @param dontKnow    indexes of the categories that are not substantive — "don't know" and non-answers
 *                    ("No answer", "Not applicable") — in scale order: they are drawn apart
 * @param minScore    the lowest score among the substantive categories
 * @param maxScore    the highest score among the substantive categories
 * @param dontKnowOnly indexes of the "don't know" categories alone, whose shares make the don't-know measure
 */
public record ScaleBoxes(List<Integer> substantive, List<Integer> topBox, List<Integer> bottomBox,
                         List<Integer> dontKnow, double minScore, double maxScore, List<Integer> dontKnowOnly) {

    public ScaleBoxes {
        substantive = List.copyOf(substantive);
        topBox = List.copyOf(topBox);
        bottomBox = List.copyOf(bottomBox);
        dontKnow = List.copyOf(dontKnow);
        dontKnowOnly = List.copyOf(dontKnowOnly);
    }

    public ScaleBoxes(List<Integer> substantive, List<Integer> topBox, List<Integer> bottomBox, List<Integer> dontKnow,
                      double minScore, double maxScore) {
        this(substantive, topBox, bottomBox, dontKnow, minScore, maxScore, dontKnow);
    }

    public static ScaleBoxes of(Scale scale) {
        var substantive = new ArrayList<Integer>();
        var dontKnow = new ArrayList<Integer>();
        var dontKnowOnly = new ArrayList<Integer>();
        for (int i = 0; i < scale.size(); i++) {
            (scale.category(i).isSubstantive() ? substantive : dontKnow).add(i);
            if (scale.category(i).role() == CategoryRole.DONT_KNOW) {
                dontKnowOnly.add(i);
            }
        }
        // highest score first; equal scores keep their scale order
        var byScore = substantive.stream()
                .sorted(Comparator.comparingDouble((Integer i) -> scale.category(i).score()).reversed())
                .toList();
        int half = byScore.size() / 2;
        List<Integer> top = scale.topBox().isEmpty()
                ? sorted(byScore.subList(0, half))
                : indexesOf(scale, scale.topBox());
        List<Integer> bottom = scale.bottomBox().isEmpty()
                ? sorted(byScore.subList(byScore.size() - half, byScore.size()))
                : indexesOf(scale, scale.bottomBox());
        double min = substantive.stream().mapToDouble(i -> scale.category(i).score()).min().orElse(Double.NaN);
        double max = substantive.stream().mapToDouble(i -> scale.category(i).score()).max().orElse(Double.NaN);
        if (scale.kind() == ScaleKind.BINARY && scale.topBox().isEmpty() && !byScore.isEmpty()) {
            // yes/no: the measure is the share of yes, the highest-scored answer
            top = List.of(byScore.getFirst());
            bottom = byScore.size() > 1 ? List.of(byScore.getLast()) : List.of();
        }
        return new ScaleBoxes(substantive, top, bottom, dontKnow, min, max, dontKnowOnly);
    }

    public boolean isTop(int category) {
        return topBox.contains(category);
    }

    public boolean isBottom(int category) {
        return bottomBox.contains(category);
    }

    private static List<Integer> sorted(List<Integer> indexes) {
        return indexes.stream().sorted().toList();
    }

    /** Names that match no category are skipped; the study validator reports them. */
    private static List<Integer> indexesOf(Scale scale, List<String> names) {
        return names.stream().map(scale::indexOf).filter(i -> i >= 0).sorted().toList();
    }
}
