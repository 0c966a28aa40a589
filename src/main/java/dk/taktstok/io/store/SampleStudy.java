package dk.taktstok.io.store;

import dk.taktstok.io.SourceMap;
import dk.taktstok.io.json.JsonSourceMap;
import dk.taktstok.io.json.JsonStudyReader;
import dk.taktstok.model.Study;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The study Taktstok opens on first start: the SDU/KORA survey of Danish municipalities' chief
 * officers on who takes the initiative when municipalities and civil actors work together.
 * It is an ordinary study file, embedded, read by the same reader as any other.
 */
public final class SampleStudy {

    /** The name problems with the sample would be reported under. */
    public static final String NAME = "sample study";

    private static final String RESOURCE = "sample-study.json";

    private SampleStudy() {
    }

    /** Where the sample's parts stand in its embedded study file: JSON paths, as for any study file. */
    public static SourceMap places() {
        return JsonSourceMap.INSTANCE;
    }

    public static Study load() {
        try (InputStream in = SampleStudy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the embedded sample study is missing from the application");
            }
            ReadResult result = StudyFiles.finish(new JsonStudyReader().read(in));
            if (result.hasErrors()) {
                throw new IllegalStateException("the embedded sample study is invalid: " + result.problems());
            }
            return result.study();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
