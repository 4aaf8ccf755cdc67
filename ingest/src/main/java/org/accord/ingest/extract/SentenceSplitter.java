package org.accord.ingest.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences with ICU's rules for the language, never across a line break: headlines, date lines and
 * list items stand on lines of their own and must not run into the next sentence. English uses ICU's standard
 * abbreviation suppressions ("Mr.", "Dr."), so "Mr. Gao Wen" stays in one sentence.
 */
final class SentenceSplitter {
    /** A single capital and a full stop, after a space: an initial in a name. */
    private static final java.util.regex.Pattern INITIAL_AT_END = java.util.regex.Pattern.compile("(?<=\\s)\\p{Lu}\\.\\s*$");
    private final ULocale locale;
    private final List<String> abbreviations;
    private final boolean splitsAtSemicolons;
    /**
     * One iterator per thread: an iterator is stateful and not thread-safe, and making one (ICU's rules cloned, the
     * abbreviations built into a trie) cost as much as splitting a whole article.
     */
    private final ThreadLocal<BreakIterator> breakIterators = ThreadLocal.withInitial(this::newBreakIterator);

    SentenceSplitter(ULocale locale, List<String> abbreviations, boolean splitsAtSemicolons) {
        this.locale = locale;
        this.abbreviations = List.copyOf(abbreviations);
        this.splitsAtSemicolons = splitsAtSemicolons;
    }

    /** English, with ICU's standard suppressions and those of {@code en/abbreviations.txt} ("Inc.", "Co."). */
    static SentenceSplitter english() {
        ULocale english = ULocale.forLanguageTag("en");
        return new SentenceSplitter(english, Lexicon.load("en/abbreviations.txt").entries(), false);
    }

    static SentenceSplitter chinese() {
        return new SentenceSplitter(ULocale.SIMPLIFIED_CHINESE, List.of(), true);
    }

    private BreakIterator newBreakIterator() {
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
        if (abbreviations.isEmpty()) {
            return breaks;
        }
        FilteredBreakIteratorBuilder filter = FilteredBreakIteratorBuilder.getInstance(locale);
        abbreviations.forEach(filter::suppressBreakAfter);
        return filter.wrapIteratorWithFilter(breaks);
    }

    List<Sentence> split(String text) {
        BreakIterator breaks = breakIterators.get();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (line.isBlank()) {
                paragraph++;
            } else {
                addSentences(line, lineStart, paragraph, breaks, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void addSentences(String line, int offset, int paragraph, BreakIterator breaks, List<Sentence> out) {
        breaks.setText(line);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (INITIAL_AT_END.matcher(line.substring(start, end)).find() && end < line.length()) {
                continue; // "Philip C. H. CHAN": an initial ends no sentence (ICU's suppressions miss single letters)
            }
            addClauses(line, start, end, offset, paragraph, out);
            start = end;
        }
        if (start < line.length()) {
            addClauses(line, start, line.length(), offset, paragraph, out);
        }
    }

    /**
     * Adds the sentence from {@code start} to {@code end} of the line; in Chinese, each clause ending in a semicolon
     * as a sentence of its own: "澳大與科英布拉大學簽署…;同時澳大、科英布拉大學和中國人民大學簽署三方合作備忘錄" reports two
     * signings.
     */
    private void addClauses(String line, int start, int end, int offset, int paragraph, List<Sentence> out) {
        int from = start;
        if (splitsAtSemicolons) {
            for (int i = start; i < end - 1; i++) {
                if (line.charAt(i) == '；' || line.charAt(i) == ';') {
                    add(line, from, i + 1, offset, paragraph, out);
                    from = i + 1;
                }
            }
        }
        add(line, from, end, offset, paragraph, out);
    }

    private static void add(String line, int start, int end, int offset, int paragraph, List<Sentence> out) {
        String raw = line.substring(start, end);
        String trimmed = raw.strip();
        if (!trimmed.isEmpty()) {
            out.add(new Sentence(trimmed, offset + start + raw.indexOf(trimmed), paragraph));
        }
    }
}
