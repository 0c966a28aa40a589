package dk.taktstok.chart.theme;

import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.FontFace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads theme files: JSON with a font (TrueType files, paths relative to the theme file), sizes and
 * colours ({@code #rrggbb}); see {@code taktstok-theme.json} for the full set. Fields a theme leaves
 * out keep Taktstok's own value.
 */
public final class ThemeFiles {

    private static final String STANDARD = "taktstok-theme.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile Theme standard;

    private ThemeFiles() {
    }

    /** Taktstok's own theme, embedded in the application. */
    public static Theme standard() {
        Theme theme = standard;
        if (theme == null) {
            try (InputStream in = ThemeFiles.class.getResourceAsStream(STANDARD)) {
                theme = parse(JSON.readTree(in), null, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = theme;
        }
        return theme;
    }

    /**
     * A newsroom's theme file.
     *
     * @throws ThemeException with a message naming the field, for a file that cannot be used
     */
    public static Theme read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ThemeException("cannot read the theme file (" + e.getMessage() + ")");
        } catch (JacksonException e) {
            throw new ThemeException("the theme file is not valid JSON, at " + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr());
        }
        return parse(root, standard(), file.toAbsolutePath().getParent());
    }

    private static Theme parse(JsonNode root, Theme base, Path folder) {
        JsonNode font = root.path("font");
        String family = text(font, "family", base == null ? null : base.regular().family());
        FontFace regular = face(font, "regular", family, false, base == null ? null : base.regular(), folder);
        FontFace bold = face(font, "bold", family, true, base == null ? null : base.bold(), folder);
        JsonNode s = root.path("sizes");
        Theme.Sizes b = base == null ? null : base.sizes();
        var sizes = new Theme.Sizes(
                size(s, "title", b == null ? null : b.title()),
                size(s, "subtitle", b == null ? null : b.subtitle()),
                size(s, "label", b == null ? null : b.label()),
                size(s, "value", b == null ? null : b.value()),
                size(s, "legend", b == null ? null : b.legend()),
                size(s, "note", b == null ? null : b.note()),
                size(s, "annotation", b == null ? null : b.annotation()),
                size(s, "padding", b == null ? null : b.padding()),
                size(s, "barHeight", b == null ? null : b.barHeight()),
                size(s, "rowGap", b == null ? null : b.rowGap()));
        JsonNode c = root.path("colors");
        Theme.Colors d = base == null ? null : base.colors();
        var colors = new Theme.Colors(
                color(c, "background", d == null ? null : d.background()),
                color(c, "text", d == null ? null : d.text()),
                color(c, "muted", d == null ? null : d.muted()),
                color(c, "grid", d == null ? null : d.grid()),
                color(c, "axis", d == null ? null : d.axis()),
                colors(c, "high", d == null ? null : d.high()),
                colors(c, "low", d == null ? null : d.low()),
                color(c, "neutral", d == null ? null : d.neutral()),
                color(c, "dontKnow", d == null ? null : d.dontKnow()),
                colors(c, "groups", d == null ? null : d.groups()),
                color(c, "goal", d == null ? null : d.goal()),
                color(c, "practice", d == null ? null : d.practice()),
                color(c, "highlight", d == null ? null : d.highlight()),
                color(c, "annotation", d == null ? null : d.annotation()));
        return new Theme(text(root, "name", base == null ? "theme" : base.name() + " (modified)"), regular, bold,
                sizes, colors);
    }

    private static FontFace face(JsonNode font, String field, String family, boolean bold, FontFace fallback,
                                 Path folder) {
        JsonNode node = font.get(field);
        if (node == null) {
            if (fallback == null) {
                throw new ThemeException("the theme has no font." + field);
            }
            return new FontFace(family == null ? fallback.family() : family, bold, fallback.source());
        }
        String source = node.asString();
        if (!source.startsWith("classpath:") && folder != null) {
            Path path = folder.resolve(source);
            if (!Files.isRegularFile(path)) {
                throw new ThemeException("the font file " + path + " (font." + field + ") does not exist");
            }
            source = path.toString();
        }
        return new FontFace(family, bold, source);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (fallback == null) {
                throw new ThemeException("the theme has no '" + field + "'");
            }
            return fallback;
        }
        return value.asString();
    }

    private static double size(JsonNode node, String field, Double fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (fallback == null) {
                throw new ThemeException("the theme has no sizes." + field);
            }
            return fallback;
        }
        if (!value.isNumber() || !(value.asDouble() > 0)) {
            throw new ThemeException("sizes." + field + " must be a positive number");
        }
        return value.asDouble();
    }

    private static Color color(JsonNode node, String field, Color fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (fallback == null) {
                throw new ThemeException("the theme has no colors." + field);
            }
            return fallback;
        }
        try {
            return Color.hex(value.asString());
        } catch (IllegalArgumentException e) {
            throw new ThemeException("colors." + field + ": " + e.getMessage());
        }
    }

    private static List<Color> colors(JsonNode node, String field, List<Color> fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (fallback == null) {
                throw new ThemeException("the theme has no colors." + field);
            }
            return fallback;
        }
        if (!value.isArray() || value.isEmpty()) {
            throw new ThemeException("colors." + field + " must be a list of colours such as [\"#08519c\"]");
        }
        var list = new ArrayList<Color>();
        for (JsonNode entry : value) {
            try {
                list.add(Color.hex(entry.asString()));
            } catch (IllegalArgumentException e) {
                throw new ThemeException("colors." + field + ": " + e.getMessage());
            }
        }
        return list;
    }
}
