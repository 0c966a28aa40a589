package dk.taktstok.io.respondents;

import dk.taktstok.model.Scale;
import dk.taktstok.model.TableSource;
import dk.taktstok.scales.Recognition;
import dk.taktstok.scales.ScaleRecogniser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One question's counted answers by label (missing answers taken out), how its answers were recognised,
 * and what was set aside. Each answer has its count, its sum of weights and its sum of squared weights.
 *
 * @param column  the column the question was counted from (its first, for a question spread over columns)
 * @param group   the block or stem the header puts it in; -1 where the header says nothing
 * @param title   the question's text
 * @param label   the item's label in a table of several questions
 * @param at      the question's header cell
 * @param preset  the codebook's scale its codes are read on; null where recognised
 */
record Question(int column, int group, String title, String label, String at, Map<String, double[]> answers,
                Recognition recognition, List<TableSource.SetAside> setAside, Scale preset) {

    String itemId() {
        return "q" + (column + 1);
    }

    long n() {
        return (long) answers.values().stream().mapToDouble(a -> a[0]).sum();
    }

    double effectiveN() {
        double sum = answers.values().stream().mapToDouble(a -> a[1]).sum();
        double squares = answers.values().stream().mapToDouble(a -> a[2]).sum();
        return squares > 0 ? sum * sum / squares : 0;
    }

    /**
     * Recognises a question's answers and takes the missing ones ("NA", "-", a skip code) out of its counts,
     * recording them as set aside; answers that fit no place on the scale stay, as non-answers, and are
     * recorded too.
     */
    static Question recognise(int column, int group, String title, String label, String at,
                              Map<String, double[]> counted) {
        var counts = new LinkedHashMap<String, Double>();
        counted.forEach((answer, sums) -> counts.put(answer, sums[0]));
        Recognition recognition = ScaleRecogniser.standard().recognise(new ArrayList<>(counted.keySet()), title, counts);
        var answers = new LinkedHashMap<String, double[]>();
        var setAside = new ArrayList<TableSource.SetAside>();
        String item = "q" + (column + 1);
        counted.forEach((answer, sums) -> {
            if (recognition.isMissing(answer)) {
                setAside.add(new TableSource.SetAside(item, answer, (long) sums[0], at,
                        "no answer: left out of n and the shares"));
            } else {
                answers.put(answer, sums);
            }
        });
        for (String stray : recognition.setAside()) {
            double[] sums = answers.get(stray);
            setAside.add(new TableSource.SetAside(item, stray, sums == null ? 0 : (long) sums[0], at,
                    "not an answer on the scale: shown, left out of rebased measures"));
        }
        return new Question(column, group, title, label, at, answers, recognition, setAside, null);
    }

    /** A question read on a codebook's scale: no recognition, the codebook's categories. */
    static Question preset(int column, String title, String at, Map<String, double[]> answers, Scale preset) {
        return new Question(column, -1, title, title, at, answers, null, List.of(), preset);
    }

    /** The same question with its answers recognised again by a table's scale (what is missing there). */
    Question withAnswers(Map<String, double[]> newAnswers) {
        return new Question(column, group, title, label, at, newAnswers, recognition, setAside, preset);
    }
}
