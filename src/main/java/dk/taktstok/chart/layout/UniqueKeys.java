package dk.taktstok.chart.layout;

import dk.taktstok.model.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parts of scene ids made from names that need not be unique once slugged ("Man" and "man.", "Både"
 * and "baade"): each name's slug, the second and later of a slug numbered ("man", "man-2"), a name
 * without letters or digits named by its place ("category-3").
 */
final class UniqueKeys {

    private UniqueKeys() {
    }

    /**
     * @param fallback what a name without letters or digits is called, before its number
     * @param reserved keys that are taken already
     */
    static List<String> of(List<String> names, String fallback, Set<String> reserved) {
        var taken = new HashSet<>(reserved);
        var keys = new ArrayList<String>();
        for (int i = 0; i < names.size(); i++) {
            String slug = Ids.slug(names.get(i));
            String base = slug.isEmpty() ? fallback + "-" + (i + 1) : slug;
            String key = base;
            for (int n = 2; !taken.add(key); n++) {
                key = base + "-" + n;
            }
            keys.add(key);
        }
        return keys;
    }
}
