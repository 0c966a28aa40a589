package dk.taktstok.viewmodel;

import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The seam to the exporter, so view-models are tested without renderers. */
public interface ChartFiles {

    /**
     * How to export.
     *
     * @param height a fixed canvas height (social media), or null for the chart's own
     */
    record Settings(List<String> formats, double width, Double height, double scale, boolean transparent,
                    String language, Theme theme) {
        public Settings {
            formats = List.copyOf(formats);
        }
    }

    /** Writes the charts into the folder; answers the files written. Checks {@code progress} between charts. */
    List<Path> export(Study study, List<ChartSpec> charts, Settings settings, Path folder, Progress progress)
            throws IOException, TaskExecutor.CancelledException;

    /** One chart as PNG bytes, for the clipboard. */
    byte[] png(Study study, ChartSpec chart, Settings settings);
}
