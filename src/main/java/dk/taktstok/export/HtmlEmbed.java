package dk.taktstok.export;

import dk.taktstok.chart.layout.DataTable;
import dk.taktstok.chart.layout.LaidOutChart;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.render.svg.SvgRenderer;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A chart as one self-contained HTML file for a CMS: the chart laid out at each breakpoint as an inline
 * SVG, one font subset embedded for them all, and CSS container queries that show the layout made for the width
 * the embed is given — the chart is laid out again, not scaled, as it narrows. No script and nothing
 * fetched: the page works offline and inside any article. Screen readers get the alt text and the
 * chart's numbers as a table instead of the pictures.
 */
final class HtmlEmbed {

    /** From a small phone to a wide page; each layout serves widths up to the next breakpoint. */
    static final List<Double> BREAKPOINTS = List.of(320.0, 360.0, 400.0, 480.0, 640.0, 800.0, 1024.0, 1280.0);

    private static final String HIDDEN = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;"
            + "overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0";

    private HtmlEmbed() {
    }

    /** @param layouts the chart laid out at each of {@link #BREAKPOINTS}, in that order */
    static String write(String chartId, List<LaidOutChart> layouts) {
        if (layouts.size() != BREAKPOINTS.size()) {
            throw new IllegalArgumentException("one layout a breakpoint");
        }
        String name = "tk-" + cssName(chartId);
        ChartScene first = layouts.getFirst().scene();
        String language = first.language() == null ? "da" : first.language();
        var out = new StringBuilder(1 << 16);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        text(out.append("<title>"), first.title() == null ? chartId : first.title()).append("</title>\n");
        out.append("<style>html,body{margin:0;padding:0}</style>\n</head>\n<body>\n");
        out.append("<!-- the chart: paste from here to the end mark into an article -->\n");
        figure(out, name, layouts);
        out.append("<!-- end of the chart -->\n</body>\n</html>\n");
        return out.toString();
    }

    private static void figure(StringBuilder out, String name, List<LaidOutChart> layouts) {
        out.append("<figure class=\"").append(name).append("\">\n<style>\n");
        out.append('.').append(name).append("{margin:0;padding:0;container-type:inline-size}\n");
        out.append('.').append(name).append(" .tk-w{display:none}\n");
        out.append('.').append(name).append(" .tk-w svg{display:block;width:100%;height:auto}\n");
        out.append('.').append(name).append(" .tk-sr{").append(HIDDEN).append("}\n");
        for (int i = 0; i < BREAKPOINTS.size(); i++) {
            String query = i == 0 ? "(width < " + px(BREAKPOINTS.get(1)) + ")"
                    : i == BREAKPOINTS.size() - 1 ? "(width >= " + px(BREAKPOINTS.get(i)) + ")"
                    : "(" + px(BREAKPOINTS.get(i)) + " <= width < " + px(BREAKPOINTS.get(i + 1)) + ")";
            out.append("@container ").append(query).append("{.").append(name).append(" .tk-w").append(width(i))
                    .append("{display:block}}\n");
        }
        var page = new SvgRenderer().page(layouts.stream().map(LaidOutChart::scene).toList(),
                IntStream.range(0, BREAKPOINTS.size()).mapToObj(i -> name + "-w" + width(i) + "-").toList());
        out.append(page.style()).append("\n</style>\n");
        ChartScene widest = layouts.getLast().scene();
        String description = widest.description() == null ? "" : widest.description();
        text(out.append("<div role=\"img\" aria-label=\""), description).append("\">\n");
        for (int i = 0; i < layouts.size(); i++) {
            out.append("<div class=\"tk-w tk-w").append(width(i)).append("\" aria-hidden=\"true\">\n")
                    .append(page.svgs().get(i)).append("</div>\n");
        }
        out.append("</div>\n");
        table(out, layouts.getLast().table());
        out.append("</figure>\n");
    }

    /** The numbers for screen readers: hidden from sight, not from assistive technology. */
    private static void table(StringBuilder out, DataTable table) {
        if (table == null) {
            return;
        }
        out.append("<table class=\"tk-sr\">\n");
        text(out.append("<caption>"), table.caption()).append("</caption>\n<thead><tr>");
        text(out.append("<th scope=\"col\">"), table.corner()).append("</th>");
        for (String column : table.columns()) {
            text(out.append("<th scope=\"col\">"), column).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (DataTable.Row row : table.rows()) {
            text(out.append("<tr><th scope=\"row\">"), row.label()).append("</th>");
            for (String cell : row.cells()) {
                text(out.append("<td>"), cell).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static int width(int breakpoint) {
        return (int) Math.round(BREAKPOINTS.get(breakpoint));
    }

    private static String px(double width) {
        return (int) Math.round(width) + "px";
    }

    private static String cssName(String id) {
        String name = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        return name.isEmpty() ? "chart" : name;
    }

    private static StringBuilder text(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
