package org.accord.core.merge;

import java.util.HashSet;
import java.util.Set;

/** Compares how two articles word the kind of an agreement ("global cooperation agreement", "全球性合作协议"). */
final class KindWording {
    private KindWording() {
    }

    /**
     * Whether two wordings say the same: at least half of the shorter one's character pairs are in the longer one
     * (character pairs, so that it works without segmenting Chinese). Wordings in different scripts are never similar.
     */
    static boolean similar(String a, String b) {
        if (OrganisationNames.containsCjk(a) != OrganisationNames.containsCjk(b)) {
            return false;
        }
        Set<String> x = pairs(OrganisationNames.key(a));
        Set<String> y = pairs(OrganisationNames.key(b));
        Set<String> fewer = x.size() <= y.size() ? x : y;
        Set<String> more = fewer == x ? y : x;
        if (fewer.isEmpty()) {
            return false;
        }
        long shared = fewer.stream().filter(more::contains).count();
        return shared * 2 >= fewer.size();
    }

    private static Set<String> pairs(String key) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= key.length(); i++) {
            pairs.add(key.substring(i, i + 2));
        }
        return pairs;
    }
}
