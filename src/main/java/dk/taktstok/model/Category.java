package dk.taktstok.model;

import java.util.Objects;

/**
 * One answer category of a scale.
 *
 * @param score the category's place on the scale (higher is more); null for a category that is not
 *              {@link CategoryRole#SUBSTANTIVE}
 */
public record Category(Text label, CategoryRole role, Double score) {

    public Category {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
        if (role == CategoryRole.SUBSTANTIVE && (score == null || !Double.isFinite(score))) {
            throw new IllegalArgumentException("substantive category '" + label + "' needs a finite score");
        }
        if (role != CategoryRole.SUBSTANTIVE) {
            score = null;
        }
    }

    public static Category substantive(Text label, double score) {
        return new Category(label, CategoryRole.SUBSTANTIVE, score);
    }

    public static Category dontKnow(Text label) {
        return new Category(label, CategoryRole.DONT_KNOW, null);
    }

    /** The label in the study's own language; categories are referred to by it. */
    public String name() {
        return label.text();
    }

    public boolean isSubstantive() {
        return role == CategoryRole.SUBSTANTIVE;
    }
}
