package dk.taktstok.chart.scene;

import java.util.Optional;

/**
 * The ids of a chart's scene nodes, made here and read back here: layout names its nodes with these,
 * and the desktop finds the item or annotation under the pointer with {@link #itemOf} and
 * {@link #annotationOf}. An id is a path of parts joined by '/'; an item's, group's, gap's or
 * annotation's id is one part, with '/' and '%' escaped as %2F and %25, so any id reads back whole.
 * Renderers use the ids as they are (SVG element ids, JavaFX node ids).
 */
public final class SceneIds {

    /** The plot: bars, dots, lines and their labels. */
    public static final String PLOT = "plot";
    public static final String LEGEND = "legend";
    public static final String ANNOTATIONS = "annotations";
    /** Grid lines, drawn beneath everything. */
    public static final String GRID = "grid";
    public static final String AXIS = "axis";
    public static final String HEADER = "chrome/header";
    public static final String TITLE = "chrome/title";
    public static final String SUBTITLE = "chrome/subtitle";
    public static final String FOOTER = "chrome/footer";
    public static final String SOURCE = "chrome/source";
    /** The diverging chart's line between the bottom and the top box. */
    public static final String CENTRE_LINE = "plot/centre";
    /** The diverging chart's heading over its "don't know" column. */
    public static final String DONT_KNOW_HEADING = "plot/dontknow-heading";
    /** The line of a goal every row of a goal-against-practice chart shares. */
    public static final String GOAL_LINE = "plot/goal";
    /** The section of a group index chart that holds the items of no group. */
    public static final String UNGROUPED = "plot/others";
    /** The key of {@link #dontKnowTotal}, which no category's key may be. */
    public static final String DONT_KNOW_KEY = "dontknow";

    private static final String ROW = "plot/row/";
    private static final String BAR = "plot/bar/";
    private static final String VALUE = "plot/value/";
    private static final String TOTAL = "plot/total/";
    private static final String GROUP = "plot/group/";
    private static final String GAP = "plot/gap/";
    private static final String ANNOTATION = ANNOTATIONS + "/";

    private SceneIds() {
    }

    /** A part of a node: {@code parent/name}. */
    public static String child(String parent, String name) {
        return parent + "/" + name;
    }

    /** The {@code index}th line of a block of text. */
    public static String line(String block, int index) {
        return child(block, String.valueOf(index));
    }

    /** The {@code index}th of the notes under a chart. */
    public static String note(int index) {
        return line("chrome/note", index);
    }

    /** An item's row: its label and every mark of the item. */
    public static String row(String itemId) {
        return ROW + escape(itemId);
    }

    /** A category's segment of an item's bar; {@code categoryKey} is unique among the scale's categories. */
    public static String bar(String itemId, String categoryKey) {
        return BAR + escape(itemId) + "/" + categoryKey;
    }

    /** A category's share written in its segment. */
    public static String value(String itemId, String categoryKey) {
        return VALUE + escape(itemId) + "/" + categoryKey;
    }

    /** The share of "don't know" written after the diverging chart's column of it. */
    public static String dontKnowTotal(String itemId) {
        return VALUE + escape(itemId) + "/" + DONT_KNOW_KEY;
    }

    /** The total of the top box (or the bottom box) at the end of an item's diverging bar. */
    public static String total(String itemId, boolean topBox) {
        return TOTAL + escape(itemId) + (topBox ? "/top" : "/bottom");
    }

    /** A group's section of a group index chart. */
    public static String group(String groupId) {
        return GROUP + escape(groupId);
    }

    /** A group's index bar, in its section. */
    public static String groupIndex(String groupId) {
        return child(group(groupId), "index");
    }

    /** A gap's row of a goal-against-practice chart. */
    public static String gap(String gapId) {
        return GAP + escape(gapId);
    }

    /** A legend entry; {@code key} is unique among the legend's entries. */
    public static String legendEntry(String key) {
        return LEGEND + "/" + key;
    }

    /** The label of an axis tick at {@code value}. */
    public static String tickLabel(double value) {
        return AXIS + "/tick/" + number(value) + "/label";
    }

    /** The {@code piece}th piece of the grid line at {@code value}, broken where it would cross a text. */
    public static String gridLine(double value, int piece) {
        return GRID + "/" + number(value) + (piece == 0 ? "" : "/" + piece);
    }

    /** Every node drawn for an annotation. */
    public static String annotation(String annotationId) {
        return ANNOTATION + escape(annotationId);
    }

    /** The item a node belongs to: a row, bar segment, value or total of an item. */
    public static Optional<String> itemOf(String nodeId) {
        for (String prefix : new String[] {ROW, BAR, VALUE, TOTAL}) {
            Optional<String> item = partAfter(prefix, nodeId);
            if (item.isPresent()) {
                return item;
            }
        }
        return Optional.empty();
    }

    /** The annotation a node belongs to. */
    public static Optional<String> annotationOf(String nodeId) {
        return partAfter(ANNOTATION, nodeId);
    }

    private static Optional<String> partAfter(String prefix, String nodeId) {
        if (nodeId == null || !nodeId.startsWith(prefix) || nodeId.length() == prefix.length()) {
            return Optional.empty();
        }
        String rest = nodeId.substring(prefix.length());
        int slash = rest.indexOf('/');
        return Optional.of(unescape(slash < 0 ? rest : rest.substring(0, slash)));
    }

    private static String escape(String id) {
        return id.replace("%", "%25").replace("/", "%2F");
    }

    private static String unescape(String part) {
        var id = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            if (part.startsWith("%2F", i)) {
                id.append('/');
                i += 2;
            } else if (part.startsWith("%25", i)) {
                id.append('%');
                i += 2;
            } else {
                id.append(part.charAt(i));
            }
        }
        return id.toString();
    }

    /** 50 → "50", 12.5 → "12.5": the value to hundredths. */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 100) / 100.0);
    }
}
