package dk.taktstok.export;

import dk.taktstok.chart.theme.Theme;
import java.util.List;
import java.util.Objects;

/**
 * How charts are to be exported.
 *
 * @param formats     "png", "svg", "pdf", "html" (the responsive web embed), in the order written
 * @param width       chart width in CSS pixels
 * @param height      a fixed canvas height (social media cards, 1200 × 675): layout fits the chart into it,
 *                    so every format shows the same chart; null for the chart's own height. The web embed
 *                    takes the height its width needs
 * @param scale       PNG pixels per chart unit, 1 to 4
 * @param transparent no background
 * @param language    "da" or "en"; null for the study's
 */
public record ExportRequest(List<String> formats, double width, Double height, double scale, boolean transparent,
                            String language, Theme theme) {

    public static final List<String> FORMATS = List.of("png", "svg", "pdf", "html");

    public ExportRequest {
        formats = List.copyOf(formats);
        Objects.requireNonNull(theme, "theme");
        for (String format : formats) {
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException("unknown format " + format);
            }
        }
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be from 1 to 4");
        }
    }
}
