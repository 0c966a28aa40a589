package dk.taktstok.chart.layout;

import java.util.List;

/**
 * Something a chart shows that a journalist must know before publishing it: data it marks as wrong, a
 * chart type the question does not allow, a headline or source line not fit to print. Layout finds
 * them; the command line prints them and the desktop's export dialog lists them.
 *
 * @param chartId   the chart's id
 * @param arguments the message's parts, in the chart's language
 */
public record ChartProblem(String chartId, Kind kind, String key, List<Object> arguments) {

    /** What kind of problem, and so whether {@code export --strict} refuses the chart. */
    public enum Kind {
        /** The data is wrong where the chart shows it: a row not summing to 100, a missing value; marked on the chart. */
        DATA,
        /** The chart type needs what the question does not have; another type is drawn. */
        CHART_TYPE,
        /** The chart is not ready to print as it is: a placeholder headline, no source. */
        PRESENTATION
    }

    public ChartProblem {
        arguments = List.copyOf(arguments);
    }

    /**
     * True for wrong data, which {@code export --strict} refuses to print; the rest are warnings: the
     * chart is right but not finished (a placeholder headline, no source, another chart type drawn).
     */
    public boolean isError() {
        return kind == Kind.DATA;
    }

    /** The problem in words, in "da" or "en". */
    public String describe(String language) {
        return new LayoutTexts(language).get("problem." + key, arguments.toArray());
    }
}
