package dk.taktstok.claims;

/**
 * A claim held against one figure.
 *
 * @param otherBase the same figure with the other base (without "don't know", or with it), where that
 *                  can change the claim's verdict; null where it cannot
 * @param holds     whether the figure lies where the claim says
 */
public record Assessment(Figure figure, Figure otherBase, Verdict verdict, boolean holds) {
}
