package dk.taktstok.render;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.ChartFonts;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneCircle;
import dk.taktstok.chart.scene.SceneGroup;
import dk.taktstok.chart.scene.SceneLine;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.ScenePath;
import dk.taktstok.chart.scene.SceneRect;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.scene.Stroke;
import java.util.ArrayList;
import java.util.List;

/** Scenes built by hand for the renderer tests: every primitive, Danish text, known coordinates. */
public final class TestScenes {

    public static final Color BLUE = Color.hex("#1f77b4");
    public static final Color ORANGE = Color.hex("#ff7f0e");
    public static final Color GREEN = Color.hex("#2ca02c");
    public static final Color INK = Color.hex("#222222");
    public static final Color GREY = Color.hex("#888888");

    /** "26,7 %" with the no-break space that Danish number formats put before the sign. */
    public static final String DANISH = "Ældre, søstre og år: 26,7\u00A0%";

    /** The filled bar of {@link #everyPrimitive()}: x 40..200, y 60..100. */
    public static final SceneRect BAR = new SceneRect("bar/invites/som-regel", 40, 60, 160, 40, BLUE, null);

    private TestScenes() {
    }

    /** 400 × 260, white: one of each primitive, texts at every anchor, nested groups. */
    public static ChartScene everyPrimitive() {
        Font regular = new Font(ChartFonts.REGULAR, 13);
        Font bold = new Font(ChartFonts.BOLD, 16);
        var bars = new SceneGroup("bar/invites", "Inviterer foreninger", List.of(
                BAR,
                new SceneRect("bar/invites/af-og-til", 200, 60, 80, 40, ORANGE.withAlpha(0.6), Stroke.solid(INK, 1)),
                new SceneText("bar/invites/label", 120, 85, "26,7\u00A0%", new Font(ChartFonts.BOLD, 13),
                        Color.WHITE, Anchor.MIDDLE)));
        var reference = new SceneGroup("reference/benchmark", null, List.of(
                new SceneLine("reference/benchmark/line", 300, 50, 300, 180, Stroke.dashed(INK, 1.5, 4, 3)),
                new SceneText("reference/benchmark/label", 296, 196, "Mål: 75\u00A0%", regular, INK, Anchor.END)));
        var arrow = new ScenePath("annotation/1/arrow", List.of(
                new PathOp.MoveTo(60, 200),
                new PathOp.CurveTo(100, 150, 160, 150, 190, 130),
                new PathOp.LineTo(195, 138),
                new PathOp.LineTo(200, 124),
                new PathOp.LineTo(185, 124),
                new PathOp.LineTo(190, 130)), null, Stroke.solid(GREY, 1.5));
        var head = new ScenePath("annotation/1/head", List.of(
                new PathOp.MoveTo(330, 120), new PathOp.LineTo(370, 120), new PathOp.LineTo(350, 150),
                new PathOp.Close()), GREEN, Stroke.solid(INK, 1));
        var dot = new SceneCircle("practice/dot", 350, 80, 12, ORANGE, Stroke.solid(INK, 2));
        List<SceneNode> nodes = List.of(
                new SceneText("title", 20, 32, DANISH, bold, INK, Anchor.START),
                bars,
                reference,
                new SceneGroup("annotation/1", "Pil", List.of(arrow, head)),
                dot,
                new SceneText("note", 380, 245, "Kilde: Taktstok", regular, INK.withAlpha(0.5), Anchor.END));
        return new ChartScene("test/every-primitive", 400, 260, Color.WHITE, "Ældre og søstre",
                "Et søjlediagram med en søjle på 26,7 % og et mål på 75 %.", "da", nodes);
    }

    /** Three texts in bold 20 px, one per anchor, all anchored at x = 200, baselines 40, 80, 120. */
    public static ChartScene anchoredTexts() {
        Font font = new Font(ChartFonts.BOLD, 20);
        return new ChartScene("test/anchors", 400, 140, Color.WHITE, "Anchors", "Texts at each anchor.", "en", List.of(
                new SceneLine("axis", 200, 0, 200, 140, Stroke.solid(Color.hex("#cccccc"), 1)),
                new SceneText("start", 200, 40, "HEL 100", font, Color.BLACK, Anchor.START),
                new SceneText("middle", 200, 80, "HEL 100", font, Color.BLACK, Anchor.MIDDLE),
                new SceneText("end", 200, 120, "HEL 100", font, Color.BLACK, Anchor.END)));
    }

