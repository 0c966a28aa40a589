package dk.taktstok.io.table;

import dk.taktstok.testing.Seed;
import java.util.ArrayList;
import java.util.List;

/**
 * Grids written as rows of values, for finder and builder tests: a String is a text cell, a
 * Number a number cell, {@link #pct} a number shown as percent, {@link #error} an error value,
 * null a blank cell. Places read like Excel's: {@code Data!C5}.
 */
final class Grids {

    record Pct(double fraction) {
    }

    record Err(String code) {
    }

    static Pct pct(double fraction) {
        return new Pct(fraction);
    }

    static Err error(String code) {
        return new Err(code);
    }

    static Object[] row(Object... values) {
        return values;
    }

    static final Object[] BLANK = {};

    /** Rows as a list; List.of would spread a single row into its values. */
    static List<Object[]> rows(Object[]... rows) {
        return new ArrayList<>(List.of(rows));
    }

    static Grid sheet(String name, Object[]... rows) {
        return sheet(name, List.of(rows));
    }

    static Grid sheet(String name, List<Object[]> rows) {
        Grid.Locator locator = (r, c) -> (name.contains(" ") ? "'" + name + "'" : name) + "!" + column(c) + (r + 1);
        Grid.Builder grid = Grid.builder(name, locator);
        for (int r = 0; r < rows.size(); r++) {
            Object[] values = rows.get(r);
            for (int c = 0; c < values.length; c++) {
                String at = locator.at(r, c);
                switch (values[c]) {
                    case null -> { }
                    case String s -> grid.add(GridCell.text(r, c, s, at));
                    case Number n -> grid.add(GridCell.number(r, c, n.doubleValue(), false, at));
                    case Pct p -> grid.add(GridCell.number(r, c, p.fraction(), true, at));
                    case Err e -> grid.add(GridCell.error(r, c, e.code(), at));
                    default -> throw new IllegalArgumentException("no cell for " + values[c]);
                }
            }
        }
        return grid.build();
    }

    static String column(int c) {
        StringBuilder s = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    /** The header row and the seed's rows, each starting with its label, as rows of values. */
    static List<Object[]> seedRows(String labelHeading) {
        List<Object[]> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        header.add(labelHeading);
        header.addAll(Seed.CATEGORIES);
        rows.add(header.toArray());
        for (int r = 0; r < Seed.LABELS.size(); r++) {
            rows.add(seedRow(r));
        }
        return rows;
    }

    static Object[] seedRow(int r) {
        List<Object> row = new ArrayList<>();
        row.add(Seed.LABELS.get(r));
        for (double v : Seed.SHARES[r]) {
            row.add(v);
        }
        return row.toArray();
    }

    @SafeVarargs
    static List<Object[]> concat(List<Object[]>... parts) {
        List<Object[]> all = new ArrayList<>();
        for (List<Object[]> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private Grids() {
    }
}
