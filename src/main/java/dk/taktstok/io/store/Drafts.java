package dk.taktstok.io.store;

import dk.taktstok.io.Problem;
import dk.taktstok.io.article.ArticleReader;
import dk.taktstok.io.article.ArticleText;
import java.nio.file.Path;
import java.util.List;

/**
 * Opening a draft for claim check: plain text, Markdown or a Word document (the reader is
 * {@link ArticleReader}), for the command line and the desktop alike.
 */
public final class Drafts {

    /**
     * What opening a draft gave.
     *
     * @param text the draft's words, which claim check's offsets point into; null when it could not be read
     */
    public record Draft(String text, List<Problem> problems) {

        public Draft {
            problems = List.copyOf(problems);
        }

        public boolean readable() {
            return text != null;
        }
    }

    private Drafts() {
    }

    public static Draft open(Path file) {
        ArticleText read = ArticleReader.read(file);
        return new Draft(read.text(), read.problems());
    }
}
