package dk.taktstok.render.svg;

/**
 * How an SVG is written.
 *
 * @param embedFonts true to carry the glyphs the texts use as a font subset inside the file, so the
 *                   chart looks the same where the chart font is not installed; false to name the
 *                   font only (smaller, for pages that load the font themselves)
 */
public record SvgOptions(boolean embedFonts) {

    public static final SvgOptions EMBEDDED_FONTS = new SvgOptions(true);

    public static final SvgOptions FONT_NAMES_ONLY = new SvgOptions(false);
}
