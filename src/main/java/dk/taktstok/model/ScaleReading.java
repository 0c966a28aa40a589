package dk.taktstok.model;

import java.util.Objects;

/**
 * How a scale was read from a file: which family of answers it was taken for, how sure that is, and
 * why. A scale written by a person in a study file has none: its order and roles are that person's.
 *
 * @param family     the family of answers ("agreement", "frequency", "rating 0–10", "yes/no"), or null
 *                   where the answers form none (a nominal question)
 * @param confidence how sure the reading is
 * @param why        the reason, in plain words
 */
public record ScaleReading(String family, Confidence confidence, String why) {

    public ScaleReading {
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(why, "why");
    }
}
