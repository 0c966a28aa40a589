package dk.taktstok.chart.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the data points of a plot lie, for annotations: an item, group or gap by id, or a category of an item. */
final class Anchors {

    /**
     * A point, the box of the mark there (a bar, a dot) so a note can sit beside it, and the row it is
     * on; null for a free point.
     */
    record Point(double x, double y, Box mark, Row row) {

        Point(double x, double y, Box mark) {
            this(x, y, mark, null);
        }
    }

    /**
     * A row of a plot, as annotations see it.
     *
     * @param key   the row's key in {@link Room#below}: an item, group or gap id
     * @param band  the row from the marks' left end to the plot's right, top to bottom of its marks and labels
     * @param below the room kept under the row's marks for notes; as wide as the band, and empty when none was asked for
     */
    record Row(String key, Box band, Box below) {
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

    /** Every row the points lie on, each once. */
    List<Row> rows() {
        return points.values().stream().map(Point::row).filter(java.util.Objects::nonNull).distinct().toList();
    }

    Optional<Row> row(String key) {
        return rows().stream().filter(r -> r.key().equals(key)).findFirst();
    }

    Optional<Point> find(String target, String category) {
        return Optional.ofNullable(points.get(new Key(target, category)));
    }
}
