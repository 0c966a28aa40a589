package dk.taktstok.claims;

import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Scale;
import dk.taktstok.scales.AnswerClass;
import dk.taktstok.scales.ScaleRecogniser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answers of a scale as a draft names them: each category's label in every language the study gives,
 * the synonyms of its rung on the ladders the scale vocabulary knows ("oftest" for "som regel", "usually"
 * for "som regel"), and "don't know" and non-answers as the vocabulary words them ("ved ikke", "not sure").
 */
final class Answers {

    /** A short answer that is also an everyday word needs quotes or a verb of answering before it. */
    private static final Set<String> EVERYDAY = Set.of("ja", "nej", "yes", "no", "enig", "agree", "måske", "maybe");
    private static final Set<String> ANSWER_VERBS = Set.of("svarer", "svarede", "svaret", "siger", "sagde", "answer",
            "answers", "answered", "answering", "say", "says", "said", "replied", "reply", "replies", "chose", "valgte");
    private static final String QUOTES = "'\"‘’“”«»„";
    /** Longest "don't know" phrase looked for, in words. */
    private static final int LONGEST = 4;

    private final Scale scale;
    /** Each category's phrases, by their first word: most words of a draft start none. */
    private final Map<String, List<Phrase>> byFirstWord = new java.util.HashMap<>();

    /** One way of naming a category. */
    private record Phrase(int category, List<String> words) {
    }

    private Answers(Scale scale, List<List<List<String>>> phrases) {
        this.scale = scale;
        for (int c = 0; c < phrases.size(); c++) {
            for (List<String> words : phrases.get(c)) {
                byFirstWord.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(new Phrase(c, words));
            }
        }
    }

    /** The phrases that may start at a written word: those of the word, and of the word without an ending. */
    private List<Phrase> startingWith(String written) {
        List<Phrase> exact = byFirstWord.get(written);
        List<Phrase> all = exact == null ? List.of() : exact;
        for (String ending : ENDINGS) {
            if (written.length() > ending.length() + 3 && written.endsWith(ending)) {
                List<Phrase> stemmed = byFirstWord.get(written.substring(0, written.length() - ending.length()));
                if (stemmed != null) {
                    var both = new ArrayList<>(all);
                    both.addAll(stemmed);
                    all = both;
                }
            }
        }
        return all;
    }

    static Answers of(Scale scale, String studyLanguage) {
        var recogniser = ScaleRecogniser.standard();
        var all = new ArrayList<List<List<String>>>();
        for (Category category : scale.categories()) {
            var own = new ArrayList<List<String>>();
            for (String label : category.label().byLanguage().values()) {
                add(own, Words.lower(label));
                for (String synonym : recogniser.synonyms(label)) {
                    add(own, Words.lower(synonym));
                }
            }
            own.sort((a, b) -> b.size() - a.size());
            all.add(own);
        }
        return new Answers(scale, all);
    }

    private static void add(List<List<String>> phrases, List<String> words) {
        if (!words.isEmpty() && !phrases.contains(words)) {
            phrases.add(words);
        }
    }

    /** A category named in a sentence, and the tokens that name it. */
    record Named(int category, List<Integer> tokens) {
    }

    /**
     * The categories named by the tokens at {@code where} (indexes into {@code tokens}), each once, the
     * longest phrase first.
     */
    List<Named> find(List<Token> tokens, Collection<Integer> where, String article) {
        var found = new LinkedHashMap<Integer, List<Integer>>();
        var used = new TreeSet<Integer>();
        var positions = new ArrayList<>(new TreeSet<>(where));
        for (int p = 0; p < positions.size(); p++) {
            int k = positions.get(p);
            if (used.contains(k) || !tokens.get(k).isWord()) {
                continue;
            }
            int bestCategory = -1;
            List<Integer> best = null;
            for (Phrase phrase : startingWith(tokens.get(k).lower())) {
                List<Integer> at = match(tokens, positions, p, phrase.words());
                if (at != null && (best == null || at.size() > best.size()) && fits(tokens, k, phrase.words(), article)) {
                    best = at;
                    bestCategory = phrase.category();
                }
            }
            if (best != null) {
                found.computeIfAbsent(bestCategory, x -> new ArrayList<>()).addAll(best);
                used.addAll(best);
            } else {
                nonAnswerAt(tokens, positions, p, found, used);
            }
        }
        var named = new ArrayList<Named>();
        found.forEach((category, at) -> named.add(new Named(category, at)));
        return named;
    }

