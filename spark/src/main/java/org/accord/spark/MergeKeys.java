package org.accord.spark;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.merge.OrganisationRegistry;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.jspecify.annotations.Nullable;

/**
 * The blocking keys of the distributed merge: two mentions that {@link
 * org.accord.core.merge.AgreementMerger#sameSigning} may find to report one signing always share a key, so comparing
 * only the mentions that share one finds every pair the merger would join, without comparing every mention with
 * every other.
 *
 * <p>Each mention is <em>indexed</em> under keys made from every name of every party, and <em>probes</em> with keys
 * made from the names of one party only: for two mentions of one signing, each party of the one naming fewer (or
 * either, when they name as many) is an organisation of the other, so the prober's one party meets the other in the
 * index whichever party it is. Two organisations are one ({@link OrganisationRegistry#sameOrganisation},
 * {@link OrganisationNames#sameOrganisation}) when a name of each
 * <ul>
 * <li>has the same {@link OrganisationNames#key} ({@code =key} on both sides),
 * <li>is listed under one registry entry ({@code #usual name} on both sides),
 * <li>contains the other, the shorter being at least four characters with a Chinese one, six without: any such
 *     n-gram of the shorter name is one of the longer's, so the shorter is keyed by one of its n-grams, the one
 *     fewest names contain, and the longer by all of its own ({@code S}: the prober is the shorter, {@code T}: the
 *     indexed name is); the rarest n-gram keeps common words ("universit", "大学") from making huge blocks,
 * <li>or is a local government's three characters ("省政府") ending the other ({@code g}, {@code G} likewise).
 * </ul>
 *
 * <p>A key is paired with a month: mentions can only be one signing when their dates agree, to the month when both
 * are dated, within 60 days when one is not (a date is then its article's publication date). A mention is indexed
 * under the month of its date and probes the months within 60 days of it; one with no date at all is indexed under
 * {@value #NO_MONTH} and probes {@value #ANY_MONTH}, every month.
 *
 * <p>These rules restate those of {@code org.accord.core.merge.CandidatePairs}, which is not public; the tests hold
 * the two together (a pair of names the merger finds the same organisation must share a key).
 */
final class MergeKeys {
    /** The month of a mention with neither a signing date nor a publication date. */
    static final String NO_MONTH = "-";
    /** Probes every month: a mention with no date may be one signing with any mention. */
    static final String ANY_MONTH = "*";
    /**
     * Starts a key still to be made: {@code ?S} or {@code ?T}, then a name's key; the job replaces it with
     * {@code S} or {@code T} and the rarest of the name's {@link #containedGrams}, counted over the whole input.
     */
    static final String RAREST = "?";

    private static final int MIN_CONTAINED_LATIN = 6;
    private static final int MIN_CONTAINED_CJK = 4;
    private static final String ADMINISTRATIVE_LEVELS = "省市区區县縣州镇鎮";
    private static final int UNDATED_WINDOW_DAYS = 60;

    private final OrganisationRegistry registry;

    /** @param registry the registry the merger uses */
    MergeKeys(OrganisationRegistry registry) {
        this.registry = registry;
    }

    /** A key and the month it is in. */
    record Key(String key, String month) {
    }

    /** The keys a mention is indexed under. */
    List<Key> index(Mention mention) {
        Set<String> keys = new LinkedHashSet<>();
        for (Organisation party : mention.partyValues()) {
            for (String name : party.allNames()) {
                String key = OrganisationNames.key(name);
                if (key.isEmpty()) {
                    continue;
                }
                keys.add("=" + key);
                registry.usualName(name).ifPresent(usual -> keys.add("#" + usual));
                grams(key, MIN_CONTAINED_CJK).forEach(g -> keys.add("S" + g));
                grams(key, MIN_CONTAINED_LATIN).forEach(g -> keys.add("S" + g));
                if (key.length() >= minimumContained(key)) {
                    keys.add(RAREST + "T" + key);
                }
                if (key.length() > 3) {
                    keys.add("g" + key.substring(key.length() - 3));
                }
                if (isLocalGovernment(key)) {
                    keys.add("G" + key);
                }
            }
        }
        String month = month(anchor(mention));
        return keys.stream().map(k -> new Key(k, month)).toList();
    }

