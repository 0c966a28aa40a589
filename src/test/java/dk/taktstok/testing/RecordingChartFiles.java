package dk.taktstok.testing;

import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import dk.taktstok.viewmodel.ChartFiles;
import dk.taktstok.viewmodel.Progress;
import dk.taktstok.viewmodel.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports nothing, but records what it was asked to export and answers the files the exporter would
 * have written ({@code FOLDER/CHART-ID.FORMAT}). Like the exporter, it checks for cancellation after
 * each chart; it can be made to fail.
 */
public final class RecordingChartFiles implements ChartFiles {

    /** One export asked for. */
    public record Export(Study study, List<ChartSpec> charts, Settings settings, Path folder) {
    }

    public final List<Export> exports = new ArrayList<>();
    public final List<ChartSpec> copied = new ArrayList<>();
    /** Run after each chart is "written", e.g. to cancel the export from there. */
    public Runnable afterEachChart = () -> { };
    /** Thrown instead of exporting; null to export. */
    public IOException failure;

    @Override
    public List<Path> export(Study study, List<ChartSpec> charts, Settings settings, Path folder, Progress progress)
            throws IOException, TaskExecutor.CancelledException {
        exports.add(new Export(study, charts, settings, folder));
        if (failure != null) {
            throw failure;
        }
        var written = new ArrayList<Path>();
        for (int i = 0; i < charts.size(); i++) {
            for (String format : settings.formats()) {
                written.add(folder.resolve(charts.get(i).id() + "." + format));
            }
            progress.update((i + 1.0) / charts.size(), null);
            afterEachChart.run();
            if (progress.isCancelled()) {
                throw new TaskExecutor.CancelledException();
            }
        }
        return written;
    }

    @Override
    public byte[] png(Study study, ChartSpec chart, Settings settings) {
        copied.add(chart);
        return new byte[] {(byte) 0x89, 'P', 'N', 'G'};
    }
}
