package dk.taktstok.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers written in digits or in words, Danish and English: "75", "75,0", "73.1", "femoghalvfjerds",
 * "seventy-five", "seventy five", "et hundrede"; the ordinals of "hver fjerde"; the parts of
 * "tre fjerdedele", "two thirds", "a quarter".
 */
final class NumberWords {

    /**
     * A number as written.
     *
     * @param decimals how many decimals it was written with (its precision); 0 for words
     * @param tokens   how many tokens it takes
     */
    record Read(double value, int decimals, int tokens, boolean inWords) {
    }

    private static final Map<String, Integer> UNITS = new HashMap<>();
    private static final Map<String, Integer> TENS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final Map<String, Integer> PARTS = new HashMap<>();

    static {
        put(UNITS, 0, "nul", "zero");
        put(UNITS, 1, "en", "én", "et", "ét", "one");
        put(UNITS, 2, "to", "two");
        put(UNITS, 3, "tre", "three");
        put(UNITS, 4, "fire", "four");
        put(UNITS, 5, "fem", "five");
        put(UNITS, 6, "seks", "six");
        put(UNITS, 7, "syv", "seven");
        put(UNITS, 8, "otte", "eight");
        put(UNITS, 9, "ni", "nine");
        put(UNITS, 10, "ti", "ten");
        put(UNITS, 11, "elleve", "eleven");
        put(UNITS, 12, "tolv", "twelve");
        put(UNITS, 13, "tretten", "thirteen");
        put(UNITS, 14, "fjorten", "fourteen");
        put(UNITS, 15, "femten", "fifteen");
        put(UNITS, 16, "seksten", "sixteen");
        put(UNITS, 17, "sytten", "seventeen");
        put(UNITS, 18, "atten", "eighteen");
        put(UNITS, 19, "nitten", "nineteen");
        put(TENS, 20, "tyve", "twenty");
        put(TENS, 30, "tredive", "tredve", "thirty");
        put(TENS, 40, "fyrre", "fyrretyve", "forty");
        put(TENS, 50, "halvtreds", "halvtredsindstyve", "fifty");
        put(TENS, 60, "tres", "tresindstyve", "sixty");
        put(TENS, 70, "halvfjerds", "halvfjerdsindstyve", "seventy");
        put(TENS, 80, "firs", "firsindstyve", "eighty");
        put(TENS, 90, "halvfems", "halvfemsindstyve", "ninety");
        put(TENS, 100, "hundrede", "hundred", "ethundrede");
        put(ORDINALS, 2, "anden", "andet", "second", "other");
        put(ORDINALS, 3, "tredje", "third");
        put(ORDINALS, 4, "fjerde", "fourth");
        put(ORDINALS, 5, "femte", "fifth");
        put(ORDINALS, 6, "sjette", "sixth");
        put(ORDINALS, 7, "syvende", "seventh");
        put(ORDINALS, 8, "ottende", "eighth");
        put(ORDINALS, 9, "niende", "ninth");
        put(ORDINALS, 10, "tiende", "tenth");
        put(ORDINALS, 20, "tyvende", "twentieth");
        put(PARTS, 2, "halvdel", "halvdele", "halvdelen", "halvparten", "half", "halves");
        put(PARTS, 3, "tredjedel", "tredjedele", "tredjedelen", "third", "thirds");
        put(PARTS, 4, "fjerdedel", "fjerdedele", "fjerdedelen", "kvart", "quarter", "quarters", "fourth", "fourths");
        put(PARTS, 5, "femtedel", "femtedele", "femtedelen", "fifth", "fifths");
        put(PARTS, 6, "sjettedel", "sjettedele", "sixth", "sixths");
        put(PARTS, 8, "ottendedel", "ottendedele", "eighth", "eighths");
        put(PARTS, 10, "tiendedel", "tiendedele", "tenth", "tenths");
    }

    private NumberWords() {
    }

    private static void put(Map<String, Integer> map, int value, String... words) {
        for (String word : words) {
            map.put(word, value);
        }
    }

    /** A number in digits ("26,7") or words ("seventy-five", "seventy five", "et hundrede") at {@code i}, or null. */
    static Read number(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.NUMBER) {
            return digits(t.text());
        }
        if (!t.isWord()) {
            return null;
        }
        Integer whole = cardinal(t.lower());
        if (whole == null) {
            return null;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).isWord() && adjacent(tokens.get(i), tokens.get(i + 1))) {
            String next = tokens.get(i + 1).lower();
            Integer tens = TENS.get(t.lower());
            Integer unit = UNITS.get(next);
            if (tens != null && tens < 100 && unit != null && unit > 0 && unit < 10) {
                return new Read(tens + unit, 0, 2, true); // "seventy five"
            }
            if (whole == 1 && (next.equals("hundrede") || next.equals("hundred"))) {
                return new Read(100, 0, 2, true); // "et hundrede", "one hundred"
            }
        }
        return new Read(whole, 0, 1, true);
    }

    /** "26,7" → 26.7 with one decimal; "75" → 75 with none. Either mark is a decimal mark. */
    static Read digits(String text) {
        String normal = text.replace(',', '.');
        int dot = normal.indexOf('.');
        return new Read(Double.parseDouble(normal), dot < 0 ? 0 : normal.length() - dot - 1, 1, false);
    }

    /** A whole number in one word: "tyve", "femoghalvfjerds", "seventy-five", "one"; null if it is none. */
    static Integer cardinal(String word) {
        Integer unit = UNITS.get(word);
        if (unit != null) {
            return unit;
        }
        Integer tens = TENS.get(word);
        if (tens != null) {
            return tens;
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Integer high = TENS.get(word.substring(0, hyphen));
            Integer low = UNITS.get(word.substring(hyphen + 1));
            return high != null && high < 100 && low != null && low > 0 && low < 10 ? high + low : null;
        }
        // Danish counts the unit first: "fem-og-halvfjerds" is 5 + 70
        int og = word.indexOf("og");
        while (og > 0) {
            Integer low = UNITS.get(word.substring(0, og));
            Integer high = TENS.get(word.substring(og + 2));
            if (low != null && low > 0 && low < 10 && high != null && high < 100) {
                return low + high;
            }
            og = word.indexOf("og", og + 1);
        }
        return null;
    }

    /** The count of "hver fjerde" (4), "every third" (3); null if the word is no such ordinal. */
    static Integer ordinal(String word) {
        return ORDINALS.get(word);
    }

    /**
     * How many parts the whole is cut in by a word for a part: "tredjedel" 3, "fjerdedele" 4, "quarter" 4,
     * "halvdelen" 2; null if the word names no part.
     */
    static Integer parts(String word) {
        return PARTS.get(word);
    }

    /**
     * A number of parts written as one word: "totredjedele" → {2, 3}, "trefjerdedele" → {3, 4},
     * "two-thirds" → {2, 3}; null if the word is no such fraction.
     */
    static int[] compoundFraction(String word) {
        if (!(word.endsWith("del") || word.endsWith("dele") || word.endsWith("delen") || word.indexOf('-') > 0)) {
            return null;
        }
        for (int cut = 2; cut < word.length() - 3; cut++) {
            String head = word.substring(0, cut);
            String tail = word.substring(cut);
            if (head.endsWith("-")) {
                head = head.substring(0, head.length() - 1);
            }
            Integer count = UNITS.get(head);
            Integer parts = PARTS.get(tail);
            if (count != null && count > 0 && parts != null && count < parts) {
                return new int[] {count, parts};
            }
        }
        return null;
    }

    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() <= 2;
    }
}
