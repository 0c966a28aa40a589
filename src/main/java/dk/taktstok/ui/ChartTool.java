package dk.taktstok.ui;

/** What a click in the chart pane does. */
public enum ChartTool {
    /** Select an annotation; drag it to move it; double-click to edit its text. */
    SELECT,
    /** Add a note anchored to the nearest data point. */
    NOTE,
    /** Drag from a free place to a data point to add an arrow. */
    ARROW,
    /** Add a reference line at the value clicked. */
    LINE,
    /** Highlight the item clicked, or stop highlighting it. */
    HIGHLIGHT
}
