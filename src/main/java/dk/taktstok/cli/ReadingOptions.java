package dk.taktstok.cli;

import dk.taktstok.io.Layout;
import dk.taktstok.io.ReadOptions;
import picocli.CommandLine.Option;

/** How a workbook or CSV file is read: as a report's tables or as respondent rows, and with which weight. */
final class ReadingOptions {

    @Option(names = "--layout", paramLabel = "table|respondents",
            description = "Read the file as a report's tables, or as respondent rows (a header row of questions,"
                    + " one row per respondent); default: recognised from the file.")
    Layout layout;

    @Option(names = "--weight", paramLabel = "COLUMN",
            description = "Weight respondent rows by this column (its header, or its letter in a workbook).")
    String weight;

    ReadOptions options() {
        return ReadOptions.DEFAULT.withLayout(layout == null ? Layout.AUTO : layout).withWeight(weight);
    }

    /** Whether either option was given; they need a file to read. */
    boolean given() {
        return layout != null || weight != null;
    }
}
