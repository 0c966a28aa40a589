package dk.taktstok.io.table;

import dk.taktstok.io.Problem;
import dk.taktstok.io.table.FoundTable.BodyRow;
import dk.taktstok.io.table.FoundTable.Data;
import dk.taktstok.io.table.FoundTable.Heading;
import dk.taktstok.io.table.FoundTable.Line;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Text;
import dk.taktstok.text.NumberText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a found table's cells into items. Values are kept as read (a negative share or one over 100
 * is the validator's business), except that a number shown as a percent (0.267 as 26,7 %) becomes
 * 26.7, and a table of plain fractions whose every row sums to 1 is read ×100, with a warning.
 */
public final class TableBuilder {

    /** The tag of the groups that section headings inside a table make. */
    public static final String SECTION_TAG = "group";

    /** How far a row of fractions may sum from 1 (rounding of the source). */
    private static final double FRACTION_SUM_TOLERANCE = 0.02;

    public BuiltTable build(FoundTable table) {
        Grid grid = table.grid();
        List<Problem> problems = new ArrayList<>();
        List<String> categories = categories(table, problems);
        for (int c : table.unheadedCols()) {
            problems.add(Problem.warning(grid.locate(table.headerRow(), c),
                    "this column has numbers but no heading, so it is left out"));
        }
        for (int c : table.droppedCols()) {
            GridCell heading = grid.cell(table.headerRow(), c);
            problems.add(Problem.warning(heading.location(),
                    "the column '" + Texts.clean(heading.display()) + "' has no numbers under it, so it is left out"));
        }

        Groups sections = new Groups(SECTION_TAG);
        List<Groups> columns = new ArrayList<>();
        for (int g : table.groupCols()) {
            GridCell heading = grid.cell(table.headerRow(), g);
            String tag = heading == null ? "" : TableIds.slug(heading.display());
            tag = tag.isEmpty() || tag.equals(SECTION_TAG) ? SECTION_TAG + "-" + (columns.size() + 2) : tag;
            columns.add(new Groups(tag));
        }
        String[] filledDown = new String[columns.size()];

        List<Item> items = new ArrayList<>();
        List<String> itemLocations = new ArrayList<>();
        List<List<String>> shareLocations = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Shares shares = new Shares();
        String section = null;
        for (BodyRow bodyRow : table.body()) {
            if (bodyRow instanceof Heading heading) {
                section = Texts.clean(heading.cell().display());
                continue;
            }
            int r = ((Data) bodyRow).row();
            for (int k = 0; k < columns.size(); k++) {
                GridCell cell = grid.cell(r, table.groupCols().get(k));
                if (cell != null) {
                    filledDown[k] = Texts.clean(cell.display()); // merged cells hold their value in the first row
                }
            }
            GridCell labelCell = grid.cell(r, table.labelCol());
            String labelLocation = grid.locate(r, table.labelCol());
            if (labelCell == null) {
                problems.add(Problem.error(labelLocation, "this row has numbers but no label, so it is left out"));
                continue;
            }
            String label = Texts.clean(labelCell.display());
            if (Vocabulary.isTotalRow(label)) {
                problems.add(Problem.warning(labelLocation, "'" + label + "' looks like a total, not an item, so it is left out"));
                continue;
            }
            double[] values = new double[categories.size()];
            List<String> locations = new ArrayList<>();
            for (int k = 0; k < values.length; k++) {
                int c = table.categoryCols().get(k);
                String location = grid.locate(r, c);
                locations.add(location);
                values[k] = shares.read(grid.cell(r, c), categories.get(k), location, problems);
            }
            Map<String, String> tags = new LinkedHashMap<>();
            if (section != null) {
                tags.put(SECTION_TAG, sections.idOf(section));
            }
            for (int k = 0; k < columns.size(); k++) {
                if (filledDown[k] != null) {
                    tags.put(columns.get(k).tag, columns.get(k).idOf(filledDown[k]));
                }
            }
            items.add(new Item("r" + (items.size() + 1), Text.of(label), null, tags, List.of()));
            itemLocations.add(labelLocation);
            shareLocations.add(locations);
            rows.add(values);
        }

        Line title = table.title();
        String tableLocation = title != null ? title.location() : grid.locate(table.headerRow(), table.labelCol());
        if (!shares.percentShown && areFractions(rows)) {
            rows.replaceAll(values -> {
                double[] scaled = values.clone();
                for (int k = 0; k < scaled.length; k++) {
                    scaled[k] = Numbers.percentOf(scaled[k]);
                }
                return scaled;
            });
            problems.add(Problem.warning(tableLocation,
                    "the shares are fractions (each row sums to 1), so they are read as percent (×100)"));
        }
        for (int i = 0; i < items.size(); i++) {
            items.set(i, items.get(i).withShares(java.util.Arrays.stream(rows.get(i)).boxed().toList()));
        }

        String groupTag = null;
        List<Group> groups = List.of();
        if (!sections.groups.isEmpty()) {
            groupTag = SECTION_TAG;
            groups = sections.groups;
        } else if (!columns.isEmpty() && !columns.getFirst().groups.isEmpty()) {
            groupTag = columns.getFirst().tag;
            groups = columns.getFirst().groups;
        }
        String question = table.question().isEmpty() ? null
                : String.join(" ", table.question().stream().map(Line::text).toList());
        return new BuiltTable(grid, title == null ? null : title.text(), question, categories, items, groupTag, groups,
                table.notes().stream().map(Line::text).toList(), tableLocation, itemLocations, shareLocations, problems);
    }

