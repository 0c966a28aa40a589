package dk.taktstok.render.svg;

import dk.taktstok.chart.scene.FontFace;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scene as an SVG 1.1 document: groups as {@code <g>} with readable ids, texts as {@code <text>}
 * (searchable, selectable), the chart font embedded as a subset unless the options say otherwise.
 * One unit is one CSS pixel. Texts are laid out without kerning or ligatures, as layout measured them.
 */
public final class SvgRenderer {

    private static final String FALLBACK_FAMILIES = ", sans-serif";
    /** Texts are set as layout measured them. */
    private static final String STYLE = "text{font-kerning:none;font-variant-ligatures:none}";

    private final SvgOptions options;

    public SvgRenderer() {
        this(SvgOptions.EMBEDDED_FONTS);
    }

    public SvgRenderer(SvgOptions options) {
        this.options = options;
    }

    public String render(ChartScene scene) {
        var style = new StringBuilder(STYLE);
        Map<FontFace, String> families = families(characters(List.of(scene)), style);
        return document(scene, families, style, "");
    }

    /**
     * Several scenes for one HTML page, such as one chart laid out at several widths: the fonts'
     * {@code @font-face} rules once, with the characters of all the scenes, and each scene's SVG using
     * them, with its ids prefixed so the SVGs share no id.
     *
     * @param idPrefixes one a scene, each a valid start of an XML id
     */
    public Page page(List<ChartScene> scenes, List<String> idPrefixes) {
        var rules = new StringBuilder(STYLE);
        Map<FontFace, String> families = families(characters(scenes), rules);
        var svgs = new ArrayList<String>();
        for (int i = 0; i < scenes.size(); i++) {
            svgs.add(document(scenes.get(i), families, new StringBuilder(), idPrefixes.get(i)));
        }
        return new Page(rules.toString(), svgs);
    }

    /**
     * @param style the CSS the SVGs need, font subsets included, for the page's {@code <style>}
     * @param svgs  each scene's {@code <svg>} element, without an XML declaration
     */
    public record Page(String style, List<String> svgs) {
    }

    private Map<FontFace, String> families(Map<FontFace, BitSet> characters, StringBuilder style) {
        Map<FontFace, String> families = new LinkedHashMap<>();
        characters.forEach((face, used) -> {
            String family = quoteFamily(face.family());
            if (options.embedFonts()) {
                var embedded = SvgFonts.embed(face, codePoints(used));
                style.append('\n').append(embedded.rule());
                family = quoteFamily(embedded.family()) + ", " + family;
            }
            families.put(face, family + FALLBACK_FAMILIES);
        });
        return families;
    }

    private static String document(ChartScene scene, Map<FontFace, String> families, StringBuilder style,
                                   String idPrefix) {
        var ids = new SvgIds(idPrefix);
        var body = new StringBuilder(256 + scene.flatten().size() * 160);
        new SvgWriter(body, ids, families).nodes(scene.nodes(), 1);

        var out = new StringBuilder(body.length() + style.length() + 1024);
        if (!style.isEmpty()) {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
        number(out, "width", scene.width());
        number(out, "height", scene.height());
        out.append(" viewBox=\"0 0 ");
        SvgNumbers.append(out, scene.width()).append(' ');
        SvgNumbers.append(out, scene.height()).append('"');
        if (scene.language() != null) {
            Xml.text(out.append(" xml:lang=\""), scene.language()).append('"');
        }
        String titleId = scene.title() == null ? null : ids.unique(scene.id() + "-title");
        String descId = scene.description() == null ? null : ids.unique(scene.id() + "-desc");
        out.append(" role=\"img\"");
        if (titleId != null || descId != null) {
            out.append(" aria-labelledby=\"").append(titleId == null ? descId
                    : descId == null ? titleId : titleId + " " + descId).append('"');
        }
        out.append(">\n");
        if (titleId != null) {
            Xml.text(out.append("  <title id=\"").append(titleId).append("\">"), scene.title()).append("</title>\n");
        }
        if (descId != null) {
            Xml.text(out.append("  <desc id=\"").append(descId).append("\">"), scene.description()).append("</desc>\n");
        }
        if (!style.isEmpty()) {
            out.append("  <style type=\"text/css\">").append(style).append("</style>\n");
        }
        if (scene.background() != null) {
            out.append("  <rect");
            number(out, "width", scene.width());
            number(out, "height", scene.height());
            out.append(" fill=\"").append(scene.background().rgbHex()).append('"');
            if (!scene.background().isOpaque()) {
                number(out, "fill-opacity", scene.background().alpha());
            }
            out.append("/>\n");
        }
        out.append(body);
        out.append("</svg>\n");
        return out.toString();
    }

    /** The characters each face sets, faces in the order met. */
    private static Map<FontFace, BitSet> characters(List<ChartScene> scenes) {
        Map<FontFace, BitSet> characters = new LinkedHashMap<>();
        for (ChartScene scene : scenes) {
            for (SceneText text : scene.texts()) {
                BitSet used = characters.computeIfAbsent(text.font().face(), face -> new BitSet(256));
                text.text().codePoints().forEach(used::set);
            }
        }
        return characters;
    }

    private static String codePoints(BitSet used) {
        var out = new StringBuilder(used.cardinality());
        used.stream().forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String quoteFamily(String family) {
        return "'" + family.replace("'", "") + "'";
    }

    private static void number(StringBuilder out, String attribute, double value) {
        SvgNumbers.append(out.append(' ').append(attribute).append("=\""), value).append('"');
    }
}
