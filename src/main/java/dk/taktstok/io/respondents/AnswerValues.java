package dk.taktstok.io.respondents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct answer texts of a file, each with a small number (an id) by which answers are counted,
 * so that counting a cell costs no text. A workbook's shared strings keep their own index as id;
 * other values get the next free number. Numbers are kept in a plain form ("3", not "3.0"), so the
 * number 3 and the text "3" are the same answer.
 */
public final class AnswerValues {

    private final List<String> texts;
    private final Map<String, Integer> ids = new HashMap<>();

    /** @param sharedStrings a workbook's shared strings, whose indexes become their ids; empty for CSV */
    public AnswerValues(List<String> sharedStrings) {
        this.texts = new ArrayList<>(sharedStrings);
        for (int i = 0; i < texts.size(); i++) {
            ids.putIfAbsent(texts.get(i).strip(), i);
        }
    }

    /** The id of a text (stripped of surrounding blanks); a text met for the first time gets a new one. */
    public int text(String text) {
        String key = text.strip();
        Integer id = ids.get(key);
        if (id == null) {
            id = texts.size();
            texts.add(key);
            ids.put(key, id);
        }
        return id;
    }

    /** The id of a number written in a cell ("3", "3.0", "1E0"). */
    public int number(String written) {
        return text(plain(written));
    }

    public String textOf(int id) {
        return texts.get(id).strip();
    }

    public int size() {
        return texts.size();
    }

    /** "3.0" → "3", "2.50" → "2.5"; text that is not a number stays as it is. */
    static String plain(String written) {
        String t = written.strip();
        try {
            double value = Double.parseDouble(t);
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return t;
        }
    }

    /** A number written with a decimal point or comma ("1.25", "1,25"); NaN when the text is none. */
    public static double parseNumber(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
