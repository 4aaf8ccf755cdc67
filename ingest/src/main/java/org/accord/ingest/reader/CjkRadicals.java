package org.accord.ingest.reader;

import java.text.Normalizer;
import java.util.Map;

/**
 * Replaces CJK radical code points with the ideographs they look like. Many Chinese fonts map common characters
 * (大, 青, 行) to the Kangxi radical or CJK radical code points (⼤, ⻘, ⾏), so the text layer of a PDF set in them reads
 * as the same glyphs but different characters, which no dictionary or search matches. Only radicals are touched:
 * full-width punctuation keeps its width, unlike with a general NFKC.
 */
final class CjkRadicals {
    private static final char FIRST_KANGXI = '\u2F00';
    private static final char LAST_KANGXI = '\u2FD5';
    /** The CJK Radicals Supplement characters that stand for a whole simplified or traditional character. */
    private static final Map<Character, Character> SUPPLEMENT = Map.ofEntries(
            Map.entry('\u2E9F', '母'), Map.entry('\u2EA0', '民'), Map.entry('\u2EC1', '虎'), Map.entry('\u2EC4', '西'),
            Map.entry('\u2EC5', '见'), Map.entry('\u2EC6', '角'), Map.entry('\u2EC9', '贝'), Map.entry('\u2ECB', '车'),
            Map.entry('\u2ED1', '長'), Map.entry('\u2ED3', '长'), Map.entry('\u2ED4', '门'), Map.entry('\u2ED8', '青'),
            Map.entry('\u2ED9', '韦'), Map.entry('\u2EDA', '页'), Map.entry('\u2EDB', '风'), Map.entry('\u2EDC', '飞'),
            Map.entry('\u2EDD', '食'), Map.entry('\u2EE2', '马'), Map.entry('\u2EE3', '骨'), Map.entry('\u2EE4', '鬼'),
            Map.entry('\u2EE5', '鱼'), Map.entry('\u2EE6', '鸟'), Map.entry('\u2EE7', '卤'), Map.entry('\u2EE8', '麦'),
            Map.entry('\u2EE9', '黄'), Map.entry('\u2EEA', '黾'), Map.entry('\u2EEC', '齐'), Map.entry('\u2EEE', '齿'),
            Map.entry('\u2EF0', '龙'), Map.entry('\u2EF3', '龟'));

    private CjkRadicals() {
    }

    static String unify(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_KANGXI && c <= LAST_KANGXI) {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                out.append(SUPPLEMENT.getOrDefault(c, c));
            }
        }
        return out.toString();
    }
}
