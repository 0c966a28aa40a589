package dk.taktstok.claims;

import java.util.List;

/**
 * One quantitative claim of a draft and what the study says of it.
 *
 * @param number        its number in the draft, from 1
 * @param sentenceStart the offset of its sentence in the draft
 * @param sentenceEnd   the offset after its sentence
 * @param figures       the figures that match the claim best; several where they match equally
 * @param reason        why the verdict, in the report's language, naming the figure's value
 */
public record Claim(int number, Quantity quantity, String sentence, int sentenceStart, int sentenceEnd,
                    Verdict verdict, String reason, List<Assessment> figures) {

    public Claim {
        figures = List.copyOf(figures);
    }

    /** Whether several figures match the claim's words equally. */
    public boolean ambiguous() {
        return figures.size() > 1;
    }

    /** The figure the claim is best held against; null when none was found. */
    public Figure figure() {
        return figures.isEmpty() ? null : figures.getFirst().figure();
    }
}
