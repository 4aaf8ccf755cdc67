package org.accord.ingest.extract;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;

/**
 * The cheap first test of a cascade: whether an article may report a signing at all, decided in one pass over the
 * characters of its title and text, without sentence splitting, segmentation or recognition. An article the filter
 * turns down reports no signing, so its full extraction can be skipped; one it lets through may still report none.
 *
 * <p><b>Recall-safe by construction.</b> The full pipeline reports a signing only from a sentence holding a signing
 * verb and an agreement noun. The filter looks for the same signing verbs, from the same data files
 * ({@code en/signing-verbs.txt}, {@code zh/signing-verbs.txt}), of both languages in every article, and matches them
 * at least as loosely as the pipeline: English ones as whole words ignoring case, with the case folding of
 * {@link java.util.regex.Pattern#UNICODE_CASE}, Chinese ones (simplified and traditional, both listed) anywhere. A
 * sentence is a part of the text, so a verb the pipeline finds in a sentence the filter finds in the text. One
 * Aho–Corasick automaton over the folded verbs of both languages reads each character once.
 *
 * <p>Immutable and thread-safe; build it once ({@link #standard()}) and share it.
 *
 * <pre>{@code
 * SigningFilter filter = SigningFilter.standard();
 * List<Mention> mentions = filter.mayReportSigning(article) ? extractor.extract(article) : List.of();
 * Extractor cascade = filter.guard(Extractor.standard());   // the same, as an extractor
 * }</pre>
 */
public final class SigningFilter {
    /** The data files of the signing verbs, by whether they are matched as whole words. */
    private static final Map<String, Boolean> VERB_FILES = Map.of("en/signing-verbs.txt", true,
            "zh/signing-verbs.txt", false);
    /** No pattern ends here. */
    private static final int NONE = 0;
    /** A pattern matched anywhere ends here: the text passes. */
    private static final int ANYWHERE = -1;

    private final List<String> cues;
    /** The alphabet class of each UTF-16 unit after case folding; 0 for a unit no cue holds. */
    private final char[] classOf;
    private final int classes;
    /** The complete transition table: {@code next[state * classes + class]}. */
    private final int[] next;
    /**
     * What ends at each state: {@link #NONE}, {@link #ANYWHERE}, or the index + 1 into {@link #wordLengths} of the
     * lengths of the whole-word cues that end there.
     */
    private final int[] ending;
    private final int[][] wordLengths;

    private SigningFilter(Map<String, Boolean> cueWords) {
        this.cues = List.copyOf(cueWords.keySet());
        Automaton automaton = new Automaton(cueWords);
        this.classOf = automaton.classOf;
        this.classes = automaton.classes;
        this.next = automaton.next;
        this.ending = automaton.ending;
        this.wordLengths = automaton.wordLengths;
    }

    /** The filter on the signing verbs of English and Chinese, those of the standard extractor. */
    public static SigningFilter standard() {
        return Holder.STANDARD;
    }

    /**
     * A filter on other cues, for tests and tools.
     *
     * @param words cues matched as whole words, ignoring case
     * @param anywhere cues matched anywhere, as written (case folding of letters still applies)
     * @throws IllegalArgumentException when a cue is empty or there is none
     */
    static SigningFilter of(List<String> words, List<String> anywhere) {
        Map<String, Boolean> cueWords = new LinkedHashMap<>();
        words.forEach(w -> cueWords.putIfAbsent(w, true));
        // A cue matched anywhere passes more text than the same cue matched as a word: keep the looser.
        anywhere.forEach(w -> cueWords.put(w, false));
        if (cueWords.isEmpty() || cueWords.keySet().stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("cues (" + cueWords.keySet() + ") must be present and not empty");
        }
        return new SigningFilter(cueWords);
    }

    /** The signing cues the filter looks for, of both languages, as the data files give them. */
    public List<String> cues() {
        return cues;
    }

    /**
     * Whether the article may report a signing: its title or its text holds a signing verb. When this is false, the
     * standard extractor finds no signing in the article.
     */
    public boolean mayReportSigning(Article article) {
        requireNonNull(article, "article");
        return holdsCue(article.title()) || holdsCue(article.text());
    }

