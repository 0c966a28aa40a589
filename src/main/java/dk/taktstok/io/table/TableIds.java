package dk.taktstok.io.table;

import dk.taktstok.io.SourceMap;
import dk.taktstok.model.Ids;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Ids of tables and groups: a slug of a name. A table read from a spreadsheet is named by its
 * sheet: sheet "Initiativ 2016" gives {@code initiativ-2016}, and further tables on that sheet
 * {@code initiativ-2016-2}, {@code initiativ-2016-3}.
 */
public final class TableIds {

    private TableIds() {
    }

    /** Lower-case ASCII letters and digits joined by '-': "Hvem tager initiativ?" → "hvem-tager-initiativ". */
    public static String slug(String name) {
        return Ids.slug(name);
    }

    /** The id of the {@code n}-th table (1-based) read from a sheet with this name. */
    public static String forSheet(String sheetName, int n) {
        String base = slug(sheetName);
        if (base.isEmpty()) {
            base = "table";
        }
        return n <= 1 ? base : base + "-" + n;
    }

    /**
     * The table a user means by {@code wanted}: a table id ("initiativ-2"), else the first table of
     * the sheet with that name ("Initiativ", any case; only for studies read from a spreadsheet or
     * CSV file, whose source map knows the sheets), else the table whose id is the name's slug.
     */
    public static Optional<SurveyTable> choose(Study study, SourceMap sourceMap, String wanted) {
        Optional<SurveyTable> byId = study.table(wanted);
        if (byId.isPresent() || wanted == null) {
            return byId;
        }
        if (sourceMap instanceof GridSourceMap sheets) {
            for (int t = 0; t < study.tables().size(); t++) {
                if (wanted.strip().equalsIgnoreCase(sheets.sheet(t))) {
                    return Optional.of(study.tables().get(t));
                }
            }
        }
        return study.table(forSheet(wanted, 1));
    }
}
