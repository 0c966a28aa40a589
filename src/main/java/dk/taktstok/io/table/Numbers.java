package dk.taktstok.io.table;

import java.math.BigDecimal;

/** Small arithmetic on shares that keeps the decimals a person typed (0.267 → 26.7, not 26.700000000000003). */
final class Numbers {

    private Numbers() {
    }

    /** A fraction as percent: the value × 100, decimal-exact for the value's shortest written form. */
    static double percentOf(double fraction) {
        if (!Double.isFinite(fraction)) {
            return fraction;
        }
        return BigDecimal.valueOf(fraction).movePointRight(2).doubleValue();
    }
}
