package dk.taktstok.io;

/**
 * How a long read tells its progress and learns that it should stop. A reader calls {@link #progress}
 * now and then (every few thousand rows) from the thread that reads, and stops soon after
 * {@link #cancelled()} answers true, giving back no study at all. Implementations must be cheap and
 * must not block; the desktop app hands progress on to its own thread.
 */
public interface ReadProgress {

    /** What a cancelled read gives back as its only problem. */
    Problem CANCELLED = Problem.error(null, "reading was cancelled");

    /**
     * @param rows       rows read so far
     * @param bytesRead  bytes of the file's data read so far (for a workbook: of its unpacked sheet)
     * @param bytesTotal the bytes there are to read, or -1 where not known
     */
    void progress(long rows, long bytesRead, long bytesTotal);

    /** Whether the read should stop; asked with every report of progress. */
    boolean cancelled();

    /** Reports to no one and never cancels. */
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void progress(long rows, long bytesRead, long bytesTotal) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
