package dk.taktstok.render.svg;

import dk.taktstok.chart.scene.FontFace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The chart font as {@code @font-face} rules holding only the glyphs an SVG uses. Each subset gets
 * its own family name (face and a hash of its characters), so SVGs placed in one HTML page never
 * take glyphs from each other's subsets. Parsed fonts and recent subsets are kept: a chart redrawn
 * with the same characters costs no subsetting.
 */
final class SvgFonts {

    /** Tables a browser needs, with the hinting programs the glyphs' instructions call. */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "OS/2", "cmap", "glyf", "loca",
            "hmtx", "name", "post", "cvt ", "fpgm", "prep", "gasp");
    private static final int KEPT_SUBSETS = 64;

    private static final Map<FontFace, TrueTypeFont> PARSED = new ConcurrentHashMap<>();
    private static final Map<Key, Embedded> SUBSETS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Embedded> eldest) {
            return size() > KEPT_SUBSETS;
        }
    };

    /**
     * @param family the CSS family name the subset is declared under
     * @param rule   the {@code @font-face} rule with the subset as a base64 data URL
     */
    record Embedded(String family, String rule) {
    }

    /** @param codePoints the characters, each once, in ascending order */
    private record Key(FontFace face, String codePoints) {
    }

    private SvgFonts() {
    }

    /** The subset of the face with the glyphs of these characters (each once, ascending). */
    static Embedded embed(FontFace face, String codePoints) {
        var key = new Key(face, codePoints);
        synchronized (SUBSETS) {
            Embedded cached = SUBSETS.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Embedded made = make(face, codePoints);
        synchronized (SUBSETS) {
            SUBSETS.put(key, made);
        }
        return made;
    }

    private static Embedded make(FontFace face, String codePoints) {
        byte[] subset = subset(face, codePoints);
        var hash = new CRC32();
        hash.update(face.source().getBytes(StandardCharsets.UTF_8));
        hash.update(codePoints.getBytes(StandardCharsets.UTF_8));
        String family = "%s-%s-%08x".formatted(face.family().replaceAll("[^A-Za-z0-9]", ""),
                face.bold() ? "Bold" : "Regular", hash.getValue());
        String rule = "@font-face{font-family:\"" + family + "\";font-weight:" + (face.bold() ? 700 : 400)
                + ";font-style:normal;src:url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(subset)
                + ") format(\"truetype\")}";
        return new Embedded(family, rule);
    }

    private static byte[] subset(FontFace face, String codePoints) {
        TrueTypeFont font = PARSED.computeIfAbsent(face, SvgFonts::parse);
        var out = new ByteArrayOutputStream();
        // a TrueTypeFont reads its tables lazily from one stream: one subsetter at a time
        synchronized (font) {
            try {
                var subsetter = new TTFSubsetter(font, KEPT_TABLES);
                // the subset's cmap holds the Basic Multilingual Plane only
                codePoints.codePoints().filter(c -> c <= 0xFFFF).forEach(subsetter::add);
                subsetter.writeToStream(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot subset the font " + face.source(), e);
            }
        }
        return out.toByteArray();
    }

    private static TrueTypeFont parse(FontFace face) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + face.source(), e);
        }
    }
}
