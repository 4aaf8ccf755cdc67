package org.accord.ingest.extract;

import com.hankcs.hanlp.HanLP;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms a Chinese word takes in each script: simplified, traditional, and the traditional of Taiwan and of Hong
 * Kong, by HanLP's converter. Articles from Macao, Hong Kong and Taiwan write "簽署儀式", "副處長", and a data file
 * written in one script must match them all.
 */
final class ChineseScripts {
    private ChineseScripts() {
    }

    /** The entries and every other form of each, entries first, each once. */
    static List<String> inEveryScript(List<String> entries) {
        Set<String> forms = new LinkedHashSet<>(entries);
        for (String entry : entries) {
            forms.add(HanLP.convertToSimplifiedChinese(entry));
            forms.add(HanLP.convertToTraditionalChinese(entry));
            forms.add(HanLP.s2tw(entry));
            forms.add(HanLP.s2hk(entry));
        }
        return List.copyOf(forms);
    }
}
