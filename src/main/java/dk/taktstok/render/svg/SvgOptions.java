package dk.taktstok.render.svg;

/**
 * How an SVG is written.
 *
 * @param embedFonts true to carry the glyphs the texts use as a font subset inside the file, so the
 *                   chart looks the same where the chart font is not installed; false to name the
 *                   font only (smaller, for pages that load the font themselves)
 * @param idPrefix   put before every id the document writes, so several SVGs of one chart can stand
 *                   in one HTML page without sharing ids; empty for none
 */
public record SvgOptions(boolean embedFonts, String idPrefix) {

    public static final SvgOptions EMBEDDED_FONTS = new SvgOptions(true, "");

    public static final SvgOptions FONT_NAMES_ONLY = new SvgOptions(false, "");

    public SvgOptions {
        if (!idPrefix.isEmpty() && !idPrefix.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("an id prefix starts with a letter and holds only ASCII letters,"
                    + " digits, '-', '_' and '.': " + idPrefix);
        }
    }

    public SvgOptions withIdPrefix(String prefix) {
        return new SvgOptions(embedFonts, prefix);
    }
}
