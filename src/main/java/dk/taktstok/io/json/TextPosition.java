package dk.taktstok.io.json;

/** Line and column (both from 1) of a character in a text, written {@code 12:7}. */
record TextPosition(int line, int column) {

    /** The position of {@code text.charAt(offset)}; a line ends at \n, \r or \r\n. */
    static TextPosition of(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, offset - lineStart + 1);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
