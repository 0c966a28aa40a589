package dk.taktstok.viewmodel;

/** Work that may take long (reading a big workbook, exporting many charts) and so runs in the background. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(Progress progress) throws Exception;
}
