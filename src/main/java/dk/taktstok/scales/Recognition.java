package dk.taktstok.scales;

import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.ScaleReading;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the recogniser made of a question's answers: the kind of question, the answers in the order
 * a table shows them (the top first) with their roles and scores, which answers are no answers at
 * all, which were set aside, and how sure it is and why.
 *
 * @param answers  every answer category, in display order: substantive answers (the top first), then
 *                 "don't know", then non-answers (set-aside answers among them)
 * @param missing  answers that are no answer at all (blank stand-ins: "NA", "-", a negative skip code):
 *                 left out of every count
 * @param setAside answers that fit none of the scale's places ("I don't do this" on a comfort scale): they
 *                 are among {@code answers} as non-answers, and reported
 * @param added    answers nobody gave that the scale has ("No" where all said "Yes"; the points of a
 *                 stated 1-to-5 range nobody chose): among {@code answers}, counted as 0
 */
public record Recognition(ScaleKind kind, String family, Confidence confidence, String why, List<Answer> answers,
                          List<String> missing, List<String> setAside, List<String> added) {

    public Recognition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(why, "why");
        answers = List.copyOf(answers);
        missing = List.copyOf(missing);
        setAside = List.copyOf(setAside);
        added = List.copyOf(added);
    }

    /** One answer category: its label as the file writes it, its role, and its score (null unless substantive). */
    public record Answer(String label, CategoryRole role, Double score) {
        public Answer {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(role, "role");
        }
    }

    /** The labels of the answer categories, in display order. */
    public List<String> labels() {
        return answers.stream().map(Answer::label).toList();
    }

    /** The substantive answers' labels, the top first. */
    public List<String> substantive() {
        return answers.stream().filter(a -> a.role() == CategoryRole.SUBSTANTIVE).map(Answer::label).toList();
    }

    /** Whether {@code answer} (as the file writes it) is no answer at all. */
    public boolean isMissing(String answer) {
        return missing.contains(answer);
    }

    /** The scale as the study holds it. */
    public Scale toScale(String id) {
        var categories = new ArrayList<Category>();
        for (Answer answer : answers) {
            categories.add(new Category(Text.of(answer.label()), answer.role(), answer.score()));
        }
        return new Scale(id, categories, List.of(), List.of(), kind, new ScaleReading(family, confidence, why));
    }
}
