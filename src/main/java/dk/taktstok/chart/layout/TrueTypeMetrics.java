package dk.taktstok.chart.layout;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * The metrics layout needs from a TrueType font file: advance widths by character, ascender and
 * descender. Read straight from the file's tables (head, hhea, hmtx, cmap), so measuring is the same
 * on every machine and needs no graphics toolkit. Kerning is not applied; the renderers are told to
 * leave it off too.
 */
final class TrueTypeMetrics {

    private final int unitsPerEm;
    private final int ascender;
    private final int descender;
    private final int[] advances;
    private final Map<Integer, Integer> glyphs;

    private TrueTypeMetrics(int unitsPerEm, int ascender, int descender, int[] advances, Map<Integer, Integer> glyphs) {
        this.unitsPerEm = unitsPerEm;
        this.ascender = ascender;
        this.descender = descender;
        this.advances = advances;
        this.glyphs = glyphs;
    }

    static TrueTypeMetrics read(byte[] font) {
        ByteBuffer data = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(data.getShort(4));
        Map<String, Integer> offsets = new HashMap<>();
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, java.nio.charset.StandardCharsets.US_ASCII);
            offsets.put(tag, data.getInt(record + 8));
        }
        for (String required : new String[] {"head", "hhea", "hmtx", "cmap"}) {
            if (!offsets.containsKey(required)) {
                throw new IllegalArgumentException("not a TrueType font: no '" + required + "' table");
            }
        }
        int head = offsets.get("head");
        int hhea = offsets.get("hhea");
        int unitsPerEm = Short.toUnsignedInt(data.getShort(head + 18));
        int ascender = data.getShort(hhea + 4);
        int descender = data.getShort(hhea + 6);
        int metrics = Short.toUnsignedInt(data.getShort(hhea + 34));
        int hmtx = offsets.get("hmtx");
        int[] advances = new int[metrics];
        for (int i = 0; i < metrics; i++) {
            advances[i] = Short.toUnsignedInt(data.getShort(hmtx + 4 * i));
        }
        return new TrueTypeMetrics(unitsPerEm, ascender, descender, advances, cmap(data, offsets.get("cmap")));
    }

    /** Advance width of one character, in font units; characters the font lacks measure as its .notdef glyph. */
    int advance(int codePoint) {
        int glyph = glyphs.getOrDefault(codePoint, 0);
        return advances[Math.min(glyph, advances.length - 1)];
    }

    double width(String text, double size) {
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += advance(codePoint);
            i += Character.charCount(codePoint);
        }
        return units * size / unitsPerEm;
    }

    double ascent(double size) {
        return ascender * size / unitsPerEm;
    }

    double descent(double size) {
        return -descender * size / unitsPerEm;
    }

    boolean has(int codePoint) {
        return glyphs.containsKey(codePoint);
    }

    /** The Unicode → glyph map, from a format 12 (full Unicode) or format 4 (BMP) subtable. */
    private static Map<Integer, Integer> cmap(ByteBuffer data, int cmap) {
        int subtables = Short.toUnsignedInt(data.getShort(cmap + 2));
        int format4 = -1;
        int format12 = -1;
        for (int i = 0; i < subtables; i++) {
            int platform = Short.toUnsignedInt(data.getShort(cmap + 4 + 8 * i));
            int encoding = Short.toUnsignedInt(data.getShort(cmap + 6 + 8 * i));
            int offset = cmap + data.getInt(cmap + 8 + 8 * i);
            int format = Short.toUnsignedInt(data.getShort(offset));
            boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (unicode && format == 12) {
                format12 = offset;
            } else if (unicode && format == 4) {
                format4 = offset;
            }
        }
        if (format12 >= 0) {
            return format12(data, format12);
        }
        if (format4 >= 0) {
            return format4(data, format4);
        }
        throw new IllegalArgumentException("the font has no Unicode character map");
    }

    private static Map<Integer, Integer> format4(ByteBuffer data, int table) {
        int segments = Short.toUnsignedInt(data.getShort(table + 6)) / 2;
        int ends = table + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        Map<Integer, Integer> map = new HashMap<>();
        for (int s = 0; s < segments; s++) {
            int end = Short.toUnsignedInt(data.getShort(ends + 2 * s));
            int start = Short.toUnsignedInt(data.getShort(starts + 2 * s));
            int delta = data.getShort(deltas + 2 * s);
            int rangeOffset = Short.toUnsignedInt(data.getShort(rangeOffsets + 2 * s));
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int address = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = Short.toUnsignedInt(data.getShort(address));
                    if (glyph != 0) {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }
                if (glyph != 0) {
                    map.put(c, glyph);
                }
            }
        }
        return map;
    }

    private static Map<Integer, Integer> format12(ByteBuffer data, int table) {
        long groups = Integer.toUnsignedLong(data.getInt(table + 12));
        Map<Integer, Integer> map = new HashMap<>();
        for (long g = 0; g < groups; g++) {
            int record = (int) (table + 16 + 12 * g);
            int start = data.getInt(record);
            int end = data.getInt(record + 4);
            int glyph = data.getInt(record + 8);
            for (int c = start; c <= end; c++) {
                map.put(c, glyph + (c - start));
            }
        }
        return map;
    }
}
