package dk.taktstok.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a claim's words name a subject: the sum, over the words they share, of how rare the word is
 * among the subjects (idf) times its weight on both sides; a bonus for two words that follow each other
 * on both sides ("kommunen inviterer"), and for naming much of a label. A subject is named only by a word
 * of its own label; words that only say who was asked count little, and words of a table's question or a
 * goal's source only help to choose.
 */
final class Scorer {

    /** How much the words that say who was asked (the population, the title) count. */
    static final double BACKGROUND_WEIGHT = 0.3;
    /** The bonus for a pair of words in the same order on both sides, as a share of their idf. */
    static final double PAIR_BONUS = 0.5;
    /** The bonus for naming all of a label's words. */
    static final double COVER_BONUS = 0.5;

    /** A subject's match: all of it, and the part that rests on words which name something. */
    record Score(double total, double strong) {
        static final Score NONE = new Score(0, 0);

        boolean matches() {
            return strong > 0;
        }
    }

    /** A subject's words made ready once: how much each stem counts, its pairs, its labels' stems. */
    private record Prepared(Map<String, Double> weightOf, Map<String, Double> partOf, Set<String> pairs,
                            List<Set<String>> labels) {
    }

    private final StudyIndex index;
    private final Map<Subject, Prepared> prepared = new IdentityHashMap<>();

    Scorer(StudyIndex index) {
        this.index = index;
    }

    Score score(Subject subject, Context context) {
        if (context.isEmpty()) {
            return Score.NONE;
        }
        Prepared words = prepared.computeIfAbsent(subject, Scorer::prepare);
        double total = 0;
        double strong = 0;
        for (Map.Entry<String, Double> entry : context.weights().entrySet()) {
            String stem = entry.getKey();
            Double there = words.weightOf().get(stem);
            if (there == null) {
                there = words.partOf().get(stem);
            }
            if (there == null) {
                continue;
            }
            double value = entry.getValue() * there * index.idf(stem);
            if (index.isBackground(stem)) {
                total += value * BACKGROUND_WEIGHT;
            } else {
                total += value;
                // only a word of the subject's own label names it; its table's question or its goal's source
                // only help to choose among subjects named
                strong += there >= 1 ? value : 0;
            }
        }
        for (Map.Entry<String, Double> entry : context.parts().entrySet()) {
            String stem = entry.getKey();
            Double there = words.weightOf().get(stem);
            if (there != null && !context.weights().containsKey(stem) && !index.isBackground(stem)) {
                double value = entry.getValue() * there * index.idf(stem);
                total += value;
                strong += there >= 1 ? value : 0;
            }
        }
        if (strong <= 0) {
            return new Score(total, 0);
        }
        double bonus = pairs(words, context) + cover(words, context);
        return new Score(total + bonus, strong + bonus);
    }

    private double pairs(Prepared words, Context context) {
        double bonus = 0;
        List<String> pairs = context.pairs();
        List<String> sequence = context.sequence();
        for (int k = 0; k < pairs.size(); k++) {
            if (words.pairs().contains(pairs.get(k))) {
                bonus += PAIR_BONUS * context.pairWeight(k) * (index.idf(sequence.get(k)) + index.idf(sequence.get(k + 1))) / 2;
            }
        }
        return bonus;
    }

    /**
     * The share of the best-named label's words that the claim names, times the bonus. Words are counted,
     * not weighed: how rare a word the claim leaves out is says nothing of how well it names the label.
     */
    private double cover(Prepared words, Context context) {
        double best = 0;
        for (Set<String> label : words.labels()) {
            double named = 0;
            for (String stem : label) {
                named += Math.min(1, context.weights().getOrDefault(stem, 0.0));
            }
            best = Math.max(best, named / label.size());
        }
        return COVER_BONUS * best;
    }

    private static Prepared prepare(Subject subject) {
        var weightOf = new HashMap<String, Double>();
        var partOf = new HashMap<String, Double>();
        var pairs = new HashSet<String>();
        var labels = new java.util.ArrayList<Set<String>>();
        for (Subject.Field field : subject.fields()) {
            for (String stem : field.stems()) {
                weightOf.merge(stem, field.weight(), Math::max);
            }
            for (String part : field.parts()) {
                partOf.merge(part, field.weight() * Context.PART_WEIGHT, Math::max);
            }
            for (int k = 0; k + 1 < field.stems().size(); k++) {
                pairs.add(field.stems().get(k) + " " + field.stems().get(k + 1));
            }
            if (field.weight() >= 1 && !field.stems().isEmpty()) {
                labels.add(new HashSet<>(field.stems()));
            }
        }
        return new Prepared(weightOf, partOf, pairs, labels);
    }
}
