package dk.taktstok.io.json;

import java.util.regex.Pattern;

/**
 * A place in a study file written the JSONPath way: {@code $.tables[0].items[2].shares[1]}.
 * Field names that are not plain identifiers are bracketed: {@code $.metadata.title['pt-BR']}.
 */
record JsonPath(String text) {

    static final JsonPath ROOT = new JsonPath("$");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    JsonPath field(String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return new JsonPath(text + "." + name);
        }
        return new JsonPath(text + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
    }

    JsonPath index(int index) {
        return new JsonPath(text + "[" + index + "]");
    }

    @Override
    public String toString() {
        return text;
    }
}
