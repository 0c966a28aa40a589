package dk.taktstok.claims;

import java.util.List;

/**
 * Holds a claim against a figure (docs/claim-check.md, "Verdicts"):
 * <ol>
 * <li>where the figure has another base and the claim holds on one and not the other, it depends on the
 *     base;</li>
 * <li>where the figure's number of answers is known, a claim that it lies beyond a threshold (more than,
 *     a majority, one figure above another) is within the margin of error when the figure's 95 % interval
 *     reaches the threshold; so is a difference or ratio that holds but is smaller than its margin;</li>
 * <li>else supported where the figure lies in the claim's interval, contradicted where not.</li>
 * </ol>
 */
final class Judge {

    private Judge() {
    }

    /**
     * @param baseOpen whether the sentence leaves the base open; where it counts answers ("svarer", "say")
     *                 only a number written to its precision may match the other base
     */
    static Assessment assess(Quantity quantity, Figure figure, Figure otherBase, boolean baseOpen) {
        boolean holds = quantity.holds().contains(valueFor(quantity, figure));
        if (otherBase != null && !baseOpen && !isPrecise(quantity)) {
            return judged(quantity, figure, null, holds);
        }
        if (otherBase != null && holds != quantity.holds().contains(valueFor(quantity, otherBase))) {
            if (isPrecise(quantity)) {
                // "83,6 procent" written to its decimal names its base by its value
                Figure fits = holds ? figure : otherBase;
                return judged(quantity, fits, holds ? otherBase : figure, true);
            }
            return new Assessment(figure, otherBase, Verdict.DEPENDS_ON_BASE, holds);
        }
        return judged(quantity, figure, otherBase, holds);
    }

    /**
     * A number written to its precision ("75 procent", "14,8 %"), not a bound or a word: it fits one base
     * or none, and so does not depend on it.
     */
    static boolean isPrecise(Quantity quantity) {
        return (quantity.form() == ClaimForm.PERCENT || quantity.form() == ClaimForm.POINTS)
                && (quantity.bound() == Bound.EXACT || quantity.bound() == Bound.BETWEEN);
    }

    private static Assessment judged(Quantity quantity, Figure figure, Figure otherBase, boolean holds) {
        if (withinMargin(quantity, figure, holds)) {
            return new Assessment(figure, otherBase, Verdict.WITHIN_MARGIN, holds);
        }
        return new Assessment(figure, otherBase, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, holds);
    }

    /**
     * Of several readings of one subject that match a claim equally — its top box and its mean score, the
     * answer "Tilfreds" and the whole top box — a number written to its precision names the one it is: where
     * some readings of a subject hold, the others are dropped. Readings of different subjects all stay.
     */
    static List<Assessment> readingsThatFit(List<Assessment> assessments) {
        var kept = new java.util.ArrayList<Assessment>();
        for (Assessment a : assessments) {
            String subject = subjectOf(a.figure());
            boolean someFit = assessments.stream().anyMatch(b -> b.holds() && subjectOf(b.figure()).equals(subject));
            if (a.holds() || !someFit) {
                kept.add(a);
            }
        }
        return kept;
    }

    /** What a figure is of, whatever its measure or base: its table and item, group, goal, or pair. */
    private static String subjectOf(Figure figure) {
        if (!figure.parts().isEmpty() && figure.kind() != Figure.Kind.GAP) {
            return figure.kind() + ":" + figure.parts().stream().map(Judge::subjectOf).toList();
        }
        return figure.kind() == Figure.Kind.GAP ? "gap:" + figure.gapId()
                : figure.tableId() + "/" + figure.itemId() + "/" + figure.groupId() + "/" + figure.benchmarkId();
    }

    /** The weakest verdict of figures that match a claim equally: the claim is only as good as that. */
    static Verdict combined(List<Assessment> assessments) {
        Verdict verdict = Verdict.SUPPORTED;
        for (Assessment a : assessments) {
            verdict = verdict.weaker(a.verdict());
        }
        return assessments.isEmpty() ? Verdict.NOT_FOUND : verdict;
    }

    /**
     * The number the claim's interval is about: a difference as the claim turns it ("9 points fewer than"
     * is the second minus the first), or its size where the claim gives no direction.
     */
    static double valueFor(Quantity quantity, Figure figure) {
        double value = figure.value();
        if (quantity.form() == ClaimForm.POINTS) {
            return switch (quantity.direction()) {
                case NONE -> Math.abs(value);
                case GREATER -> value;
                case LESS -> -value;
            };
        }
        return value;
    }

    private static boolean withinMargin(Quantity quantity, Figure figure, boolean holds) {
        double margin = figure.margin();
        if (!Double.isFinite(margin) || !Double.isFinite(quantity.threshold())) {
            return false;
        }
        if (quantity.form() == ClaimForm.RATIO) {
            double difference = figure.parts().size() == 2
                    ? figure.parts().get(0).value() - figure.parts().get(1).value() : Double.NaN;
            return holds && Math.abs(difference) <= margin;
        }
        double value = valueFor(quantity, figure);
        if (quantity.form() == ClaimForm.POINTS) {
            // a difference smaller than its margin may be no difference at all
            if (holds && Math.abs(figure.value()) <= margin) {
                return true;
            }
            return quantity.bound().isOneSided() && Math.abs(value - quantity.threshold()) <= margin;
        }
        boolean oneSided = quantity.bound().isOneSided() || switch (quantity.form()) {
            case MAJORITY, MINORITY, FEW, ALMOST_ALL, COMPARISON -> true;
            default -> false;
        };
        return oneSided && Math.abs(value - quantity.threshold()) <= margin;
    }
}
