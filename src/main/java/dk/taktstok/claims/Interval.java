package dk.taktstok.claims;

/**
 * The values of a figure that make a claim true: from {@code low} to {@code high}, each end in or out;
 * an open side is infinite.
 */
public record Interval(double low, boolean lowIn, double high, boolean highIn) {

    /** Figures are sums of rounded shares: 26.7 + 46.4 is 73.10000000000001 in binary. */
    private static final double SLACK = 1e-9;

    public static Interval above(double low, boolean in) {
        return new Interval(low, in, Double.POSITIVE_INFINITY, false);
    }

    public static Interval below(double high, boolean in) {
        return new Interval(Double.NEGATIVE_INFINITY, false, high, in);
    }

    /** From {@code low} (in) to {@code high} (out): the values that round to a number. */
    public static Interval rounding(double low, double high) {
        return new Interval(low, true, high, false);
    }

    public static Interval closed(double low, double high) {
        return new Interval(low, true, high, true);
    }

    public boolean contains(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        boolean aboveLow = lowIn ? value >= low - SLACK : value > low + SLACK;
        boolean belowHigh = highIn ? value <= high + SLACK : value < high - SLACK;
        return aboveLow && belowHigh;
    }

    public boolean hasLow() {
        return Double.isFinite(low);
    }

    public boolean hasHigh() {
        return Double.isFinite(high);
    }
}
