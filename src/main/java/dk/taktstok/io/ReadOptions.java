package dk.taktstok.io;

import dk.taktstok.model.Study;
import java.util.List;
import java.util.Objects;

/**
 * What the user said about a file before it is read.
 *
 * @param layout   tables or respondent rows; {@link Layout#AUTO} recognises it
 * @param weight   the weight column of respondent rows (its header, or its letter in a workbook); null
 *                 for unweighted shares. Naming a weight implies respondent rows.
 * @param progress where a long read reports progress and learns that it is cancelled
 * @param codebook a study whose categories carry the codes of respondent rows' numeric answers: those
 *                 answers are read as its categories, on its scales; null for none. Naming one implies
 *                 respondent rows.
 * @param password the password of an encrypted workbook, or null; used only to decrypt, never shown
 * @param by       the columns of respondent rows to split the respondents by (headers or letters), one
 *                 banner each; empty for none. Naming one implies respondent rows.
 */
public record ReadOptions(Layout layout, String weight, ReadProgress progress, Study codebook, String password,
                          List<String> by) {

    public static final ReadOptions DEFAULT = new ReadOptions(Layout.AUTO, null, ReadProgress.NONE, null, null);

    public ReadOptions(Layout layout, String weight, ReadProgress progress, Study codebook, String password) {
        this(layout, weight, progress, codebook, password, List.of());
    }

    public ReadOptions(Layout layout, String weight, ReadProgress progress, Study codebook) {
        this(layout, weight, progress, codebook, null);
    }

    public ReadOptions {
        Objects.requireNonNull(layout, "layout");
        progress = progress == null ? ReadProgress.NONE : progress;
        weight = weight == null || weight.isBlank() ? null : weight.strip();
        by = by == null ? List.of() : by.stream().map(String::strip).filter(b -> !b.isEmpty()).toList();
    }

    public ReadOptions withLayout(Layout newLayout) {
        return new ReadOptions(newLayout, weight, progress, codebook, password, by);
    }

    public ReadOptions withWeight(String newWeight) {
        return new ReadOptions(layout, newWeight, progress, codebook, password, by);
    }

    public ReadOptions withProgress(ReadProgress newProgress) {
        return new ReadOptions(layout, weight, newProgress, codebook, password, by);
    }

    public ReadOptions withCodebook(Study newCodebook) {
        return new ReadOptions(layout, weight, progress, newCodebook, password, by);
    }

    public ReadOptions withPassword(String newPassword) {
        return new ReadOptions(layout, weight, progress, codebook, newPassword, by);
    }

    public ReadOptions withBy(List<String> newBy) {
        return new ReadOptions(layout, weight, progress, codebook, password, newBy);
    }

    /** Everything but the password, which must never reach a message or a log. */
    @Override
    public String toString() {
        return "ReadOptions[layout=" + layout + ", weight=" + weight + ", codebook=" + (codebook != null)
                + ", password=" + (password == null ? "none" : "given") + ", by=" + by + "]";
    }

    /** The layout to read: respondents when a weight or a codebook is named and nothing else was said. */
    public Layout effectiveLayout() {
        return layout == Layout.AUTO && (weight != null || codebook != null || !by.isEmpty()) ? Layout.RESPONDENTS : layout;
    }
}
