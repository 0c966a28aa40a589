package dk.taktstok.claims;

/**
 * A figure a claim may be about, with how well the claim's words name it.
 *
 * @param otherBase the figure on the other base, where the claim leaves the base open; null otherwise
 */
record Candidate(Figure figure, Figure otherBase, double score) {
}
