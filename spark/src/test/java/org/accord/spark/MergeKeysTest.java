package org.accord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.merge.OrganisationRegistry;
import org.accord.core.model.Article;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.junit.jupiter.api.Test;

/**
 * {@link MergeKeys} restates the candidate rules of the merger: every pair of mentions the merger finds to report one
 * signing must share a key, whatever the names (all of the bundled registry's, and names inside others) and dates.
 */
class MergeKeysTest {
    private final OrganisationRegistry registry = OrganisationRegistry.standard();
    private final MergeKeys keys = new MergeKeys(registry);
    private final AgreementMerger merger = new AgreementMerger(registry);

    @Test
    void keys_everyPairOfOneSigning_shareAKey() throws Exception {
        List<String> names = names();
        names.addAll(List.of("省政府", "湖北省政府", "Institute of Advanced Technology",
                "Shenzhen Institute of Advanced Technology", "深圳先进技术研究院", "中国科学院深圳先进技术研究院",
                "The Alpha  Robotics Co.", "alpha robotics co", "市委", "武汉市委"));
        int pairs = 0;
        for (String x : names) {
            for (String y : names) {
                Mention a = mention("a", x, SigningDate.ofDay(LocalDate.of(2023, 5, 30)), null);
                Mention b = mention("b", y, null, LocalDate.of(2023, 7, 28));
                if (merger.sameSigning(a, b)) {
                    pairs++;
                    assertThat(shareKey(a, b)).as("%s and %s", x, y).isTrue();
                }
            }
        }
        assertThat(pairs).isGreaterThan(names.size());
    }

    @Test
    void keys_undatedWithoutPublication_probesEveryMonth() {
        Mention undated = mention("a", "中国电信", null, null);
        Mention dated = mention("b", "中国电信", SigningDate.ofDay(LocalDate.of(2001, 1, 1)), null);

        assertThat(keys.probe(undated)).allMatch(k -> k.month().equals(MergeKeys.ANY_MONTH));
        assertThat(keys.index(undated)).allMatch(k -> k.month().equals(MergeKeys.NO_MONTH));
        assertThat(keys.probe(dated)).extracting(MergeKeys.Key::month).contains("2000-11", "2001-01", "2001-03",
                MergeKeys.NO_MONTH).doesNotContain("2000-10", "2001-04");
    }

    /** Whether the mentions share a key, whichever of its grams a name is keyed by: the first or the last. */
    private boolean shareKey(Mention a, Mention b) {
        for (boolean first : List.of(true, false)) {
            Set<MergeKeys.Key> indexA = new HashSet<>(resolve(keys.index(a), first));
            Set<MergeKeys.Key> indexB = new HashSet<>(resolve(keys.index(b), first));
            if (resolve(keys.probe(a), first).stream().noneMatch(k -> matches(k, indexB))
                    && resolve(keys.probe(b), first).stream().noneMatch(k -> matches(k, indexA))) {
                return false;
            }
        }
        return true;
    }

    /** The keys with their placeholders made as the job makes them, with the first or the last gram. */
    private static List<MergeKeys.Key> resolve(List<MergeKeys.Key> keys, boolean first) {
        return keys.stream().map(k -> {
            if (!k.key().startsWith(MergeKeys.RAREST)) {
                return k;
            }
            List<String> grams = MergeKeys.containedGrams(k.key().substring(2));
            String gram = first ? grams.get(0) : grams.get(grams.size() - 1);
            return new MergeKeys.Key(k.key().charAt(1) + gram.substring(1), k.month());
        }).toList();
    }

    private static boolean matches(MergeKeys.Key probe, Set<MergeKeys.Key> index) {
        return probe.month().equals(MergeKeys.ANY_MONTH) ? index.stream().anyMatch(k -> k.key().equals(probe.key()))
                : index.contains(probe);
    }

    private static Mention mention(String source, String party, SigningDate date, LocalDate published) {
        Evidence evidence = new Evidence("text", 0, 4);
        Article article = new Article(source, null, "", Language.ENGLISH, published, "text");
        return new Mention(article.toSource(), null, List.of(new Fact<>(Organisation.named(party), evidence)),
                date == null ? null : new Fact<>(date, evidence), null, List.of(), List.of(), List.of(), List.of());
    }

    /** Every name of the bundled registry. */
    private static List<String> names() throws Exception {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(OrganisationRegistry.class
                .getResourceAsStream("organisations.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("@")) {
                    names.addAll(List.of(line.strip().split("\\s*\\|\\s*")));
                }
            }
        }
        return names;
    }
}
