package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;

/** One line of text as layout placed it: {@code x} is where the anchor is, {@code baseline} its baseline. */
record PlacedText(String text, double x, double baseline, Font font, Color color, Anchor anchor) {
}
