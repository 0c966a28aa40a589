package dk.taktstok.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.ChartFonts;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneGroup;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.SceneRect;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.scene.SceneJson;
import dk.taktstok.render.Golden;
import dk.taktstok.render.TestScenes;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SvgRendererTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Pattern FONT_FACE = Pattern.compile(
            "@font-face\\{font-family:\"([^\"]+)\";font-weight:(\\d+);[^}]*base64,([A-Za-z0-9+/=]+)\\)");

    private final ChartScene scene = TestScenes.everyPrimitive();

    @Test
    void isWellFormedXmlSizedAndLabelledByTheScene() throws Exception {
        Element svg = parse(new SvgRenderer().render(scene)).getDocumentElement();

        assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
        assertThat(svg.getAttribute("version")).isEqualTo("1.1");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 400 260");
        assertThat(svg.getAttribute("width")).isEqualTo("400");
        assertThat(svg.getAttribute("height")).isEqualTo("260");
        assertThat(svg.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("da");
        assertThat(child(svg, "title").getTextContent()).isEqualTo("Ældre og søstre");
        assertThat(child(svg, "desc").getTextContent()).isEqualTo(scene.description());
        assertThat(svg.getAttribute("aria-labelledby").split(" "))
                .containsExactly(child(svg, "title").getAttribute("id"), child(svg, "desc").getAttribute("id"));
    }

    @Test
    void everyTextOfTheSceneIsATextElementWithItsExactString() throws Exception {
        Document svg = parse(new SvgRenderer().render(scene));

        List<String> texts = texts(svg.getElementsByTagNameNS(SVG, "text"));

        assertThat(texts).containsExactlyElementsOf(scene.texts().stream().map(SceneText::text).toList());
        assertThat(texts).contains("Ældre, søstre og år: 26,7\u00A0%");
    }

    @Test
    void textsCarryAnchorFontWeightSizeAndColourWithoutKerning() throws Exception {
        String rendered = new SvgRenderer(SvgOptions.FONT_NAMES_ONLY).render(scene);
        Document svg = parse(rendered);

        Element title = byId(svg, "title");
        assertThat(title.getAttribute("text-anchor")).isEmpty();
        assertThat(title.getAttribute("font-weight")).isEqualTo("bold");
        assertThat(title.getAttribute("font-size")).isEqualTo("16");
        assertThat(title.getAttribute("font-family")).isEqualTo("'Lato', sans-serif");
        assertThat(title.getAttribute("fill")).isEqualTo("#222222");
        assertThat(byId(svg, "bar-invites-label").getAttribute("text-anchor")).isEqualTo("middle");
        Element note = byId(svg, "note");
        assertThat(note.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(note.getAttribute("font-weight")).isEmpty();
        assertThat(note.getAttribute("fill-opacity")).isEqualTo("0.5");
        assertThat(rendered).contains("font-kerning:none");
    }

    @Test
    void shapesCarryFillStrokeDashAndOpacity() throws Exception {
        Document svg = parse(new SvgRenderer().render(scene));

        Element bar = byId(svg, "bar-invites-som-regel");
        assertThat(List.of(bar.getAttribute("x"), bar.getAttribute("y"), bar.getAttribute("width"),
                bar.getAttribute("height"), bar.getAttribute("fill"))).containsExactly("40", "60", "160", "40", "#1f77b4");
        assertThat(bar.hasAttribute("rx")).isFalse();
        assertThat(byId(svg, "bar-invites-af-og-til").getAttribute("fill-opacity")).isEqualTo("0.6");
        assertThat(byId(svg, "reference-benchmark-line").getAttribute("stroke-dasharray")).isEqualTo("4 3");
        assertThat(byId(svg, "annotation-1-arrow").getAttribute("fill")).isEqualTo("none");
        assertThat(byId(svg, "annotation-1-arrow").getAttribute("d")).startsWith("M 60 200 C 100 150 160 150 190 130");
        assertThat(byId(svg, "annotation-1-head").getAttribute("d")).endsWith("Z");
        assertThat(byId(svg, "practice-dot").getAttribute("r")).isEqualTo("12");
    }

    @Test
    void groupsKeepTheirSceneIdsReadableUniqueAndTitled() throws Exception {
        Document svg = parse(new SvgRenderer().render(scene));

        NodeList groups = svg.getElementsByTagNameNS(SVG, "g");
        var ids = new ArrayList<String>();
        for (int i = 0; i < groups.getLength(); i++) {
            ids.add(((Element) groups.item(i)).getAttribute("id"));
        }
        assertThat(ids).containsExactly("bar-invites", "reference-benchmark", "annotation-1");
        assertThat(child(byId(svg, "bar-invites"), "title").getTextContent()).isEqualTo("Inviterer foreninger");
        assertThat(allIds(svg)).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Za-z_][A-Za-z0-9_.-]*"));
    }

    @Test
    void sceneIdsThatSanitiseAlikeAreNumbered() throws Exception {
        List<SceneNode> nodes = List.of(
                new SceneGroup("bar/a", null, List.of(new SceneRect("bar/a/x", 0, 0, 1, 1, Color.BLACK, null))),
                new SceneGroup("bar-a", null, List.of()),
                new SceneGroup("bar a", null, List.of()));
        var clashing = new ChartScene("bar-a", 10, 10, null, "t", "d", "en", nodes);

        Document svg = parse(new SvgRenderer().render(clashing));

        assertThat(allIds(svg)).containsExactlyInAnyOrder("bar-a", "bar-a-x", "bar-a-2", "bar-a-3", "bar-a-title",
                "bar-a-desc");
    }

    @Test
    void embedsEachFaceAsASubsetHoldingTheGlyphsItsTextsUse() throws Exception {
        String rendered = new SvgRenderer().render(scene);
        Document svg = parse(rendered);

        Matcher faces = FONT_FACE.matcher(rendered);
        int found = 0;
        while (faces.find()) {
            found++;
            String family = faces.group(1);
            boolean bold = faces.group(2).equals("700");
            byte[] font = Base64.getDecoder().decode(faces.group(3));
            try (TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
                var cmap = subset.getUnicodeCmapLookup();
                for (SceneText text : scene.texts()) {
                    if (text.font().face().bold() == bold) {
                        text.text().codePoints().forEach(c -> assertThat(cmap.getGlyphId(c)).as("glyph for %c", c).isPositive());
                        assertThat(byId(svg, SvgIds.sanitise(text.id())).getAttribute("font-family"))
                                .isEqualTo("'" + family + "', 'Lato', sans-serif");
                    }
                }
                assertThat(subset.getNumberOfGlyphs()).isLessThan(60);
            }
            assertThat(font.length).isLessThan(30_000);
        }
        assertThat(found).isEqualTo(2);
    }

    @Test
    void namesTheFontWithoutEmbeddingWhenAsked() {
        String rendered = new SvgRenderer(SvgOptions.FONT_NAMES_ONLY).render(scene);

        assertThat(rendered).doesNotContain("@font-face").doesNotContain("base64")
                .contains("font-family=\"'Lato', sans-serif\"");
    }

    @Test
    void transparentSceneHasNoBackgroundAndAnOpaqueOneHasIt() throws Exception {
        Element transparent = parse(new SvgRenderer().render(scene.withBackground(null))).getDocumentElement();
        Element white = parse(new SvgRenderer().render(scene)).getDocumentElement();

        assertThat(firstDrawn(transparent).getLocalName()).isEqualTo("text");
        assertThat(firstDrawn(white).getLocalName()).isEqualTo("rect");
        assertThat(firstDrawn(white).getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(firstDrawn(white).getAttribute("width")).isEqualTo("400");
    }

    @Test
    void textsThatLookLikeMarkupStayText() throws Exception {
        String tricky = "<b>R&D</b> \"quoted\" 'single' ]]>";
        var scene = new ChartScene("s", 100, 20, null, "a < b & c", "d", "en", List.of(
                new SceneText("t", 0, 10, tricky, new Font(ChartFonts.REGULAR, 10), Color.BLACK, Anchor.START)));

        Document svg = parse(new SvgRenderer().render(scene));

        assertThat(texts(svg.getElementsByTagNameNS(SVG, "text"))).containsExactly(tricky);
        assertThat(child(svg.getDocumentElement(), "title").getTextContent()).isEqualTo("a < b & c");
    }

    @Test
    void matchesTheGoldenSvg() {
        String rendered = new SvgRenderer(SvgOptions.FONT_NAMES_ONLY).render(scene);

        byte[] golden = Golden.bytes("dk/taktstok/render/svg/every-primitive.svg", rendered.getBytes(StandardCharsets.UTF_8));

        assertThat(rendered).as("SVG of %s", SceneJson.write(scene)).isEqualTo(new String(golden, StandardCharsets.UTF_8));
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(svg)));
    }

    private static Element byId(Document svg, String id) {
        for (Element e : all(svg)) {
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    private static List<String> allIds(Document svg) {
        return all(svg).stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty()).toList();
    }

    private static List<Element> all(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG, "*");
        var all = new ArrayList<Element>();
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add((Element) nodes.item(i));
        }
        return all;
    }

    private static List<String> texts(NodeList nodes) {
        var texts = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Element child(Element parent, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }

    private static Element firstDrawn(Element svg) {
        for (var n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !List.of("title", "desc", "style").contains(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("nothing drawn");
    }
}