    /** "ved ikke", "don't know", "ønsker ikke at svare": the scale's don't-know or non-answer categories. */
    private void nonAnswerAt(List<Token> tokens, List<Integer> positions, int p, Map<Integer, List<Integer>> found,
                             Set<Integer> used) {
        if (!startsNonAnswer(tokens.get(positions.get(p)).lower())) {
            return;
        }
        var words = new ArrayList<String>();
        var at = new ArrayList<Integer>();
        for (int q = p; q < Math.min(positions.size(), p + LONGEST); q++) {
            Token token = tokens.get(positions.get(q));
            if (!token.isWord() || (q > p && positions.get(q) != positions.get(q - 1) + 1)) {
                break;
            }
            words.add(token.lower());
            at.add(positions.get(q));
            String window = String.join(" ", words);
            if (window.length() <= 3) {
                continue; // "dk" is more often a web address than "don't know"
            }
            AnswerClass kind = ScaleRecogniser.standard().classify(window);
            CategoryRole role = kind == AnswerClass.DONT_KNOW ? CategoryRole.DONT_KNOW
                    : kind == AnswerClass.NON_ANSWER ? CategoryRole.MISSING : null;
            if (role != null) {
                for (int c = 0; c < scale.size(); c++) {
                    if (scale.category(c).role() == role) {
                        found.computeIfAbsent(c, x -> new ArrayList<>()).addAll(at);
                    }
                }
                used.addAll(at);
                return;
            }
        }
    }

    /** The words that may start a "don't know" or non-answer, asked of the vocabulary once each. */
    private static final Map<String, Boolean> STARTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean startsNonAnswer(String word) {
        return STARTS.computeIfAbsent(word, w -> ScaleRecogniser.standard().mayStartNonAnswer(w));
    }

    private static List<Integer> match(List<Token> tokens, List<Integer> positions, int p, List<String> phrase) {
        if (p + phrase.size() > positions.size()) {
            return null;
        }
        var at = new ArrayList<Integer>();
        for (int w = 0; w < phrase.size(); w++) {
            int k = positions.get(p + w);
            if ((w > 0 && k != positions.get(p + w - 1) + 1) || !sameWord(tokens.get(k).lower(), phrase.get(w))) {
                return null;
            }
            at.add(k);
        }
        return at;
    }

    /** Endings a draft may add to an answer's word: "tilfredse" for "Tilfreds", "satisfied" as it is. */
    private static final List<String> ENDINGS = List.of("e", "er", "es", "s", "ne", "en", "et", "te", "de");

    /** The same word, or the word with an ending: "meget tilfredse" names "Meget tilfreds". */
    private static boolean sameWord(String written, String answer) {
        if (written.equals(answer)) {
            return true;
        }
        return answer.length() >= 4 && written.startsWith(answer) && ENDINGS.contains(written.substring(answer.length()));
    }

    /** A one-word answer that is also an everyday word ("ja", "no") counts only quoted or after "svarer". */
    private static boolean fits(List<Token> tokens, int k, List<String> phrase, String article) {
        if (phrase.size() > 1 || !(EVERYDAY.contains(phrase.getFirst()) || Language.EN.isStopWord(phrase.getFirst())
                || Language.DA.isStopWord(phrase.getFirst()))) {
            return true;
        }
        Token token = tokens.get(k);
        boolean quoted = token.start() > 0 && QUOTES.indexOf(article.charAt(token.start() - 1)) >= 0;
        boolean answered = k > 0 && ANSWER_VERBS.contains(tokens.get(k - 1).lower());
        return quoted || answered;
    }
}
