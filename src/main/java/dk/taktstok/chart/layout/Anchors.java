package dk.taktstok.chart.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the data points of a plot lie, for annotations: an item, group or gap by id, or a category of
 * an item as {@code item/category}.
 */
final class Anchors {

    /** A point, and the box of the mark there (a bar, a dot) so a note can sit beside it. */
    record Point(double x, double y, Box mark) {
    }

    private final Map<String, Point> points = new LinkedHashMap<>();

    void put(String target, Point point) {
        points.putIfAbsent(target, point);
    }

    void put(String target, String category, Point point) {
        points.putIfAbsent(target + "/" + category, point);
    }

    /** Every point, as data points for an editor. */
    List<LaidOutChart.DataPoint> dataPoints() {
        var list = new ArrayList<LaidOutChart.DataPoint>();
        points.forEach((key, point) -> {
            int slash = key.indexOf('/');
            list.add(new LaidOutChart.DataPoint(slash < 0 ? key : key.substring(0, slash),
                    slash < 0 ? null : key.substring(slash + 1), point.x(), point.y()));
        });
        return list;
    }

    Optional<Point> find(String target, String category) {
        return Optional.ofNullable(points.get(category == null ? target : target + "/" + category));
    }
}
