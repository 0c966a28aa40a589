package dk.taktstok.analysis;

import dk.taktstok.model.Group;

/**
 * The difference between a table's first two groups, in points: first minus second, per measure.
 * For the sample study this is the initiative balance, municipality minus civil.
 *
 * @param margins the 95 % margin of each difference, in points; NaN where not known
 */
public record Balance(Group first, Group second, ItemMeasures difference, ItemMeasures margins) {

    public Balance(Group first, Group second, ItemMeasures difference) {
        this(first, second, difference, ItemMeasures.UNKNOWN);
    }
}
