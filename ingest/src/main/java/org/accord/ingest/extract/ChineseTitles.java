package org.accord.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles of {@code zh/titles.txt} ("董事长", "校长"): they introduce a person's name, and they end an
 * organisation's name ("中国电信董事长柯瑞文"), so people and parties both look for them.
 */
final class ChineseTitles {
    private final String alternation;
    private final Pattern title;

    ChineseTitles() {
        alternation = Lexicon.load("zh/titles.txt").alternation();
        title = Pattern.compile("(?:" + alternation + ")");
    }

    /** A regular expression alternation of the titles, longest first, for grammars that embed them. */
    String alternation() {
        return alternation;
    }

    /** Whether the word is a title, whole. */
    boolean isTitle(String word) {
        return title.matcher(word).matches();
    }

    /** Where the first title in the text starts, or -1 when it has none. */
    int indexIn(String text) {
        Matcher m = title.matcher(text);
        return m.find() ? m.start() : -1;
    }
}
