package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.ChartScene;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chart's scene together with what an editor needs to point into it: where each data point lies,
 * the plot area, and where each annotation was anchored.
 *
 * @param dataPoints  every data point an annotation can be anchored to
 * @param plotArea    where data is drawn; free points are fractions of it
 * @param annotations where each drawn note is anchored and placed, by annotation id
 * @param axis        the value axis, mapping values to x; null for a chart without one
 * @param table       the chart's numbers as a table, for screen readers
 * @param problems    what the chart marks or lacks that a journalist must know before printing it
 */
public record LaidOutChart(ChartScene scene, List<DataPoint> dataPoints, Box plotArea, Map<String, NotePlacement> annotations,
                           ValueAxis axis, DataTable table, List<ChartProblem> problems) {

    public LaidOutChart {
        dataPoints = List.copyOf(dataPoints);
        annotations = Map.copyOf(annotations);
        problems = List.copyOf(problems);
    }

    /** The same chart with another scene (the background taken off, say). */
    public LaidOutChart withScene(ChartScene other) {
        return new LaidOutChart(other, dataPoints, plotArea, annotations, axis, table, problems);
    }

    /**
     * A place an annotation can point at.
     *
     * @param target   an item, group or gap id
     * @param category a category name for a segment of an item's bar; null for the whole item
     */
    public record DataPoint(String target, String category, double x, double y) {
    }

    /** A note's anchor point and the top left of its text as drawn. */
    public record NotePlacement(double anchorX, double anchorY, double x, double y) {
    }

    /** The value axis: values from {@code from} to {@code to} lie between x positions {@code left} and {@code right}. */
    public record ValueAxis(double from, double to, double left, double right) {

        public double valueAt(double x) {
            return from + (x - left) / (right - left) * (to - from);
        }
    }

    /** The data point nearest to (x, y), if the chart has any. */
    public Optional<DataPoint> nearest(double x, double y) {
        return dataPoints.stream().min(Comparator.comparingDouble(p -> Math.hypot(p.x() - x, p.y() - y)));
    }
}
