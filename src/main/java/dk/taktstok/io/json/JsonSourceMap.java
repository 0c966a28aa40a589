package dk.taktstok.io.json;

import dk.taktstok.io.SourceMap;

/**
 * Places in a study file as JSON paths. The reader keeps every table, item and share at the position
 * it has in the file, so positions in the study are positions in the file.
 */
public final class JsonSourceMap implements SourceMap {

    public static final JsonSourceMap INSTANCE = new JsonSourceMap();

    private JsonSourceMap() {
    }

    @Override
    public String share(int table, int item, int category) {
        return itemPath(table, item).field("shares").index(category).text();
    }

    @Override
    public String item(int table, int item) {
        return itemPath(table, item).text();
    }

    @Override
    public String table(int table) {
        return tablePath(table).text();
    }

    private static JsonPath tablePath(int table) {
        return JsonPath.ROOT.field("tables").index(table);
    }

    private static JsonPath itemPath(int table, int item) {
        return tablePath(table).field("items").index(item);
    }
}
