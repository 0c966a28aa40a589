package dk.taktstok.claims;

/**
 * A figure a claim may be about, with how well the claim's words name it.
 *
 * @param otherBase the figure on the other base, where the sentence does not name its base; null otherwise
 * @param baseOpen  whether the sentence leaves the base open: it does not count answers ("svarer", "say"),
 *                  so a claim about the world may hold with "don't know" in the base or without it
 */
record Candidate(Figure figure, Figure otherBase, double score, boolean baseOpen) {
}