    /** The category headings; a heading met twice is an error, and the second gets a number. */
    private static List<String> categories(FoundTable table, List<Problem> problems) {
        List<String> names = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int c : table.categoryCols()) {
            GridCell cell = table.grid().cell(table.headerRow(), c);
            String name = Texts.clean(cell.display());
            if (seen.containsKey(name)) {
                problems.add(Problem.error(cell.location(),
                        "the category '" + name + "' appears twice in the header (also at " + seen.get(name) + ")"));
                String base = name;
                for (int n = 2; seen.containsKey(name); n++) {
                    name = base + " (" + n + ")";
                }
            }
            seen.put(name, cell.location());
            names.add(name);
        }
        return names;
    }

    /** Every complete row sums to about 1 and no value lies outside 0..1. */
    private static boolean areFractions(List<double[]> rows) {
        boolean anyComplete = false;
        for (double[] values : rows) {
            double sum = 0;
            boolean complete = true;
            for (double v : values) {
                if (Double.isNaN(v)) {
                    complete = false;
                } else if (v < 0 || v > 1) {
                    return false;
                } else {
                    sum += v;
                }
            }
            if (complete) {
                if (Math.abs(sum - 1) > FRACTION_SUM_TOLERANCE) {
                    return false;
                }
                anyComplete = true;
            }
        }
        return anyComplete;
    }

    /** Reads share cells; remembers whether any was shown or written as a percent. */
    private static final class Shares {
        boolean percentShown;

        double read(GridCell cell, String category, String location, List<Problem> problems) {
            if (cell == null) {
                problems.add(Problem.error(location, "no value for '" + category + "'"));
                return Double.NaN;
            }
            switch (cell.kind()) {
                case NUMBER -> {
                    if (!Double.isFinite(cell.number())) {
                        // an .xls can hold the bit pattern of NaN or infinity; Excel itself never writes one
                        problems.add(Problem.error(location, "'" + cell.display() + "' is not a number"));
                        return Double.NaN;
                    }
                    percentShown |= cell.percent();
                    // + 0.0 turns a -0 into 0, which is what the cell shows
                    return (cell.percent() ? Numbers.percentOf(cell.number()) : cell.number()) + 0.0;
                }
                case TEXT -> {
                    NumberText.Reading reading = NumberText.read(cell.text());
                    if (reading != null) {
                        percentShown |= reading.percentSign();
                        return reading.value();
                    }
                    problems.add(Problem.error(location, "'" + Texts.clean(cell.text()) + "' is not a number"));
                }
                case ERROR -> problems.add(Problem.error(location,
                        "'" + cell.text() + "' is not a number (the spreadsheet shows an error here)"));
                case NO_RESULT -> problems.add(Problem.error(location,
                        "the formula here has no saved result; open the workbook in Excel and save it again"));
            }
            return Double.NaN;
        }
    }

    /** The groups of one tag, in first-appearance order, with unique slug ids. */
    private static final class Groups {
        final String tag;
        final List<Group> groups = new ArrayList<>();
        final Map<String, String> idByLabel = new HashMap<>();

        Groups(String tag) {
            this.tag = tag;
        }

        String idOf(String label) {
            return idByLabel.computeIfAbsent(label, l -> {
                String base = TableIds.slug(l).isEmpty() ? "group" : TableIds.slug(l);
                String id = base;
                for (int n = 2; idByLabel.containsValue(id); n++) {
                    id = base + "-" + n;
                }
                groups.add(new Group(id, Text.of(l)));
                return id;
            });
        }
    }
}
