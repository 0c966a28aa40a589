package dk.taktstok.claims;

/** When two scores are the same: equal up to rounding in their last digits. */
final class Ties {

    private Ties() {
    }

    static boolean equal(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