    /** Whether the text holds a signing cue: a whole-word cue as a whole word, another anywhere. */
    public boolean holdsCue(CharSequence text) {
        int state = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            state = next[state * classes + classOf[text.charAt(i)]];
            int end = ending[state];
            if (end == ANYWHERE) {
                return true;
            }
            if (end > 0 && standsAsWord(text, i + 1, wordLengths[end - 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * An extractor that asks this filter first and runs the given one only on the articles it lets through; the
     * others report no signing.
     */
    public Extractor guard(Extractor extractor) {
        requireNonNull(extractor, "extractor");
        return article -> mayReportSigning(article) ? extractor.extract(article) : List.<Mention>of();
    }

    /**
     * Whether one of the cues of these lengths, ending at {@code end}, has no letter or digit on either side: the
     * code point after it, the UTF-16 unit before it, as {@code (?<![\p{L}\p{N}])…(?![\p{L}\p{N}])} sees them.
     */
    private static boolean standsAsWord(CharSequence text, int end, int[] lengths) {
        if (end < text.length() && isWordPart(Character.codePointAt(text, end))) {
            return false;
        }
        for (int length : lengths) {
            int start = end - length;
            // As the pipeline's look-behind does, look at the one UTF-16 unit before: a surrogate is no letter.
            if (start == 0 || !isWordPart(text.charAt(start - 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code [\p{L}\p{N}]}: what the pipeline's word patterns refuse beside a cue. */
    private static boolean isWordPart(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The case folding of {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}, one UTF-16 unit at a time. */
    static char fold(char c) {
        return (char) Character.toLowerCase(Character.toUpperCase((int) c));
    }

    /** Builds the tables: a trie of the folded cues, its failure links, then every transition resolved. */
    private static final class Automaton {
        private final char[] classOf = new char[Character.MAX_VALUE + 1];
        private final int classes;
        private final int[] next;
        private final int[] ending;
        private final int[][] wordLengths;

        Automaton(Map<String, Boolean> cueWords) {
            Map<Character, Integer> alphabet = new HashMap<>();
            for (String cue : cueWords.keySet()) {
                for (char c : cue.toCharArray()) {
                    alphabet.computeIfAbsent(fold(c), k -> alphabet.size() + 1);
                }
            }
            this.classes = alphabet.size() + 1;
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                classOf[c] = (char) alphabet.getOrDefault(fold((char) c), 0).intValue();
            }
            // The trie: goto[state][class], -1 for no edge.
            List<int[]> gotos = new ArrayList<>();
            List<Set<Integer>> wordEnds = new ArrayList<>();
            List<Boolean> anywhereEnds = new ArrayList<>();
            addState(gotos, wordEnds, anywhereEnds);
            cueWords.forEach((cue, asWord) -> {
                int state = 0;
                for (char c : cue.toCharArray()) {
                    int cls = alphabet.get(fold(c));
                    if (gotos.get(state)[cls] < 0) {
                        gotos.get(state)[cls] = addState(gotos, wordEnds, anywhereEnds);
                    }
                    state = gotos.get(state)[cls];
                }
                if (asWord) {
                    wordEnds.get(state).add(cue.length());
                } else {
                    anywhereEnds.set(state, true);
                }
            });
            int states = gotos.size();
            this.next = new int[states * classes];
            int[] failure = new int[states];
            Queue<Integer> queue = new ArrayDeque<>();
            for (int cls = 0; cls < classes; cls++) {
                int child = gotos.get(0)[cls];
                next[cls] = Math.max(child, 0);
                if (child > 0) {
                    queue.add(child);
                }
            }
            // Breadth first, so that a state's failure target is complete before the state is.
            while (!queue.isEmpty()) {
                int state = queue.remove();
                int fail = failure[state];
                wordEnds.get(state).addAll(wordEnds.get(fail));
                anywhereEnds.set(state, anywhereEnds.get(state) || anywhereEnds.get(fail));
                for (int cls = 0; cls < classes; cls++) {
                    int child = gotos.get(state)[cls];
                    if (child > 0 && cls > 0) {
                        failure[child] = next[fail * classes + cls];
                        next[state * classes + cls] = child;
                        queue.add(child);
                    } else {
                        next[state * classes + cls] = cls == 0 ? 0 : next[fail * classes + cls];
                    }
                }
            }
            this.ending = new int[states];
            List<int[]> lengths = new ArrayList<>();
            for (int state = 0; state < states; state++) {
                if (anywhereEnds.get(state)) {
                    ending[state] = ANYWHERE;
                } else if (!wordEnds.get(state).isEmpty()) {
                    lengths.add(wordEnds.get(state).stream().mapToInt(Integer::intValue).sorted().toArray());
                    ending[state] = lengths.size();
                }
            }
            this.wordLengths = lengths.toArray(int[][]::new);
        }

        private int addState(List<int[]> gotos, List<Set<Integer>> wordEnds, List<Boolean> anywhereEnds) {
            int[] edges = new int[classes];
            Arrays.fill(edges, -1);
            gotos.add(edges);
            wordEnds.add(new LinkedHashSet<>());
            anywhereEnds.add(false);
            return gotos.size() - 1;
        }
    }

    /** Loaded on first use, once per class loader. */
    private static final class Holder {
        static final SigningFilter STANDARD = load();

        private static SigningFilter load() {
            Map<String, Boolean> cueWords = new LinkedHashMap<>();
            VERB_FILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(file -> {
                for (String verb : Lexicon.load(file.getKey()).entries()) {
                    if (file.getValue()) {
                        cueWords.putIfAbsent(verb, true);
                    } else {
                        cueWords.put(verb, false);
                    }
                }
            });
            return new SigningFilter(cueWords);
        }
    }
}
