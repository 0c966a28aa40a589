package dk.taktstok.claims;

/**
 * The values of a figure that make a claim true, from its number, its precision and its bound
 * (docs/claim-check.md, "The rules"):
 * <ul>
 * <li>a number holds within its own precision: "75 procent" for 74.5 up to 75.5, "75,0 %" for 74.95 up
 *     to 75.05;</li>
 * <li>a part in words within 2 points: "halvdelen" for 48–52, "hver fjerde" for 23–27;</li>
 * <li>a ratio within a tenth: "dobbelt så mange" for 1.8–2.2;</li>
 * <li>"mere end 70" above 70, "mindst 70" from 70, "under 70" below, "højst 70" up to 70;</li>
 * <li>"knap", "næsten", "nearly" a little below: "knap halvdelen" for 46 up to 50; "godt", "just over" a
 *     little above; "omkring", "about" a little either side. "A little" is 8 % of the number, at least 1 and
 *     at most 4 points (for a ratio, 15 % of it).</li>
 * </ul>
 */
final class Readings {

    /** How far a part in words may be from its exact value, in points: "halvdelen" holds for 48–52. */
    static final double PART_SLACK = 2;
    /** How far a ratio may be from its factor, as a fraction of it: "dobbelt" holds for 1.8–2.2. */
    static final double RATIO_SLACK = 0.1;

    private Readings() {
    }

    static Interval interval(Core core, Bound bound) {
        if (core.fixed() != null) {
            return core.fixed();
        }
        double x = core.value();
        if (bound == Bound.BETWEEN) {
            double half = half(core.decimals());
            return Interval.rounding(x - half, core.high() + half);
        }
        double little = little(core.form(), x);
        return switch (bound) {
            case EXACT -> exact(core);
            case MORE_THAN -> Interval.above(x, false);
            case AT_LEAST -> Interval.above(x, true);
            case LESS_THAN -> Interval.below(x, false);
            case AT_MOST -> Interval.below(x, true);
            case JUST_UNDER -> Interval.rounding(x - little, x);
            case JUST_OVER -> new Interval(x, false, x + little, true);
            case ABOUT -> Interval.closed(x - little, x + little);
            case BETWEEN -> throw new IllegalStateException("handled above");
        };
    }

    /** The value a claim's margin rule looks at: the bound of a one-sided claim, a quantifier's threshold. */
    static double threshold(Core core, Bound bound, Interval holds) {
        if (core.fixed() != null) {
            return core.threshold();
        }
        if (bound.isOneSided()) {
            return core.value();
        }
        return core.form() == ClaimForm.POINTS || core.form() == ClaimForm.RATIO ? 0 : Double.NaN;
    }

    private static Interval exact(Core core) {
        double x = core.value();
        return switch (core.form()) {
            case FRACTION -> Interval.closed(x - PART_SLACK, x + PART_SLACK);
            case RATIO -> Interval.closed(x * (1 - RATIO_SLACK), x * (1 + RATIO_SLACK));
            default -> Interval.rounding(x - half(core.decimals()), x + half(core.decimals()));
        };
    }

    /** Half the last written decimal: 0.5 for "75", 0.05 for "75,0". */
    static double half(int decimals) {
        return 0.5 * Math.pow(10, -decimals);
    }

    /** "A little" of a number, for "knap", "godt" and "omkring". */
    static double little(ClaimForm form, double x) {
        if (form == ClaimForm.RATIO) {
            return 0.15 * x;
        }
        return Math.max(1, Math.min(4, 0.08 * Math.abs(x)));
    }
}
