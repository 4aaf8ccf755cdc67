package org.accord.ingest.extract;


/**
 * The titles of {@code zh/titles.txt} ("董事长", "校长"): they introduce a person's name, and they end an
 * organisation's name ("中国电信董事长柯瑞文"), so people and parties both look for them.
 */
final class ChineseTitles {
    private final String alternation;
    private final Literals titles;

    ChineseTitles() {
        Lexicon lexicon = Lexicon.load("zh/titles.txt");
        alternation = lexicon.alternation();
        titles = lexicon.literals(false);
    }

    /** A regular expression alternation of the titles, longest first, for grammars that embed them. */
    String alternation() {
        return alternation;
    }

    /** The titles as {@link Literals}: where one starts, a grammar that opens with a title may match. */
    Literals literals() {
        return titles;
    }

    /** Whether the word is a title, whole. */
    boolean isTitle(String word) {
        return titles.isEntry(word);
    }

    /** Where the first title in the text starts, or -1 when it has none. */
    int indexIn(String text) {
        Literals.Match m = titles.find(text, 0);
        return m == null ? -1 : m.start();
    }
}
