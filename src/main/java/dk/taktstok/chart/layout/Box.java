package dk.taktstok.chart.layout;

/** An axis-aligned rectangle in scene units: (x, y) its top left. */
public record Box(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** Whether the two overlap by more than a hair (touching edges do not count). */
    public boolean intersects(Box other) {
        double epsilon = 0.01;
        return x < other.right() - epsilon && other.x < right() - epsilon
                && y < other.bottom() - epsilon && other.y < bottom() - epsilon;
    }

    public boolean within(Box outer) {
        double epsilon = 0.01;
        return x >= outer.x - epsilon && y >= outer.y - epsilon
                && right() <= outer.right() + epsilon && bottom() <= outer.bottom() + epsilon;
    }

    public Box grow(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    public Box moveBy(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }
}
