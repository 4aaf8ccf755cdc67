package org.accord.core.merge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.jspecify.annotations.Nullable;

/**
 * The pairs of mentions that may report one signing, found through an index instead of comparing every mention with
 * every other: merging a store of a hundred thousand mentions must not cost ten billion comparisons.
 *
 * <p>The index is exact for the rules of {@link OrganisationNames#sameName} and {@link OrganisationRegistry}: two names
 * that either of them matches share a key. Equal names share their {@link OrganisationNames#key}; names the registry
 * lists under one entry share that entry; a name contained in another shares each of its n-grams (of the length
 * containment requires) with it, so the rarest of those is enough to find it; and a local government ("省政府")
 * shares its three characters with the end of the full name.
 *
 * <p>It is exact for the merger's dates too: two mentions can only report one signing when their dates are in one
 * month, or, when one is undated, its article's publication is within {@value AgreementMerger#UNDATED_WINDOW_DAYS}
 * days of the other's date ({@link AgreementMerger#sameSigning}). So each mention is indexed under the month of that
 * date, and looks only in the months within that many days of it, and among the mentions with no date at all; one
 * with no date at all looks in every month. Without the months, a party named in thousands of articles over the years
 * (a crawl of syndicated news) would pair every one of them with every other.
 */
final class CandidatePairs {
    private final OrganisationRegistry registry;

    CandidatePairs(OrganisationRegistry registry) {
        this.registry = registry;
    }

    /**
     * The pairs (i, j), i &lt; j, of mentions that share a key in months their dates allow, each once, in order.
     *
     * @param mentions the mentions, indexed by their position
     */
    List<int[]> of(List<Mention> mentions) {
        // The mentions under each key, by the month of their date (null when undated), each list in order.
        Map<String, Map<YearMonth, List<Integer>>> postings = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            YearMonth month = month(anchor(mentions.get(i)));
            for (String key : indexKeys(mentions.get(i))) {
                List<Integer> list = postings.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(month, m -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                    sizes.merge(key, 1, Integer::sum);
                }
            }
        }
        // A pair is found from the side of the shorter name, which may be either mention.
        PairCodes found = new PairCodes(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            LocalDate anchor = anchor(mentions.get(i));
            for (String key : probeKeys(mentions.get(i), sizes)) {
                Map<YearMonth, List<Integer>> byMonth = postings.get(key);
                if (byMonth == null) {
                    continue;
                }
                for (List<Integer> list : anchor == null ? byMonth.values() : months(anchor, byMonth)) {
                    for (int j : list) {
                        if (j != i) {
                            found.add(Math.min(i, j), Math.max(i, j));
                        }
                    }
                }
            }
        }
        return found.distinctPairs();
    }

    /** The date the merger compares a mention's by: its signing's, else its article's publication. */
    private static @Nullable LocalDate anchor(Mention mention) {
        return mention.signedOn() != null ? mention.signedOn().value().date() : mention.source().published();
    }

    private static @Nullable YearMonth month(@Nullable LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }

    /** The postings of the months a partner of a mention dated so may be in, and of the undated mentions. */
    private static List<List<Integer>> months(LocalDate anchor, Map<YearMonth, List<Integer>> byMonth) {
        List<List<Integer>> lists = new ArrayList<>();
        YearMonth last = YearMonth.from(anchor.plusDays(AgreementMerger.UNDATED_WINDOW_DAYS));
        for (YearMonth m = YearMonth.from(anchor.minusDays(AgreementMerger.UNDATED_WINDOW_DAYS)); !m.isAfter(last);
                m = m.plusMonths(1)) {
            lists.add(byMonth.getOrDefault(m, List.of()));
        }
        lists.add(byMonth.getOrDefault(null, List.of()));
        return lists;
    }

    /** Pairs of mention positions packed in longs (eight bytes a pair, not the sixty of a boxed set's entry). */
    private static final class PairCodes {
        private final long count;
        private long[] codes = new long[1024];
        private int size;

        PairCodes(int count) {
            this.count = count;
        }

        void add(int i, int j) {
            if (size == codes.length) {
                codes = java.util.Arrays.copyOf(codes, codes.length * 2);
            }
            codes[size++] = i * count + j;
        }

        /** Each pair once, ordered by its first mention, then its second. */
        List<int[]> distinctPairs() {
            long[] sorted = java.util.Arrays.copyOf(codes, size);
            java.util.Arrays.sort(sorted);
            List<int[]> pairs = new ArrayList<>();
            for (int k = 0; k < sorted.length; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) {
                    pairs.add(new int[] {(int) (sorted[k] / count), (int) (sorted[k] % count)});
                }
            }
            return pairs;
        }
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
    private List<String> probeKeys(Mention mention, Map<String, Integer> sizes) {
        List<String> keys = new ArrayList<>();
        for (String name : names(mention)) {
            String key = OrganisationNames.key(name);
            keys.add("=" + key);
            registry.entryOf(name).ifPresent(entry -> keys.add("#" + entry));
            grams(key, OrganisationNames.minimumContained(key)).stream()
                    .min(Comparator.comparingInt((String g) -> sizes.getOrDefault(g, 0))
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
