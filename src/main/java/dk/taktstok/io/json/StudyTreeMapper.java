package dk.taktstok.io.json;

import dk.taktstok.io.Problem;
import dk.taktstok.model.Benchmark;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Gap;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Maps the JSON tree of a study file to a {@link Study}, by hand, so that every problem names its
 * JSON path. It collects all problems rather than stopping at the first; the study is null where an
 * error leaves nothing sound to build.
 */
final class StudyTreeMapper {

    private static final Set<String> FIELDS =
            Set.of("format", "version", "metadata", "scales", "tables", "benchmarks", "gaps", "charts");
    /** Version 5 adds the name of the Taktstok that wrote the file; in older files it is an unknown field. */
    private static final Set<String> FIELDS_SINCE_WRITTEN_BY = Set.of("format", "version", "writtenBy", "metadata",
            "scales", "tables", "benchmarks", "gaps", "charts");
    private static final Set<String> METADATA_FIELDS = Set.of(
            "title", "source", "authors", "publisher", "date", "language", "population", "respondents");

    private final ProblemLog log = new ProblemLog();
    private final References refs = new References();

    List<Problem> problems() {
        return log.problems();
    }

    /** The study, or null after an error that leaves none; see {@link #problems()}. */
    Study map(JsonNode root) {
        JsonPath at = JsonPath.ROOT;
        if (!isStudyFile(root)) {
            return null;
        }
        int version = version(root);
        if (version > JsonStudyFormat.VERSION) {
            return null;
        }
        JsonFields fields = JsonFields.of(root, at, log)
                .allowOnly(version >= JsonStudyFormat.WRITTEN_BY_VERSION ? FIELDS_SINCE_WRITTEN_BY : FIELDS);
        // who wrote the file is for the reader of the file; the study itself does not change with it
        fields.optionalString("writtenBy");
        Metadata metadata = metadata(fields);

        JsonNode scalesArray = fields.requiredArray("scales");
        refs.allScalesKnown = scalesArray != null;
        List<Scale> scales = scalesArray == null ? null
                : new ScaleMapper(log, refs, version).scales(scalesArray, at.field("scales"));
        JsonNode tablesArray = fields.requiredArray("tables");
        refs.allTablesKnown = tablesArray != null;
        List<SurveyTable> tables = tablesArray == null ? null
                : new TableMapper(log, refs, version).tables(tablesArray, at.field("tables"));

        var gapMapper = new GapMapper(log, refs);
        JsonNode benchmarksArray = fields.optionalArray("benchmarks");
        refs.allBenchmarksKnown = benchmarksArray != null || !fields.has("benchmarks");
        List<Benchmark> benchmarks = benchmarksArray == null ? List.of()
                : gapMapper.benchmarks(benchmarksArray, at.field("benchmarks"));
        JsonNode gapsArray = fields.optionalArray("gaps");
        refs.allGapsKnown = gapsArray != null || !fields.has("gaps");
        List<Gap> gaps = gapsArray == null ? List.of() : gapMapper.gaps(gapsArray, at.field("gaps"));
        List<ChartSpec> charts = charts(fields, version);

        if (log.blocking()) {
            return null;
        }
        return new Study(metadata, scales, tables, benchmarks, gaps, charts);
    }

    /** The charts of a version 2 file; a version 1 file has none, and any it holds are ignored. */
    private List<ChartSpec> charts(JsonFields root, int version) {
        if (version < 2 && root.has("charts")) {
            log.warning(root.path("charts"), "charts are not part of format version " + version
                    + " and are ignored; set \"version\": 2 to read them");
            return List.of();
        }
        JsonNode array = root.optionalArray("charts");
        return array == null ? List.of() : new ChartMapper(log, refs).charts(array, root.path("charts"));
    }

