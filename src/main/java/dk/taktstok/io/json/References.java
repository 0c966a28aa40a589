package dk.taktstok.io.json;

import dk.taktstok.model.Scale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What later parts of a file may refer to, gathered as the file is read: ids are known even where
 * the part that declares them has errors, so one mistake is not reported again at every reference.
 */
final class References {

    /**
     * What a gap or a chart may name inside a table.
     *
     * @param items  the item ids, or null where some could not be read
     * @param groups the group ids, or null where some could not be read
     */
    record TableRefs(String scaleId, Set<String> items, Set<String> groups) {
    }

    /** Scales by id; the value is null where the scale has errors. */
    final Map<String, Scale> scales = new LinkedHashMap<>();
    /** Tables by id, in the order of the file. */
    final Map<String, TableRefs> tables = new LinkedHashMap<>();
    final Set<String> benchmarks = new HashSet<>();
    /** Gap ids, in the order of the file. */
    final Set<String> gaps = new LinkedHashSet<>();

    /*
     * False where some id of the kind could not be read (or the whole list is broken): a name that is
     * not found may then be the unreadable one, so it is not reported a second time.
     */
    boolean allScalesKnown = true;
    boolean allTablesKnown = true;
    boolean allBenchmarksKnown = true;
    boolean allGapsKnown = true;

    /** {@code 'a', 'b', 'c'} */
    static String listed(Iterable<String> names) {
        var joined = new StringBuilder();
        for (String name : names) {
            joined.append(joined.isEmpty() ? "" : ", ").append('\'').append(name).append('\'');
        }
        return joined.toString();
    }

    /** Reports the second and later uses of an id, naming where it was first used. */
    static final class Ids {
        private final String kind;
        private final ProblemLog log;
        private final Map<String, JsonPath> first = new HashMap<>();

        Ids(String kind, ProblemLog log) {
            this.kind = kind;
            this.log = log;
        }

        /**
         * Records {@code id} for the part at {@code owner}; false, after an error at {@code reportAt},
         * when another part has it.
         */
        boolean add(String id, JsonPath owner, JsonPath reportAt) {
            JsonPath earlier = first.putIfAbsent(id, owner);
            if (earlier != null) {
                log.error(reportAt, "duplicate " + kind + " id '" + id + "' (also at " + earlier + ")");
                return false;
            }
            return true;
        }

        boolean contains(String id) {
            return first.containsKey(id);
        }
    }
}
