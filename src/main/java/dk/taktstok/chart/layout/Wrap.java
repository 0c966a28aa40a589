package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, between words. A word wider than the line is broken
 * after a hyphen or slash if it has one, else between letters with a hyphen. Nothing is ever cut off:
 * a long label takes more lines.
 */
final class Wrap {

    private Wrap() {
    }

    static List<String> lines(String text, Font font, double maxWidth, TextMeasurer measurer) {
        var lines = new ArrayList<String>();
        for (String paragraph : text.strip().split("\\R")) {
            wrapParagraph(paragraph.strip().replaceAll("\\s+", " "), font, maxWidth, measurer, lines);
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, Font font, double maxWidth, TextMeasurer measurer,
                                      List<String> lines) {
        String line = "";
        for (String word : paragraph.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measurer.width(candidate, font) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (measurer.width(line, font) > maxWidth) {
                int cut = breakPoint(line, font, maxWidth, measurer);
                String head = line.substring(0, cut);
                boolean natural = head.endsWith("-") || head.endsWith("/");
                lines.add(natural ? head : head + "-");
                line = line.substring(cut);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }

    /** Where to break a word too wide for a line: after its last hyphen or slash that fits, else letters. */
    private static int breakPoint(String word, Font font, double maxWidth, TextMeasurer measurer) {
        for (int i = word.length() - 1; i > 0; i--) {
            char c = word.charAt(i - 1);
            if ((c == '-' || c == '/') && measurer.width(word.substring(0, i), font) <= maxWidth) {
                return i;
            }
        }
        int fit = 1;
        while (fit < word.length() - 1 && measurer.width(word.substring(0, fit + 1) + "-", font) <= maxWidth) {
            fit++;
        }
        return fit;
    }

    /** The width of the widest line. */
    static double widest(List<String> lines, Font font, TextMeasurer measurer) {
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, measurer.width(line, font));
        }
        return widest;
    }
}
