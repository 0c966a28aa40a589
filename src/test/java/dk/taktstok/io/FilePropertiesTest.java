package dk.taktstok.io;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.testing.Examples;
import dk.taktstok.testing.OwnFaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and damaged files give a study or a problem, never an exception nor a fault of Taktstok's own: bytes that start like each kind
 * of file Taktstok knows, and good files (workbooks, CSV, study files) with bytes flipped, cut, repeated
 * or inserted.
 */
class FilePropertiesTest {

    private static final byte[][] STARTS = {
        {}, {'P', 'K', 3, 4}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
        "{".getBytes(StandardCharsets.UTF_8), {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
        "<?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8), "Item;Som regel;Aldrig\n".getBytes(StandardCharsets.UTF_8),
    };
    private static final String[] NAMES = {"file.xlsx", "file.xls", "file.csv", "file.json", "file"};

    private static final List<byte[]> SEEDS = new ArrayList<>();

    private static Path folder;

    /** A file's name and bytes. */
    record Sample(String name, byte[] bytes, String how) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes, " + how + ")";
        }
    }

    @BeforeContainer
    static void readSeeds() throws IOException, URISyntaxException {
        folder = Files.createTempDirectory("taktstok-properties");
        Path resources = Path.of(FilePropertiesTest.class.getResource("seed/initiative-table.csv").toURI()).getParent().getParent();
        for (String seed : new String[] {"seed/initiative-table.csv", "json/example.json", "json/example-v1.json",
            "foreign/percent.libreoffice.xlsx", "foreign/sections.libreoffice.xls", "foreign/titled.gnumeric.xlsx",
            "foreign/total.libreoffice.csv", "corpus/table-sample.xlsx", "corpus/rank.xls"}) {
            SEEDS.add(Files.readAllBytes(resources.resolve(seed)));
        }
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static ReadResult read(Sample sample) {
        Path file = folder.resolve(sample.name());
        try {
            Files.write(file, sample.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StudyFiles.standard().read(file);
    }

    private static void isAStudyOrAProblem(ReadResult result) {
        assertThat(result).isNotNull();
        OwnFaults.failOnInternal(result.problems());
        assertThat(result.study() != null || !result.problems().isEmpty()).as("a study or a problem").isTrue();
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank()
                .doesNotContainPattern("[a-z]+\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error)"));
    }

    @Provide
    Arbitrary<Sample> randomFiles() {
        return Examples.of((random, size) -> {
            byte[] start = STARTS[random.nextInt(STARTS.length)];
            byte[] rest = new byte[random.nextInt(size * 40 + 1)];
            random.nextBytes(rest);
            if (random.nextBoolean()) { // mostly text
                for (int i = 0; i < rest.length; i++) {
                    rest[i] = (byte) (32 + Math.floorMod(rest[i], 95));
                }
            }
            byte[] bytes = Arrays.copyOf(start, start.length + rest.length);
            System.arraycopy(rest, 0, bytes, start.length, rest.length);
            return new Sample(NAMES[random.nextInt(NAMES.length)], bytes, "random");
        });
    }

    @Provide
    Arbitrary<Sample> damagedFiles() {
        return Examples.of((random, size) -> {
            byte[] bytes = SEEDS.get(random.nextInt(SEEDS.size())).clone();
            StringBuilder how = new StringBuilder();
            for (int m = 0, n = 1 + random.nextInt(1 + size / 10); m < n; m++) {
                bytes = mutate(bytes, random, how);
            }
            return new Sample(NAMES[random.nextInt(NAMES.length)], bytes, how.toString().strip());
        });
    }

    @Property(tries = 600)
    void randomBytesGiveAStudyOrAProblem(@ForAll("randomFiles") Sample sample) {
        isAStudyOrAProblem(read(sample));
    }

    @Property(tries = 600)
    void damagedFilesGiveAStudyOrAProblem(@ForAll("damagedFiles") Sample sample) {
        isAStudyOrAProblem(read(sample));
    }

    private static byte[] mutate(byte[] bytes, Random random, StringBuilder how) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(bytes.length);
        int length = 1 + random.nextInt(Math.min(64, bytes.length - at));
        switch (random.nextInt(5)) {
            case 0 -> {
                bytes[at] ^= (byte) (1 << random.nextInt(8));
                how.append(" flip@").append(at);
                return bytes;
            }
            case 1 -> {
                how.append(" cut@").append(at);
                return Arrays.copyOf(bytes, at);
            }
            case 2 -> {
                how.append(" delete@").append(at).append('+').append(length);
                byte[] out = new byte[bytes.length - length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
                return out;
            }
            case 3 -> {
                how.append(" repeat@").append(at).append('+').append(length);
                byte[] out = new byte[bytes.length + length];
                System.arraycopy(bytes, 0, out, 0, at + length);
                System.arraycopy(bytes, at, out, at + length, bytes.length - at);
                return out;
            }
            default -> {
                how.append(" insert@").append(at);
                byte[] noise = new byte[length];
                random.nextBytes(noise);
                byte[] out = new byte[bytes.length + length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, length);
                System.arraycopy(bytes, at, out, at + length, bytes.length - at);
                return out;
            }
        }
    }
}
