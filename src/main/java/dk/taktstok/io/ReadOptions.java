package dk.taktstok.io;

import dk.taktstok.model.Study;
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
 */
public record ReadOptions(Layout layout, String weight, ReadProgress progress, Study codebook) {

    public static final ReadOptions DEFAULT = new ReadOptions(Layout.AUTO, null, ReadProgress.NONE, null);

    public ReadOptions {
        Objects.requireNonNull(layout, "layout");
        progress = progress == null ? ReadProgress.NONE : progress;
        weight = weight == null || weight.isBlank() ? null : weight.strip();
    }

    public ReadOptions withLayout(Layout newLayout) {
        return new ReadOptions(newLayout, weight, progress, codebook);
    }

    public ReadOptions withWeight(String newWeight) {
        return new ReadOptions(layout, newWeight, progress, codebook);
    }

    public ReadOptions withProgress(ReadProgress newProgress) {
        return new ReadOptions(layout, weight, newProgress, codebook);
    }

    public ReadOptions withCodebook(Study newCodebook) {
        return new ReadOptions(layout, weight, progress, newCodebook);
    }

    /** The layout to read: respondents when a weight or a codebook is named and nothing else was said. */
    public Layout effectiveLayout() {
        return layout == Layout.AUTO && (weight != null || codebook != null) ? Layout.RESPONDENTS : layout;
    }
}
