package dk.taktstok.claims;

import dk.taktstok.model.Measure;
import java.util.List;

/** Which number of an item or a group a claim is about: the sum of named answers, or a measure. */
sealed interface Aspect {

    /** The shares of these categories (indexes in the scale), summed. */
    record Categories(List<Integer> indexes) implements Aspect {
        public Categories {
            indexes = indexes.stream().sorted().distinct().toList();
        }
    }

    /** A derived measure. */
    record Of(Measure measure) implements Aspect {
    }
}
