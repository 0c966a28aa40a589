package dk.taktstok.viewmodel;

/** What background work reports while it runs, and how it learns that it should stop. */
public interface Progress {

    /**
     * @param fraction 0..1, or a negative number when the amount of work is not known
     * @param message  what is being done, in the user's words
     */
    void update(double fraction, String message);

    /** Whether the user asked to stop; long work checks this often and then returns early. */
    boolean isCancelled();

    /** Progress that goes nowhere and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
