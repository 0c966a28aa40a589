package dk.taktstok.chart.scene;

/**
 * One resolved primitive of a chart. Every node has an id that stays the same when the data changes
 * (for example {@code bar/invites-associations/som-regel}), so tests, the SVG and the app can find it.
 */
public sealed interface SceneNode permits SceneGroup, SceneRect, SceneLine, ScenePath, SceneCircle, SceneText {

    String id();
}
