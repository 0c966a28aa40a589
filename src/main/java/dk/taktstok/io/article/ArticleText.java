package dk.taktstok.io.article;

import dk.taktstok.io.Problem;
import java.util.List;

/**
 * What reading a draft gave: its text (null when it could not be read) and the problems met.
 *
 * @param text the words of the draft: a text file as it is, a Word document's paragraphs with a blank line
 *             between them; claim check's offsets point into this text
 */
public record ArticleText(String text, List<Problem> problems) {

    public ArticleText {
        problems = List.copyOf(problems);
    }

    static ArticleText failed(String message) {
        return new ArticleText(null, List.of(Problem.error(null, message)));
    }

    public boolean readable() {
        return text != null;
    }
}
