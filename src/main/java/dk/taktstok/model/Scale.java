package dk.taktstok.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of answer categories, in the order the source shows them.
 *
 * @param topBox    names of the categories that form the top box; empty means the upper half of the
 *                  substantive categories by score
 * @param bottomBox names of the categories that form the bottom box (subtracted in the net); empty means
 *                  the lower half
 * @param kind      what kind of question the answers make, and so which measures mean something
 * @param reading   how the scale was read from a file (its family, how sure, why); null for a scale a
 *                  person wrote or confirmed
 */
public record Scale(String id, List<Category> categories, List<String> topBox, List<String> bottomBox,
                    ScaleKind kind, ScaleReading reading) {

    public Scale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        topBox = List.copyOf(topBox);
        bottomBox = List.copyOf(bottomBox);
        var names = new HashSet<String>();
        for (Category category : categories) {
            if (!names.add(category.name())) {
                throw new IllegalArgumentException("scale '" + id + "' lists '" + category.name() + "' twice");
            }
        }
    }

    /** An ordinal scale as a person wrote it. */
    public Scale(String id, List<Category> categories, List<String> topBox, List<String> bottomBox) {
        this(id, categories, topBox, bottomBox, ScaleKind.ORDINAL, null);
    }

    /** An ordinal scale as a person wrote it, with the halves as top and bottom box. */
    public Scale(String id, List<Category> categories) {
        this(id, categories, List.of(), List.of());
    }

    public int size() {
        return categories.size();
    }

    public Category category(int index) {
        return categories.get(index);
    }

    public int indexOf(String name) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Category> category(String name) {
        int index = indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(categories.get(index));
    }

    public Scale withCategories(List<Category> newCategories) {
        return new Scale(id, newCategories, topBox, bottomBox, kind, reading);
    }

    public Scale withBoxes(List<String> newTopBox, List<String> newBottomBox) {
        return new Scale(id, categories, newTopBox, newBottomBox, kind, reading);
    }

    public Scale withKind(ScaleKind newKind) {
        return new Scale(id, categories, topBox, bottomBox, newKind, reading);
    }

    /** The scale with how it was read; null once a person has set or confirmed it. */
    public Scale withReading(ScaleReading newReading) {
        return new Scale(id, categories, topBox, bottomBox, kind, newReading);
    }

    public Scale withId(String newId) {
        return new Scale(newId, categories, topBox, bottomBox, kind, reading);
    }
}
