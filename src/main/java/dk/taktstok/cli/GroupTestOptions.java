package dk.taktstok.cli;

import dk.taktstok.analysis.Correction;
import dk.taktstok.analysis.CrosstabOptions;
import dk.taktstok.analysis.Uncertainty;
import picocli.CommandLine.Option;

/** How the groups of --by are compared: the level, the correction for many comparisons, the smallest group tested. */
final class GroupTestOptions {

    @Option(names = "--level", paramLabel = "PERCENT", defaultValue = "95",
            description = "The level of the tests between groups, two-sided; default: ${DEFAULT-VALUE}.")
    double level = 95;

    @Option(names = "--correction", paramLabel = "holm|bh|none", defaultValue = "holm",
            description = "How p-values are adjusted for the comparisons in a row: Holm (the default),"
                    + " Benjamini-Hochberg, or not at all.")
    String correction = "holm";

    @Option(names = "--min-n", paramLabel = "N",
            description = "Groups with fewer answers to an item are shown, flagged and not tested; default: "
                    + Uncertainty.LOW_N + ".")
    int minN = Uncertainty.LOW_N;

    /** The options, or null with a message on {@code err} when one does not fit. */
    CrosstabOptions options(java.io.PrintWriter err) {
        Correction chosen = switch (correction.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "holm" -> Correction.HOLM;
            case "bh", "fdr", "benjamini-hochberg" -> Correction.BH;
            case "none" -> Correction.NONE;
            default -> null;
        };
        if (chosen == null) {
            err.println("error: --correction takes holm, bh or none, not '" + correction + "'");
            return null;
        }
        if (!(level > 0 && level < 100)) {
            err.println("error: --level takes a percentage between 0 and 100, such as 95, not " + level);
            return null;
        }
        if (minN < 2) {
            err.println("error: --min-n takes 2 or more");
            return null;
        }
        return new CrosstabOptions(1 - level / 100, chosen, minN);
    }
}
