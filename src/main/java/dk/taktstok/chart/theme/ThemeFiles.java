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
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads theme files: JSON with a font (TrueType files, paths relative to the theme file), sizes and
 * colours ({@code #rrggbb}); see {@code taktstok-theme.json} for the full set. Fields a theme leaves
 * out keep Taktstok's own value.
 */
public final class ThemeFiles {

    private static final String STANDARD = "taktstok-theme.json";
    /** A theme is a few hundred bytes; anything near this is not one. */
    static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final java.util.Map<String, Set<String>> FIELDS = java.util.Map.of(
            "", Set.of("name", "font", "sizes", "colors"),
            "font", Set.of("family", "regular", "bold"),
            "sizes", Set.of("title", "subtitle", "label", "value", "legend", "note", "annotation", "padding",
                    "barHeight", "rowGap"),
            "colors", Set.of("background", "text", "muted", "grid", "axis", "high", "low", "neutral", "dontKnow",
                    "groups", "goal", "practice", "highlight", "annotation"));

    /**
     * Strict JSON, every feature that matters set here rather than left to the library's defaults:
     * no comments or other extensions, a field twice and content after the end refused, limits far above
     * any theme, and a tree read by hand (no class is ever chosen by the file).
     */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(16)
                            .maxStringLength(10_000)
                            .maxNameLength(200)
                            .maxNumberLength(50)
                            .maxTokenCount(100_000)
                            .maxDocumentLength(MAX_FILE_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION, StreamReadFeature.IGNORE_UNDEFINED)
                    .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                            JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
                            JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_MISSING_VALUES,
                            JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                            JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_RS_CONTROL_CHAR,
                            JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                            JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                            JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                            JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
                    .build())
            .deactivateDefaultTyping()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
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
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ThemeException("the theme file is too large for a theme (over 1 MB)");
            }
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ThemeException("cannot read the theme file (" + e.getMessage() + ")");
        } catch (JacksonException e) {
            throw new ThemeException(syntax(e));
        }
        if (!root.isObject()) {
            throw new ThemeException("the theme file must hold one object: {\"name\": …, \"colors\": {…}}");
        }
        checkFields(root, "");
        return parse(root, standard(), file.toAbsolutePath().getParent());
    }

    /** What is wrong with the file's JSON, and where. */
    private static String syntax(JacksonException e) {
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : ", at " + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return "the theme file goes past the limits of a theme (too deep, too long or too many values)" + where;
        }
        if (message.startsWith("Duplicate Object property")) {
            return "the theme file names a field twice in the same object" + where;
        }
        if (message.contains("Trailing token")) {
            return "the theme file has more content after its end" + where;
        }
        return "the theme file is not valid JSON" + where;
    }

    /** Refuses a misspelt field, which would otherwise be ignored without a word. */
    private static void checkFields(JsonNode node, String path) {
        Set<String> known = FIELDS.get(path);
        for (String name : node.propertyNames()) {
            String at = path.isEmpty() ? name : path + "." + name;
            if (!known.contains(name)) {
                throw new ThemeException("unknown field '" + at + "' in the theme file; the fields there are "
                        + String.join(", ", new java.util.TreeSet<>(known)));
            }
            JsonNode value = node.get(name);
            if (FIELDS.containsKey(name) && path.isEmpty()) {
                if (!value.isObject()) {
                    throw new ThemeException("'" + name + "' in the theme file must be an object");
                }
                checkFields(value, name);
            }
        }
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
