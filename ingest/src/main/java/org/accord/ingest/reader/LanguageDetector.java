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

    private LanguageDetector() {
    }

    static Language detect(String text) {
        long han = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(c)) {
                latin++;
            }
            i += Character.charCount(c);
        }
        if (han * HAN_WEIGHT + latin < MIN_LETTERS) {
            return Language.OTHER;
        }
        return han * HAN_WEIGHT >= latin ? Language.CHINESE : Language.ENGLISH;
    }
}
