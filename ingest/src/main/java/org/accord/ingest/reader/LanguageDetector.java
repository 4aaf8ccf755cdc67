package org.accord.ingest.reader;

import org.accord.core.model.Language;

/**
 * Tells an article's main language from its letters: Han characters against Latin letters. A Chinese article quoting
 * English names is still Chinese, because one Han character carries about as much as a short English word.
 */
final class LanguageDetector {
    /** One Han character weighs as much as this many Latin letters. */
    private static final int HAN_WEIGHT = 3;
    private static final int MIN_LETTERS = 20;
    private static final int MIN_MIXED_LETTERS = 200;
    /** The second language must hold at least 1/5 of the weight. */
    private static final int MIXED_SHARE_DIVISOR = 5;

    private LanguageDetector() {
    }

    static Language detect(String text) {
        long[] counts = count(text);
        long han = counts[0];
        long latin = counts[1];
        if (han * HAN_WEIGHT + latin < MIN_LETTERS) {
            return Language.OTHER;
        }
        return han * HAN_WEIGHT >= latin ? Language.CHINESE : Language.ENGLISH;
    }

    /**
     * Whether the text has lines in Chinese and lines in English, each language holding at least a fifth of the
     * weight (Han characters weighed as above): a bilingual release, not a Chinese article quoting English names,
     * which are weighed with the line they stand in.
     */
    static boolean isMixed(String text) {
        long chinese = 0;
        long english = 0;
        for (String line : text.split("\n")) {
            long[] counts = count(line);
            long weight = counts[0] * HAN_WEIGHT + counts[1];
            if (weight >= MIN_LETTERS) {
                if (counts[0] * HAN_WEIGHT >= counts[1]) {
                    chinese += weight;
                } else {
                    english += weight;
                }
            }
        }
        long total = chinese + english;
        return total >= MIN_MIXED_LETTERS && Math.min(chinese, english) * MIXED_SHARE_DIVISOR >= total;
    }

    /** The Han characters and the Latin letters of the text. */
    private static long[] count(String text) {
        long han = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c < 0x80) {
                // ASCII and the common CJK block answer without the script table's binary search: most characters.
                latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
            } else if (c >= 0x4E00 && c <= 0x9FEF) {
                han++;
            } else {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                han += script == Character.UnicodeScript.HAN ? 1 : 0;
                latin += script == Character.UnicodeScript.LATIN && Character.isLetter(c) ? 1 : 0;
            }
            i += Character.charCount(c);
        }
        return new long[] {han, latin};
    }
}
