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
 */
public record Scale(String id, List<Category> categories, List<String> topBox, List<String> bottomBox) {

    public Scale {
        Objects.requireNonNull(id, "id");
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
        return new Scale(id, newCategories, topBox, bottomBox);
    }

    public Scale withBoxes(List<String> newTopBox, List<String> newBottomBox) {
        return new Scale(id, categories, newTopBox, newBottomBox);
    }
}
