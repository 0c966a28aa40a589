package dk.taktstok.chart.scene;

import java.util.Objects;

/**
 * One line of text. Layout has measured it and decided where it goes; renderers draw it as text
 * (never as outlines), so SVG and PDF keep it searchable.
 *
 * @param x      the anchor point's x
 * @param y      the baseline
 * @param anchor which point of the text {@code x} gives
 */
public record SceneText(String id, double x, double y, String text, Font font, Color fill, Anchor anchor)
        implements SceneNode {

    public SceneText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(anchor, "anchor");
    }
}
