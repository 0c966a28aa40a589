package dk.taktstok.claims;

import java.util.function.Supplier;

/**
 * A figure a claim may be about, with how well the claim's words name it. The figure is made only when it
 * is wanted: a claim is held against its best candidates alone, so the others' formulas are never written.
 */
final class Candidate {

    private final Supplier<Figure> make;
    private final Supplier<Figure> makeOther;
    private final double score;
    private final boolean baseOpen;
    private Figure figure;
    private Figure other;
    private boolean made;

    /**
     * @param otherBase the figure on the other base, where the sentence does not name its base; null otherwise
     * @param baseOpen  whether the sentence leaves the base open: it does not count answers ("svarer", "say"),
     *                  so a claim about the world may hold with "don't know" in the base or without it
     */
    Candidate(Supplier<Figure> figure, Supplier<Figure> otherBase, double score, boolean baseOpen) {
        this.make = figure;
        this.makeOther = otherBase;
        this.score = score;
        this.baseOpen = baseOpen;
    }

    double score() {
        return score;
    }

    boolean baseOpen() {
        return baseOpen;
    }

    Figure figure() {
        make();
        return figure;
    }

    Figure otherBase() {
        make();
        return other;
    }

    /** Whether the figure can be computed: none of the shares behind it is missing. */
    boolean computable() {
        return figure() != null && Double.isFinite(figure().value());
    }

    private void make() {
        if (!made) {
            figure = make.get();
            other = makeOther == null ? null : makeOther.get();
            made = true;
        }
    }
}
