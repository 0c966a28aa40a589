package dk.taktstok.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words around a claim that may name what it is about, each with a weight: 1 for the words of its
 * own part of the sentence, less for the rest of the sentence, 0 for the words that name answers or
 * measures (they choose the figure's categories, not its item). Danish compounds are split into their
 * parts, which count a little less.
 */
final class Context {

    /** How much a compound's part counts beside a whole word. */
    static final double PART_WEIGHT = 0.7;

    private final Map<String, Double> weights = new HashMap<>();
    private final Map<String, Double> parts = new HashMap<>();
    /** The stems in the order written, with their weights, for pairs of words that follow each other. */
    private final List<String> sequence = new ArrayList<>();
    private final List<Double> sequenceWeights = new ArrayList<>();
    /** Each pair of stems that follow each other, "a b", with the smaller of their weights. */
    private final List<String> pairs = new ArrayList<>();
    private final List<Double> pairWeights = new ArrayList<>();

    private Context() {
    }

    /**
     * @param weightOf the weight of each token of the sentence (0 leaves it out)
     */
    static Context of(List<Token> tokens, double[] weightOf, Language language, StudyIndex index) {
        var context = new Context();
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            double weight = weightOf[k];
            if (weight <= 0 || !Words.carriesSubject(token)) {
                continue;
            }
            String stem = index.stem(language, token.lower());
            context.weights.merge(stem, weight, Math::max);
            context.sequence.add(stem);
            context.sequenceWeights.add(weight);
            if (language == Language.DA) {
                for (String part : index.parts(token.lower())) {
                    context.parts.merge(part, weight * PART_WEIGHT, Math::max);
                }
            }
        }
        for (int k = 0; k + 1 < context.sequence.size(); k++) {
            context.pairs.add(context.sequence.get(k) + " " + context.sequence.get(k + 1));
            context.pairWeights.add(Math.min(context.sequenceWeights.get(k), context.sequenceWeights.get(k + 1)));
        }
        return context;
    }

    List<String> pairs() {
        return pairs;
    }

    double pairWeight(int k) {
        return pairWeights.get(k);
    }

    Map<String, Double> weights() {
        return weights;
    }

    Map<String, Double> parts() {
        return parts;
    }

    List<String> sequence() {
        return sequence;
    }

    double sequenceWeight(int k) {
        return sequenceWeights.get(k);
    }

    boolean isEmpty() {
        return weights.isEmpty() && parts.isEmpty();
    }
}
