package dk.taktstok.io.respondents;

/**
 * The answers to one question, counted while the rows stream past: how many respondents gave each
 * answer, and with weights the sum of their weights; how many answered at all, and the sums of the
 * weights and of their squares for Kish's effective n. Memory is fixed: a column with more distinct
 * answers than a question has is free text, and is no longer counted.
 */
final class AnswerColumn {

    /** Distinct answers a question may have; more and the column is not a question. */
    static final int MAX_ANSWERS = 60;

    private static final int CAPACITY = 128; // a power of two, over twice MAX_ANSWERS

    private final int[] keys = new int[CAPACITY];
    private final long[] counts = new long[CAPACITY];
    private final double[] weights = new double[CAPACITY];
    private final double[] squares = new double[CAPACITY];
    private final int[] order = new int[MAX_ANSWERS];
    private int size;
    private boolean overflow;
    private long answered;
    private double sumWeights;
    private double sumSquares;

    AnswerColumn() {
        java.util.Arrays.fill(keys, -1);
    }

    /** Counts one answer with its respondent's weight (1 without weights). */
    void add(int id, double weight) {
        if (overflow) {
            return;
        }
        int slot = slot(id);
        if (keys[slot] < 0) {
            if (size == MAX_ANSWERS) {
                overflow = true;
                return;
            }
            keys[slot] = id;
            order[size++] = slot;
        }
        counts[slot]++;
        weights[slot] += weight;
        squares[slot] += weight * weight;
        answered++;
        sumWeights += weight;
        sumSquares += weight * weight;
    }

    /** Adds the sums of answers {@code id} of another column. */
    private void addSums(int id, long count, double weight, double square) {
        int slot = slot(id);
        if (keys[slot] < 0) {
            keys[slot] = id;
            order[size++] = slot;
        }
        counts[slot] += count;
        weights[slot] += weight;
        squares[slot] += square;
        answered += count;
        sumWeights += weight;
        sumSquares += square;
    }

    /** The answers of this column less those of {@code part}, whose answers are some of these: the rest. */
    AnswerColumn minus(AnswerColumn part) {
        var rest = new AnswerColumn();
        rest.overflow = overflow || part.overflow;
        if (rest.overflow) {
            return rest;
        }
        for (int a = 0; a < size; a++) {
            int id = id(a);
            int other = part.slot(id);
            boolean shared = part.keys[other] == id;
            long count = counts[order[a]] - (shared ? part.counts[other] : 0);
            if (count > 0) {
                rest.addSums(id, count, weights[order[a]] - (shared ? part.weights[other] : 0),
                        squares[order[a]] - (shared ? part.squares[other] : 0));
            }
        }
        return rest;
    }

    /** A column of no answers, for a group's counts. */
    AnswerColumn empty() {
        var column = new AnswerColumn();
        column.overflow = overflow;
        return column;
    }

    private int slot(int id) {
        int slot = (id * 0x9E3779B9) >>> 25; // 7 bits: CAPACITY
        while (keys[slot] >= 0 && keys[slot] != id) {
            slot = (slot + 1) & (CAPACITY - 1);
        }
        return slot;
    }

    boolean overflowed() {
        return overflow;
    }

    /** Distinct answers, in the order first met. */
    int size() {
        return size;
    }

    int id(int answer) {
        return keys[order[answer]];
    }

    long count(int answer) {
        return counts[order[answer]];
    }

    double weight(int answer) {
        return weights[order[answer]];
    }

    /** The sum of the squared weights of those who gave an answer, for Kish's effective n. */
    double squares(int answer) {
        return squares[order[answer]];
    }

    long answered() {
        return answered;
    }

    double sumWeights() {
        return sumWeights;
    }

    double sumSquares() {
        return sumSquares;
    }
}
