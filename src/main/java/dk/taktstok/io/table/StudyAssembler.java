package dk.taktstok.io.table;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.SourceMap;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.TableSource;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a study of the tables found in a file's grids: ids from the sheet names, one scale per
 * distinct list of categories, metadata from the first table, and a source map of cells.
 */
public final class StudyAssembler {

    private final TableFinder finder = new TableFinder();
    private final TableBuilder builder = new TableBuilder();

    /**
     * @param grids          the sheets in workbook order (one grid for a CSV file)
     * @param fileTitle      the file's name without extension: the study's title when no table has one
     * @param readProblems   problems met while reading the file; they come first
     * @param noTableMessage the error when no grid holds a table
     */
    public Parsed assemble(List<Grid> grids, String fileTitle, List<Problem> readProblems, String noTableMessage) {
        List<Problem> problems = new ArrayList<>(readProblems);
        List<BuiltTable> built = new ArrayList<>();
        for (Grid grid : grids) {
            try {
                for (BuiltTable table : tablesOn(grid)) {
                    problems.addAll(table.problems());
                    if (table.items().isEmpty()) {
                        problems.add(Problem.warning(table.tableLocation(), "this table has no items, so it is left out"));
                    } else {
                        built.add(table);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                // the finder and the builder are ours alone: whatever they throw is a fault of ours, never the file's
                problems.add(Problem.internal(grid.locate(0, 0),
                        "Taktstok could not make out the tables on this sheet (an internal error; please report it)", e));
            }
        }
        if (built.isEmpty()) {
            problems.add(Problem.error(null, noTableMessage));
            return new Parsed(null, SourceMap.NONE, problems);
        }

        List<SurveyTable> tables = new ArrayList<>();
        Map<ScaleKey, ScaleGuesser.TableScale> scales = new LinkedHashMap<>();
        List<GridSourceMap.TablePlaces> places = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<Grid, Integer> perGrid = new HashMap<>();
        for (BuiltTable table : built) {
            int n = perGrid.merge(table.grid(), 1, Integer::sum);
            String id = uniqueId(TableIds.forSheet(table.grid().name(), n), ids);
            String question = table.question() != null ? table.question() : table.title();
            ScaleGuesser.TableScale scale = scales.computeIfAbsent(new ScaleKey(table.categories(), table.multiple()),
                    key -> key.multiple() ? ScaleGuesser.forOptions(id, key.categories())
                            : ScaleGuesser.forTable(id, key.categories(), question));
            if (scale.warning() != null) {
                problems.add(Problem.warning(table.tableLocation(), scale.warning()));
            }
            String title = table.title() != null ? table.title() : table.grid().name();
            TableSource source = new TableSource(table.layout(), table.grid().sheet(), table.range(), table.rowsSkipped(),
                    List.of());
            tables.add(new SurveyTable(id, Text.of(title), table.question() == null ? null : Text.of(table.question()),
                    scale.scale().id(), table.items(), table.groupTag(), table.groups(), source));
            places.add(new GridSourceMap.TablePlaces(table.grid().name(), table.tableLocation(), table.itemLocations(),
                    table.shareLocations()));
        }

        BuiltTable first = built.getFirst();
        String title = first.title() != null ? first.title() : fileTitle;
        Metadata metadata = new Metadata(Text.of(title), sourceOf(built), List.of(), null, null,
                LanguageGuesser.guess(textsOf(built)), null, null);
        Study study = new Study(metadata, scales.values().stream().map(ScaleGuesser.TableScale::scale).toList(), tables,
                List.of(), List.of());
        return new Parsed(study, new GridSourceMap(places), problems);
    }

    /** Tables share a scale where their categories are the same, and so is whether several may be chosen. */
    private record ScaleKey(List<String> categories, boolean multiple) {
    }

    /** The tables of one grid: a long table, or a pollster's banner, or report tables as a person finds them. */
    private List<BuiltTable> tablesOn(Grid grid) {
        List<BuiltTable> tables = LongTables.read(grid);
        if (tables == null) {
            tables = BannerTables.read(grid);
        }
        if (tables != null) {
            return tables;
        }
        return finder.find(grid).stream().map(builder::build).toList();
    }

    /** Whether a grid holds a table in long format (one row per item and answer), not respondent rows. */
    public static boolean isLongTable(Grid grid) {
        return LongTables.isLong(grid);
    }

    /**
     * Whether one of the grids holds aggregated numbers that look like rows of answers at a glance: a table
     * in long format or a pollster's banner crosstab.
     */
    public static boolean holdsAggregate(List<Grid> grids) {
        return grids.stream().anyMatch(g -> LongTables.isLong(g) || BannerTables.isBanner(g));
    }

    private static String uniqueId(String wanted, Set<String> taken) {
        String id = wanted;
        for (int n = 2; taken.contains(id); n++) {
            id = wanted + "-" + n;
        }
        taken.add(id);
        return id;
    }

    /** The first "Kilde: …" or "Source: …" line under a table, without its lead word. */
    private static Text sourceOf(List<BuiltTable> tables) {
        for (BuiltTable table : tables) {
            for (String note : table.notes()) {
                String source = Vocabulary.sourceOf(note);
                if (source != null && !source.isEmpty()) {
                    return Text.of(source);
                }
            }
        }
        return null;
    }

    private static List<String> textsOf(List<BuiltTable> tables) {
        List<String> texts = new ArrayList<>();
        for (BuiltTable table : tables) {
            texts.add(table.title());
            texts.add(table.question());
            texts.addAll(table.categories());
            texts.addAll(table.notes());
            table.items().forEach(item -> texts.add(item.label().text()));
        }
        return texts;
    }
}
