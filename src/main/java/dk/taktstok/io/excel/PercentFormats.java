package dk.taktstok.io.excel;

/**
 * Whether an Excel number format shows its value as percent (multiplied by 100). A '%' inside
 * quotes or after a backslash is a literal sign that does not multiply: {@code 0.0"%"}.
 */
final class PercentFormats {

    private PercentFormats() {
    }

    static boolean isPercent(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracket) {
                bracket = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket = true; // colour, condition or locale: [Red], [>=100], [$-406]
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // the next character is literal, padding or fill
            } else if (c == '%') {
                return true;
            }
        }
        return false;
    }
}
