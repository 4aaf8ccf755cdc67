package org.accord.ingest.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese word segmentation with recognition of people, places and organisations, by HanLP's portable build (its
 * core, person, place and organisation dictionaries, offline). Traditional text is tagged through its simplified
 * form, and every word is reported in the script and at the offsets of the text given.
 *
 * <p>HanLP loads its dictionaries once per class loader on first use; one tagger is shared by every article.
 */
final class ChineseTagger {
    /** Words that join parties whatever the dictionary tags them ("与" is also a preposition, "同" an adjective). */
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("、", "与", "和", "同", "跟", "及", "以及");

    private final Segment segment = HanLP.newSegment()
            .enableOrganizationRecognize(true)
            .enablePlaceRecognize(true)
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enableOffset(true);

    /** How many texts' words each thread keeps: more than the sentences one rule-set asks about in a row. */
    private static final int RECENT_TEXTS = 64;
    private final ThreadLocal<Map<String, List<Word>>> recentWords = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(RECENT_TEXTS * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Word>> eldest) {
                    return size() > RECENT_TEXTS;
                }
            });

    /** What a word is, as far as the parties and people of a signing are concerned. */
    enum Kind {
        ORGANISATION, PLACE, PERSON, CONJUNCTION, PREPOSITION, VERB, ADVERB, TIME, PUNCTUATION, OTHER
    }

    /**
     * One word of the text.
     *
     * @param text the word as written in the text given
     * @param start offset of the word in the text given
     * @param kind what the word is
     * @param proper whether the dictionary knows it as a proper noun or a foreign name ("壳牌", "TCL")
     */
    record Word(String text, int start, Kind kind, boolean proper) {
        int end() {
            return start + text.length();
        }
    }

    /**
     * The words of a text, in order. The rules of one article ask for the words of the same sentence several times
     * (its people, its parties' pronouns, its undertakings): each thread keeps the words of the last few texts it
     * segmented, which the same text gives again.
     */
    List<Word> words(String text) {
        Map<String, List<Word>> recent = recentWords.get();
        List<Word> words = recent.get(text);
        if (words == null) {
            words = segmented(text);
            recent.put(text, words);
        }
        return words;
    }

    private List<Word> segmented(String text) {
        String simplified = HanLP.convertToSimplifiedChinese(text);
        // Conversion is character for character almost always; when a phrase mapping changes the length, tag the
        // text as written rather than lose the offsets.
        String tagged = simplified.length() == text.length() ? simplified : text;
        List<Word> words = new ArrayList<>();
        for (Term term : segment.seg(tagged)) {
            int start = term.offset;
            int end = Math.min(text.length(), start + term.word.length());
            String nature = term.nature.toString();
            words.add(new Word(text.substring(start, end), start, kind(term), nature.equals("nz") || nature.equals("nx")));
        }
        return List.copyOf(words);
    }

    private static Kind kind(Term term) {
        String nature = term.nature.toString();
        if (nature.startsWith("nt")) {
            return Kind.ORGANISATION;
        }
        if (nature.equals("ns") || nature.equals("nsf")) {
            return Kind.PLACE;
        }
        if (nature.equals("nr") || nature.equals("nrf") || nature.equals("nr1") || nature.equals("nr2")) {
            return Kind.PERSON;
        }
        if (nature.startsWith("cc") || CONJUNCTIONS.contains(term.word)) {
            return Kind.CONJUNCTION;
        }
        if (nature.startsWith("p")) {
            return Kind.PREPOSITION;
        }
        if (nature.startsWith("v") && !nature.equals("vn")) {
            return Kind.VERB;
        }
        if (nature.startsWith("d")) {
            return Kind.ADVERB;
        }
        if (nature.equals("t")) {
            return Kind.TIME;
        }
        if (nature.startsWith("w")) {
            return Kind.PUNCTUATION;
        }
        return Kind.OTHER;
    }
}
