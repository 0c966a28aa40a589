package dk.taktstok.model;

import java.util.List;
import java.util.Objects;

/**
 * Respondents split into groups by one column ("banner"), as a crosstab's columns: each group's answers
 * as a study of its own, with the same tables and items (by id) as the whole study's. Counted from
 * respondent rows ({@code --by}), or read from a report's banner table.
 *
 * @param name    what the groups are split by: the column's header ("Køn"), or the banner's heading
 * @param itemId  the item that is the banner's own question (its column, counted as a question too), which
 *                is not crossed with itself; null for none
 * @param columns the groups, in the order of their labels (respondent rows) or as printed (a report)
 */
public record Banner(String name, String itemId, List<Column> columns) {

    public Banner {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /**
     * One group.
     *
     * @param label       its value in the column ("Kvinde"), or its heading in the report
     * @param respondents the number of respondents in it; null where not known
     * @param study       its answers: each item's shares, n and effective n among its respondents alone
     * @param rest        the answers of every respondent not in it, counted likewise; null where only the
     *                    groups themselves are known (a report), and the rest is then the whole less the group
     */
    public record Column(String label, Integer respondents, Study study, Study rest) {

        public Column {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(study, "study");
        }
    }
}
