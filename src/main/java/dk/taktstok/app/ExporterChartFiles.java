package dk.taktstok.app;

import dk.taktstok.export.ChartExporter;
import dk.taktstok.export.ExportRequest;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import dk.taktstok.viewmodel.ChartFiles;
import dk.taktstok.viewmodel.Progress;
import dk.taktstok.viewmodel.TaskExecutor;
import dk.taktstok.viewmodel.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The desktop's export: the command line's exporter, reporting progress chart by chart. */
final class ExporterChartFiles implements ChartFiles {

    private final ChartExporter exporter;

    ExporterChartFiles(ChartExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public List<Path> export(Study study, List<ChartSpec> charts, Settings settings, Path folder, Progress progress)
            throws IOException, TaskExecutor.CancelledException {
        List<Path> written = exporter.export(study, charts, request(settings), folder,
                done -> progress.update((double) done / charts.size(), Words.get("task.exported", done, charts.size())),
                progress::isCancelled);
        if (progress.isCancelled()) {
            throw new TaskExecutor.CancelledException();
        }
        return written;
    }

    @Override
    public byte[] png(Study study, ChartSpec chart, Settings settings) {
        return exporter.png(study, chart, request(settings));
    }

    private static ExportRequest request(Settings settings) {
        return new ExportRequest(settings.formats(), settings.width(), settings.height(), settings.scale(),
                settings.transparent(), settings.language(), settings.theme());
    }
}
