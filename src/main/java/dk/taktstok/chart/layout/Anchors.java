package dk.taktstok.chart.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the data points of a plot lie, for annotations: an item, group or gap by id, or a category of an item. */
final class Anchors {

    /** A point, and the box of the mark there (a bar, a dot) so a note can sit beside it. */
    record Point(double x, double y, Box mark) {
    }

    /** An item, group or gap; with a category's name, that category's segment of the item. */
    private record Key(String target, String category) {
    }

    private final Map<Key, Point> points = new LinkedHashMap<>();

    void put(String target, Point point) {
        points.putIfAbsent(new Key(target, null), point);
    }

    void put(String target, String category, Point point) {
        points.putIfAbsent(new Key(target, category), point);
    }

    /** Every point, as data points for an editor. */
    List<LaidOutChart.DataPoint> dataPoints() {
        var list = new ArrayList<LaidOutChart.DataPoint>();
        points.forEach((key, point) -> list.add(new LaidOutChart.DataPoint(key.target(), key.category(), point.x(),
                point.y())));
        return list;
    }

    Optional<Point> find(String target, String category) {
        return Optional.ofNullable(points.get(new Key(target, category)));
    }
}
