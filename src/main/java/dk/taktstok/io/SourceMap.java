package dk.taktstok.io;

/**
 * Where the parts of a study came from, so that a problem found after reading can name its place.
 * Indexes are positions in the study's lists; a reader that has no place answers null.
 */
public interface SourceMap {

    /** The place of one share: a cell, a line:column or a JSON path. */
    String share(int table, int item, int category);

    /** The place of an item as a whole (its label cell, its line, its JSON path). */
    String item(int table, int item);

    /** The place of a table. */
    String table(int table);

    /** A source map that knows no places. */
    SourceMap NONE = new SourceMap() {
        @Override
        public String share(int table, int item, int category) {
            return null;
        }

        @Override
        public String item(int table, int item) {
            return null;
        }

        @Override
        public String table(int table) {
            return null;
        }
    };
}
