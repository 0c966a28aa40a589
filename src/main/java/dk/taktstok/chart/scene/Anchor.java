package dk.taktstok.chart.scene;

/** Which point of a text its x coordinate gives. */
public enum Anchor {
    START,
    MIDDLE,
    END
}
