package dk.taktstok.io;

import java.util.Objects;

/**
 * What the user said about a file before it is read.
 *
 * @param layout   tables or respondent rows; {@link Layout#AUTO} recognises it
 * @param weight   the weight column of respondent rows (its header, or its letter in a workbook); null
 *                 for unweighted shares. Naming a weight implies respondent rows.
 * @param progress where a long read reports progress and learns that it is cancelled
 */
public record ReadOptions(Layout layout, String weight, ReadProgress progress) {

    public static final ReadOptions DEFAULT = new ReadOptions(Layout.AUTO, null, ReadProgress.NONE);

    public ReadOptions {
        Objects.requireNonNull(layout, "layout");
        progress = progress == null ? ReadProgress.NONE : progress;
        weight = weight == null || weight.isBlank() ? null : weight.strip();
    }

    public ReadOptions withLayout(Layout newLayout) {
        return new ReadOptions(newLayout, weight, progress);
    }

    public ReadOptions withWeight(String newWeight) {
        return new ReadOptions(layout, newWeight, progress);
    }

    public ReadOptions withProgress(ReadProgress newProgress) {
        return new ReadOptions(layout, weight, newProgress);
    }

    /** The layout to read: respondents when a weight is named and nothing else was said. */
    public Layout effectiveLayout() {
        return layout == Layout.AUTO && weight != null ? Layout.RESPONDENTS : layout;
    }
}
