package dk.taktstok.claims;

import java.util.List;
import java.util.Set;

/**
 * What a figure is about — an item, a group of items, or a stated goal — with the words that name it.
 *
 * @param table  the index of its table in the study; -1 for a goal
 * @param index  its index among the table's items or groups, or among the study's goals
 * @param fields its texts, each with how much a match in it counts
 */
record Subject(Kind kind, int table, int index, List<Field> fields) {

    enum Kind { ITEM, GROUP, BENCHMARK }

    /**
     * One text of a subject, as stems in order, and the stems of its compounds' parts.
     *
     * @param weight how much a word found here counts: 1 for a label, less for a table's question
     */
    record Field(double weight, List<String> stems, Set<String> parts) {
        Field {
            stems = List.copyOf(stems);
            parts = Set.copyOf(parts);
        }
    }

    Subject {
        fields = List.copyOf(fields);
    }
}
