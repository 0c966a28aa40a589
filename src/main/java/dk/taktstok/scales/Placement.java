package dk.taktstok.scales;

import java.util.List;
import java.util.Map;

/**
 * How one way of reading placed a question's answers.
 *
 * @param method   the way (ladder, pole, period, numbers, bands, yes/no)
 * @param family   the family of answers, such as "agreement" or "frequency"
 * @param places   each placed answer's place: higher is nearer the top (for bands: larger)
 * @param unplaced answers this way could not place
 */
record Placement(Method method, String family, Map<String, Double> places, List<String> unplaced) {

    enum Method { YES_NO, NUMBERS, RANKS, LADDER, PERIOD, POLE, BANDS }

    int placed() {
        return places.size();
    }
}
