package org.accord.core.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;

/**
 * The pairs of mentions that may name a party in common, found through an index instead of comparing every mention
 * with every other: merging a store of a hundred thousand mentions must not cost ten billion comparisons.
 *
 * <p>The index is exact for the rules of {@link OrganisationNames#sameName} and {@link OrganisationRegistry}: two names
 * that either of them matches share a key. Equal names share their {@link OrganisationNames#key}; names the registry
 * lists under one entry share that entry; a name contained in another shares each of its n-grams (of the length
 * containment requires) with it, so the rarest of those is enough to find it; and a local government ("省政府")
 * shares its three characters with the end of the full name.
 */
final class CandidatePairs {
    private final OrganisationRegistry registry;

    CandidatePairs(OrganisationRegistry registry) {
        this.registry = registry;
    }

    /**
     * The pairs (i, j), i &lt; j, of mentions that share a key, each once, in order.
     *
     * @param mentions the mentions, indexed by their position
     */
    List<int[]> of(List<Mention> mentions) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            for (String key : indexKeys(mentions.get(i))) {
                List<Integer> list = postings.computeIfAbsent(key, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
        // A pair is found from the side of the shorter name, which may be either mention.
        Set<Long> found = new TreeSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            for (String key : probeKeys(mentions.get(i), postings)) {
                for (int j : postings.getOrDefault(key, List.of())) {
                    if (j != i) {
                        found.add((long) Math.min(i, j) * mentions.size() + Math.max(i, j));
                    }
                }
            }
        }
        List<int[]> pairs = new ArrayList<>(found.size());
        for (long pair : found) {
            pairs.add(new int[] {(int) (pair / mentions.size()), (int) (pair % mentions.size())});
        }
        return pairs;
    }

    /** Every key a mention is found under. */
    private List<String> indexKeys(Mention mention) {
        List<String> keys = new ArrayList<>();
        for (String name : names(mention)) {
            String key = OrganisationNames.key(name);
            keys.add("=" + key);
            registry.entryOf(name).ifPresent(entry -> keys.add("#" + entry));
            // A contained name is compared by its own script's length, whatever the containing name's script is.
            keys.addAll(grams(key, OrganisationNames.MIN_CONTAINED_CJK));
            keys.addAll(grams(key, OrganisationNames.MIN_CONTAINED_LATIN));
            if (key.length() > 3) {
                keys.add("~" + key.substring(key.length() - 3));
            }
        }
        return keys;
    }

    /** The keys that find every mention that may share a party with this one: the fewest for each name. */
    private List<String> probeKeys(Mention mention, Map<String, List<Integer>> postings) {
        List<String> keys = new ArrayList<>();
        for (String name : names(mention)) {
            String key = OrganisationNames.key(name);
            keys.add("=" + key);
            registry.entryOf(name).ifPresent(entry -> keys.add("#" + entry));
            grams(key, OrganisationNames.minimumContained(key)).stream()
                    .min(Comparator.comparingInt((String g) -> postings.getOrDefault(g, List.of()).size())
                            .thenComparing(Comparator.naturalOrder()))
                    .ifPresent(keys::add);
            if (key.length() == 3) {
                keys.add("~" + key);
            }
        }
        return keys;
    }

    private static List<String> names(Mention mention) {
        return mention.partyValues().stream().map(Organisation::allNames).flatMap(List::stream).toList();
    }

    /** The n-grams of a name's key. */
    private static List<String> grams(String key, int n) {
        List<String> grams = new ArrayList<>();
        for (int start = 0; start + n <= key.length(); start++) {
            grams.add(">" + n + key.substring(start, start + n));
        }
        return grams;
    }
}
