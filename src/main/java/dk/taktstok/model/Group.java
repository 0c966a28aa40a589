package dk.taktstok.model;

import java.util.Objects;

/**
 * A group of items that share a tag value, for example the municipality-initiated items.
 *
 * @param id the tag value the items carry
 */
public record Group(String id, Text label) {

    public Group {
        Objects.requireNonNull(id, "id");
        label = label == null ? Text.of(id) : label;
    }
}
