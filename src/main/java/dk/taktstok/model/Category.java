package dk.taktstok.model;

import java.util.Objects;

/**
 * One answer category of a scale.
 *
 * @param score the category's place on the scale (higher is more); null for a category that is not
 *              {@link CategoryRole#SUBSTANTIVE}
 * @param code  the number that stands for this answer in respondent-level data (1 for "Helt enig", 9
 *              for "Ved ikke"); null where there is none
 */
public record Category(Text label, CategoryRole role, Double score, Integer code) {

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

    /** A category without a code. */
    public Category(Text label, CategoryRole role, Double score) {
        this(label, role, score, null);
    }

    public Category withCode(Integer newCode) {
        return new Category(label, role, score, newCode);
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
