package dk.taktstok.io.respondents;

import dk.taktstok.model.Category;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The scales of a codebook (a study file given with --codes) that numeric answers are read on. */
final class Codebooks {

    private Codebooks() {
    }

    /**
     * The codebook's scale for a question: that of the codebook's item with the question's id (a codebook
     * written by {@code convert} from the same file), else the scale with the fewest codes that holds
     * all of the question's answers; null when the question's answers are not all codes of one scale.
     */
    static Scale scale(Study codebook, int col, AnswerColumn column, AnswerValues values) {
        if (codebook == null) {
            return null;
        }
        String itemId = "q" + (col + 1);
        for (SurveyTable table : codebook.tables()) {
            if (table.item(itemId).isPresent()) {
                Scale scale = codebook.scale(table.scaleId()).orElse(null);
                if (scale != null && !codesOf(scale).isEmpty()) {
                    return scale;
                }
            }
        }
        var answers = new HashSet<String>();
        for (int a = 0; a < column.size(); a++) {
            answers.add(AnswerValues.plain(values.textOf(column.id(a))));
        }
        Scale best = null;
        for (Scale scale : codebook.scales()) {
            Set<String> codes = codesOf(scale).keySet();
            if (!codes.isEmpty() && codes.containsAll(answers)
                    && (best == null || codes.size() < codesOf(best).size())) {
                best = scale;
            }
        }
        return best;
    }

    /** A scale's codes, as answers write them, to the names of their categories. */
    static Map<String, String> codesOf(Scale scale) {
        var codes = new LinkedHashMap<String, String>();
        for (Category category : scale.categories()) {
            if (category.code() != null) {
                codes.put(String.valueOf(category.code()), category.name());
            }
        }
        return codes;
    }
}
