package dk.taktstok.render.svg;

/** Escaping for XML text and attribute values; characters XML 1.0 cannot hold are dropped. */
final class Xml {

    private Xml() {
    }

    static StringBuilder text(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\t', '\n', '\r' -> out.append("&#").append((int) c).append(';');
                default -> {
                    if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
    }
}