    /**
     * A chart of the size the app exports: 640 × 450, 12 items of 4 stacked segments with labels,
     * an axis with ticks, a legend, a title, subtitle, notes: 146 nodes, 61 of them texts.
     */
    public static ChartScene chartSized() {
        Font regular = new Font(ChartFonts.REGULAR, 11);
        Font bold = new Font(ChartFonts.BOLD, 16);
        Color[] colours = {Color.hex("#b2182b"), Color.hex("#ef8a62"), Color.hex("#67a9cf"), Color.hex("#2166ac")};
        List<SceneNode> nodes = new ArrayList<>();
        nodes.add(new SceneText("title", 16, 28, "Hvor ofte inviterer kommunen foreninger med?", bold, INK, Anchor.START));
        nodes.add(new SceneText("subtitle", 16, 46, "Andel af kommunerne, der svarer, 2025 (n = 98)", regular, GREY,
                Anchor.START));
        var axis = new ArrayList<SceneNode>();
        for (int t = 0; t <= 4; t++) {
            double x = 220 + t * 100;
            axis.add(new SceneLine("axis/tick/" + t, x, 70, x, 395, Stroke.solid(Color.hex("#e0e0e0"), 1)));
            axis.add(new SceneText("axis/label/" + t, x, 410, (t * 25) + "\u00A0%", regular, GREY, Anchor.MIDDLE));
        }
        nodes.add(new SceneGroup("axis", null, axis));
        String[] items = {"Inviterer foreninger", "Holder borgermøder", "Deler data åbent", "Støtter frivillige",
            "Samarbejder med skoler", "Høringer på nettet", "Lokale råd", "Fælles budget", "Åbne værksteder",
            "Ældreråd inddrages", "Unges stemme", "Kulturelle partnerskaber"};
        for (int i = 0; i < items.length; i++) {
            double y = 76 + i * 26;
            var item = new ArrayList<SceneNode>();
            item.add(new SceneText("item/" + i + "/label", 208, y + 14, items[i], regular, INK, Anchor.END));
            double x = 220;
            for (int s = 0; s < 4; s++) {
                double share = 10 + ((i * 7 + s * 13) % 30);
                double w = share * 2.4;
                item.add(new SceneRect("item/" + i + "/segment/" + s, x, y, w, 18, colours[s], null));
                if (s == 1 || s == 2) {
                    item.add(new SceneText("item/" + i + "/value/" + s, x + w / 2, y + 13,
                            String.format("%.1f\u00A0%%", share).replace('.', ','), regular,
                            s == 1 ? INK : Color.WHITE, Anchor.MIDDLE));
                }
                x += w;
            }
            item.add(new SceneRect("item/" + i + "/dont-know", 560, y, 4 + i * 2, 18, GREY, null));
            item.add(new SceneText("item/" + i + "/total", 624, y + 13, (40 + i * 3) + "\u00A0%", regular, INK,
                    Anchor.END));
            nodes.add(new SceneGroup("item/" + i, items[i], item));
        }
        var legend = new ArrayList<SceneNode>();
        String[] names = {"Aldrig", "Sjældent", "Af og til", "Som regel"};
        for (int s = 0; s < 4; s++) {
            legend.add(new SceneRect("legend/" + s + "/key", 16 + s * 120, 422, 10, 10, colours[s], null));
            legend.add(new SceneText("legend/" + s + "/label", 30 + s * 120, 431, names[s], regular, INK, Anchor.START));
        }
        nodes.add(new SceneGroup("legend", null, legend));
        nodes.add(new SceneLine("benchmark", 500, 66, 500, 398, Stroke.dashed(INK, 1.5, 4, 3)));
        nodes.add(new ScenePath("annotation/arrow", List.of(new PathOp.MoveTo(560, 60),
                new PathOp.CurveTo(545, 62, 520, 66, 504, 74)), null, Stroke.solid(INK, 1)));
        nodes.add(new SceneText("annotation/text", 565, 62, "Mål: 75\u00A0%", regular, INK, Anchor.START));
        nodes.add(new SceneText("source", 624, 444, "Kilde: Taktstok-undersøgelsen 2025", regular, GREY, Anchor.END));
        return new ChartScene("test/chart-sized", 640, 450, Color.WHITE, "Hvor ofte inviterer kommunen foreninger med?",
                "Stablede søjler for 12 praksisser.", "da", nodes);
    }
}
