package dk.taktstok.analysis;

import dk.taktstok.model.Group;

/**
 * The difference between a table's first two groups, in points: first minus second, per measure.
 * For the sample study this is the initiative balance, municipality minus civil.
 */
public record Balance(Group first, Group second, ItemMeasures difference) {
}
