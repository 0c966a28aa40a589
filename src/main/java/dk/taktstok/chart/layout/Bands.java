package dk.taktstok.chart.layout;

/** The bands a plot keeps free for annotations: reference labels above its rows, notes under them. */
final class Bands {

    /** Space between the last row and the band under it. */
    static final double GAP = 4;

    private Bands() {
    }

    /** The lines kept above the rows for reference lines' labels, from {@code top}; empty when none are asked for. */
    static Box reference(Typesetter type, ChartContext chart, double left, double width, double top, Room room) {
        return new Box(left, top, width, room.referenceLevels() * levelHeight(type, chart));
    }

    /** One line of reference labels with the space under it. */
    static double levelHeight(Typesetter type, ChartContext chart) {
        return type.blockHeight(1, type.bold(chart.theme.sizes().annotation())) + Placing.STACK_GAP;
    }

    /** The band under the last row, from {@code top}: as high as annotations anchored to no row asked for. */
    static Box underRows(double left, double right, double top, Room room) {
        double height = room.underRows();
        return new Box(left, top + (height > 0 ? GAP : 0), right - left, height);
    }
}
