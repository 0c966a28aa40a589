package dk.taktstok.chart.layout;

import java.util.LinkedHashMap;
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

    Optional<Point> find(String target, String category) {
        return Optional.ofNullable(points.get(category == null ? target : target + "/" + category));
    }
}