    /** A file that is not a study gets one error, and no more: its other fields mean nothing here. */
    private boolean isStudyFile(JsonNode root) {
        if (!root.isObject()) {
            log.error(JsonPath.ROOT, "not a Taktstok study file: expected an object with \"format\": \""
                    + JsonStudyFormat.FORMAT + "\", found " + JsonValues.describe(root));
            return false;
        }
        JsonNode format = root.get("format");
        if (format == null) {
            log.error(JsonPath.ROOT, "not a Taktstok study file: the field 'format' is missing (it should be \""
                    + JsonStudyFormat.FORMAT + "\")");
            return false;
        }
        if (!format.isString() || !format.stringValue().equals(JsonStudyFormat.FORMAT)) {
            log.error(JsonPath.ROOT.field("format"), "not a Taktstok study file: expected \""
                    + JsonStudyFormat.FORMAT + "\", found " + JsonValues.describe(format));
            return false;
        }
        return true;
    }

    /**
     * The file's format version. A file of a newer version may mean other things by the same fields,
     * so nothing more is read of it. A missing or malformed version is an error, but the rest is still
     * checked, as the version this build writes.
     */
    private int version(JsonNode root) {
        JsonNode version = root.get("version");
        JsonPath at = JsonPath.ROOT.field("version");
        if (version == null) {
            log.error(JsonPath.ROOT, "missing field 'version'");
        } else if (!version.isNumber() || !Double.isFinite(version.doubleValue())
                || version.doubleValue() != Math.rint(version.doubleValue())) {
            log.error(at, JsonValues.expected("a whole number", version));
        } else if (version.doubleValue() > JsonStudyFormat.VERSION) {
            log.error(at, "written by a newer Taktstok (format version " + version.asString()
                    + "; this one reads up to " + JsonStudyFormat.VERSION + ")");
            return Integer.MAX_VALUE;
        } else if (version.doubleValue() < JsonStudyFormat.OLDEST_VERSION) {
            log.error(at, "expected a format version from " + JsonStudyFormat.OLDEST_VERSION + " to "
                    + JsonStudyFormat.VERSION + ", found " + version.asString());
        } else {
            return version.intValue();
        }
        return JsonStudyFormat.VERSION;
    }

    private Metadata metadata(JsonFields root) {
        JsonNode node = root.require("metadata");
        if (node == null) {
            return null;
        }
        JsonFields fields = JsonFields.of(node, root.path("metadata"), log);
        if (fields == null) {
            return null;
        }
        int mark = log.mark();
        fields.allowOnly(METADATA_FIELDS);
        Text title = fields.requiredText("title");
        Text source = fields.optionalText("source");
        List<String> authors = authors(fields);
        Text publisher = fields.optionalText("publisher");
        String date = fields.optionalString("date");
        String language = language(fields);
        Text population = fields.optionalText("population");
        JsonNode respondentsNode = fields.get("respondents");
        Integer respondents = respondentsNode == null ? null
                : JsonValues.wholeNumber(respondentsNode, fields.path("respondents"), 0, log);
        if (log.blockedSince(mark)) {
            return null;
        }
        return new Metadata(title, source, authors, publisher, date, language, population, respondents);
    }

    private List<String> authors(JsonFields metadata) {
        var authors = new ArrayList<String>();
        JsonNode array = metadata.optionalArray("authors");
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                String author = JsonValues.string(array.get(i), metadata.path("authors").index(i), log);
                if (author != null) {
                    authors.add(author);
                }
            }
        }
        return authors;
    }

    /** The language tag as written; a tag that is not well-formed BCP 47 is kept, with a warning. */
    private String language(JsonFields metadata) {
        String language = metadata.optionalString("language");
        if (language != null) {
            try {
                new Locale.Builder().setLanguageTag(language);
            } catch (IllformedLocaleException e) {
                log.warning(metadata.path("language"), "'" + language
                        + "' is not a well-formed language tag such as \"da\", \"en\" or \"en-GB\"");
            }
        }
        return language;
    }
}
