package dk.taktstok.io.json;

import dk.taktstok.io.Bytes;
import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.StudyFormatReader;
import dk.taktstok.model.Study;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Taktstok's JSON study file (docs/study-format.md). It never throws for bad input: every
 * problem comes back with its place, a line and column for a syntax error and a JSON path
 * ({@code $.tables[0].items[2].shares[1]}) for anything else. The file is only read.
 */
public final class JsonStudyReader implements StudyFormatReader {

    /**
     * Strict JSON within the limits of {@link JsonStudyFormat}. Every feature that could let more than
     * RFC 8259 JSON through is set here, not left to the library's defaults (which differ between Jackson
     * 2 and 3). The file becomes a tree and is mapped to the model by hand, so no class is ever chosen by
     * the input (no polymorphic typing), and unknown fields are reported by the mapper, not dropped.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(JsonStudyFormat.MAX_NESTING_DEPTH)
                            .maxStringLength(JsonStudyFormat.MAX_STRING_LENGTH)
                            .maxNameLength(JsonStudyFormat.MAX_NAME_LENGTH)
                            .maxNumberLength(JsonStudyFormat.MAX_NUMBER_LENGTH)
                            .maxTokenCount(JsonStudyFormat.MAX_TOKENS)
                            .maxDocumentLength(JsonStudyFormat.MAX_FILE_BYTES)
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
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            // trailing content is checked by hand, to name where it starts
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public Parsed read(Path file) {
        if (Files.isDirectory(file)) {
            return Parsed.failed(Problem.error(null, "this is a folder, not a file"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            return Parsed.failed(Problem.error(null, "the file does not exist"));
        } catch (AccessDeniedException e) {
            return Parsed.failed(Problem.error(null, "the file cannot be opened: permission denied"));
        } catch (IOException e) {
            return Parsed.failed(Problem.error(null, "the file cannot be read: " + e.getMessage()));
        }
    }

    /** Reads a study from a stream, for example an embedded resource; the stream is not closed. */
    public Parsed read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(JsonStudyFormat.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            return Parsed.failed(Problem.error(null, "the file cannot be read: " + e.getMessage()));
        }
        if (bytes.length > JsonStudyFormat.MAX_FILE_BYTES) {
            return Parsed.failed(Problem.error(null,
                    "the file is too large (more than " + JsonStudyFormat.MAX_FILE_BYTES / (1024 * 1024) + " MB)"));
        }
        int start = Bytes.startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start), chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        if (result.isError()) {
            String before = chars.toString();
            return Parsed.failed(Problem.error(TextPosition.of(before, before.length()).toString(),
                    "the file is not UTF-8 text; save it as UTF-8"));
        }
        return readString(chars.toString());
    }

    /** Reads a study from the text of a study file. */
    public Parsed readString(String text) {
        // a byte order mark decoded as a character
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (isWhitespace(json, 0)) {
            return Parsed.failed(Problem.error(null, "the file is empty"));
        }
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(json)) {
            try {
                root = MAPPER.readTree(parser);
            } catch (JacksonException e) {
                return Parsed.failed(Problem.error(where(e, parser, json), JsonSyntaxErrors.describe(e)));
            }
            int end = (int) parser.currentLocation().getCharOffset();
            int extra = firstNonWhitespace(json, end);
            if (extra >= 0) {
                return Parsed.failed(Problem.error(TextPosition.of(json, extra).toString(),
                        "JSON syntax error: more content after the end of the document"));
            }
        }
        var mapper = new StudyTreeMapper();
        Study study = mapper.map(root);
        return new Parsed(study, JsonSourceMap.INSTANCE, mapper.problems());
    }

    /**
     * The line and column of a parse error. Limit errors carry none; the parser then stands just past
     * the character that went over the limit (the bracket one level too deep), so that one is named.
     */
    private static String where(JacksonException e, JsonParser parser, String json) {
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() >= 1) {
            return location.getLineNr() + ":" + location.getColumnNr();
        }
        long past = parser.currentLocation().getCharOffset();
        return TextPosition.of(json, (int) Math.max(0, past - 1)).toString();
    }

    private static boolean isWhitespace(String text, int from) {
        return firstNonWhitespace(text, from) < 0;
    }

    /** The first character from {@code from} on that is not JSON whitespace, or -1. */
    private static int firstNonWhitespace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }
}