    /** The keys a mention probes the index with: one party's, in the months its signing may be in. */
    List<Key> probe(Mention mention) {
        List<Organisation> parties = mention.partyValues();
        if (parties.isEmpty()) {
            return List.of();
        }
        // Any one party finds every mention of the signing; the longest name is likely the rarest.
        Organisation party = parties.stream()
                .max(Comparator.comparingInt((Organisation p) -> OrganisationNames.key(p.name()).length()))
                .orElseThrow();
        Set<String> keys = new LinkedHashSet<>();
        for (String name : party.allNames()) {
            String key = OrganisationNames.key(name);
            if (key.isEmpty()) {
                continue;
            }
            keys.add("=" + key);
            registry.usualName(name).ifPresent(usual -> keys.add("#" + usual));
            if (key.length() >= minimumContained(key)) {
                keys.add(RAREST + "S" + key);
            }
            grams(key, MIN_CONTAINED_CJK).forEach(g -> keys.add("T" + g));
            grams(key, MIN_CONTAINED_LATIN).forEach(g -> keys.add("T" + g));
            if (isLocalGovernment(key)) {
                keys.add("g" + key);
            }
            if (key.length() > 3) {
                keys.add("G" + key.substring(key.length() - 3));
            }
        }
        List<String> months = months(anchor(mention));
        List<Key> result = new ArrayList<>(keys.size() * months.size());
        for (String key : keys) {
            for (String month : months) {
                result.add(new Key(key, month));
            }
        }
        return result;
    }

    /** The date two mentions' dates are compared by: the signing's, else the article's publication. */
    private static @Nullable LocalDate anchor(Mention mention) {
        return mention.signedOn() != null ? mention.signedOn().value().date() : mention.source().published();
    }

    private static String month(@Nullable LocalDate date) {
        return date == null ? NO_MONTH : YearMonth.from(date).toString();
    }

    /** The months a mention's partners may be indexed under, with {@link #NO_MONTH}; every month when undated. */
    private static List<String> months(@Nullable LocalDate date) {
        if (date == null) {
            return List.of(ANY_MONTH);
        }
        List<String> months = new ArrayList<>();
        YearMonth last = YearMonth.from(date.plusDays(UNDATED_WINDOW_DAYS));
        for (YearMonth m = YearMonth.from(date.minusDays(UNDATED_WINDOW_DAYS)); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        months.add(NO_MONTH);
        return months;
    }

    /** How long a name's key must be to be found inside a longer name. */
    private static int minimumContained(String key) {
        return key.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? MIN_CONTAINED_CJK : MIN_CONTAINED_LATIN;
    }

    /**
     * The grams of a name's key one of which stands for it in {@code S} and {@code T} keys: its n-grams, n as long as
     * a name must be to be found inside another. Each is in every name containing this one. The job takes the one
     * fewest names contain ({@link #RAREST}), so that the blocks it makes stay small.
     *
     * @return {@code S} keys, as the longer names are indexed under them
     */
    static List<String> containedGrams(String key) {
        return grams(key, minimumContained(key)).stream().map(g -> "S" + g).toList();
    }

    private static List<String> grams(String key, int n) {
        List<String> grams = new ArrayList<>();
        for (int start = 0; start + n <= key.length(); start++) {
            grams.add(n + key.substring(start, start + n));
        }
        return grams;
    }

    private static boolean isLocalGovernment(String key) {
        return key.length() == 3 && ADMINISTRATIVE_LEVELS.indexOf(key.charAt(0)) >= 0;
    }
}
