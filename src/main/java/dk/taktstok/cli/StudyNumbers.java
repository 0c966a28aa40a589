package dk.taktstok.cli;

import java.math.BigDecimal;

/** Numbers in messages, written plainly: 3, 2.5 — never 3.0. */
final class StudyNumbers {

    private StudyNumbers() {
    }

    static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
