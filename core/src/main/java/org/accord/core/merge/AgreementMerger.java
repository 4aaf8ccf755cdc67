package org.accord.core.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.accord.core.model.Agreement;
import org.accord.core.model.Attendee;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.jspecify.annotations.Nullable;

/**
 * Merges mentions that report the same signing into one {@link Agreement}.
 *
 * <p>Two mentions from different articles report the same signing when they name as many parties, or one names a
 * single party, and every party of the one with fewer parties is a party of the other (by the {@link OrganisationRegistry} or {@link OrganisationNames#sameOrganisation}) and their
 * dates are compatible: equal to the precision both state, or, when one is missing, the article without a date was
 * published within {@value #UNDATED_WINDOW_DAYS} days of the other's signing. Two mentions from one article are always two signings:
 * an article that reports several signings lists them separately. Merging is transitive.
 *
 * <p>Values of a merged agreement: parties from the mention naming the most, each under the longest name any mention
 * uses; lists (attendees, fields, principles, commitments) are the union in mention order. A single value (kind,
 * date, place) is chosen among those the mentions state: a value that agrees with a more precise one ("2021-12" and
 * "2021-12-15", "Beijing" and "Tsinghua University, Beijing") is folded into it; among the values left, the one the
 * most articles support wins, then the one of the article published first, then the one of the first article by
 * source. {@link Disagreements#of} tells which rule decided when the values contradict each other. The result does
 * not depend on the input order, because mentions are sorted by source first.
 *
 * <pre>{@code
 * List<Agreement> agreements = new AgreementMerger().merge(mentions);
 * }</pre>
 */
public final class AgreementMerger {
    static final int UNDATED_WINDOW_DAYS = 60;

    private final OrganisationRegistry registry;

    /** A merger that knows the organisations of the bundled registry ({@link OrganisationRegistry#standard()}). */
    public AgreementMerger() {
        this(OrganisationRegistry.standard());
    }

    /**
     * A merger that knows the organisations of the given registry: "澳門大學" in one article and "University of
     * Macau" in another are one party when the registry lists both names of it.
     */
    public AgreementMerger(OrganisationRegistry registry) {
        this.registry = java.util.Objects.requireNonNull(registry, "registry");
    }

    /**
     * Merges the mentions.
     *
     * @param mentions mentions from any number of articles, in any order
     * @return the agreements, ordered by date (undated last) and identifier, each with a unique identifier
     */
    public List<Agreement> merge(List<Mention> mentions) {
        List<Mention> ordered = mentions.stream()
                .sorted(Comparator.comparing((Mention m) -> m.source().source())).toList();
        List<int[]> pairs = new CandidatePairs(registry).of(ordered).stream()
                .filter(p -> sameSigning(ordered.get(p[0]), ordered.get(p[1])))
                .toList();
        MentionGroups groups = new MentionGroups(ordered);
        pairs.stream()
                .filter(p -> fullyNamed(ordered.get(p[0])) && fullyNamed(ordered.get(p[1])))
                .sorted(Comparator.comparingInt((int[] p) -> -closeness(ordered.get(p[0]), ordered.get(p[1]))))
                .forEach(p -> groups.joinUnlessSameArticle(p[0], p[1]));
        joinSinglePartyMentions(ordered, pairs, groups);
        List<Agreement> agreements = new ArrayList<>(groups.groups().stream().map(this::combine).toList());
        agreements.sort(Comparator.comparing((Agreement a) -> a.signedOn() == null ? LocalDate.MAX : a.signedOn().date())
                .thenComparing(Agreement::id));
        return withUniqueIds(agreements);
    }

    private static boolean fullyNamed(Mention mention) {
        return mention.parties().size() >= 2;
    }

    /**
     * How closely two mentions of one signing agree beyond their parties, so that where an article reports two
     * signings between the same parties, another article's mention joins the one it describes best: the same day,
     * the same number of parties, the same kind of agreement in other words ("全球合作协议", "全球性合作协议").
     */
    private static int closeness(Mention a, Mention b) {
        SigningDate x = value(a.signedOn());
        SigningDate y = value(b.signedOn());
        int score = x != null && x.equals(y) ? 2 : 0;
        score += a.parties().size() == b.parties().size() ? 1 : 0;
        if (a.kind() != null && b.kind() != null && KindWording.similar(a.kind().value(), b.kind().value())) {
            score += 2;
        }
        return score;
    }

    /**
     * A mention naming one party joins the signing it can only be: with two candidate signings it would bridge them
     * into one ("中国人民大学" alone fits a Hebei signing and a Macao one), so it stays on its own.
     */
    private void joinSinglePartyMentions(List<Mention> ordered, List<int[]> pairs, MentionGroups groups) {
        Map<Integer, List<Integer>> partners = new HashMap<>();
        for (int[] p : pairs) {
            partners.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
            partners.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[0]);
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (fullyNamed(ordered.get(i))) {
                continue;
            }
            int mention = i;
            java.util.Set<Integer> candidates = new java.util.TreeSet<>();
            for (int j : partners.getOrDefault(i, List.of())) {
                if (groups.canJoin(mention, j)) {
                    candidates.add(groups.find(j));
                }
            }
            if (candidates.size() == 1) {
                groups.joinUnlessSameArticle(i, candidates.iterator().next());
            }
        }
    }

    /** Whether two mentions report the same signing. */
    public boolean sameSigning(Mention a, Mention b) {
        if (a.source().source().equals(b.source().source())) {
            return false;
        }
        return sameParties(a.partyValues(), b.partyValues()) && compatibleDates(a, b);
    }

    private boolean sameOrganisation(Organisation a, Organisation b) {
        return registry.sameOrganisation(a, b) || OrganisationNames.sameOrganisation(a, b);
    }

    private boolean sameParties(List<Organisation> a, List<Organisation> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        List<Organisation> fewer = a.size() <= b.size() ? a : b;
        List<Organisation> more = fewer == a ? b : a;
        // A mention naming one party may have missed the other; one naming two of three is another agreement
        // (a bilateral one beside a tripartite one signed at the same ceremony).
        if (fewer.size() != more.size() && fewer.size() > 1) {
            return false;
        }
        return covers(fewer, more) && (fewer.size() < more.size() || covers(more, fewer));
    }

    /** Whether each of some organisations is one of others. */
    private boolean covers(List<Organisation> some, List<Organisation> others) {
        return some.stream().allMatch(x -> others.stream().anyMatch(y -> sameOrganisation(x, y)));
    }

    private static boolean compatibleDates(Mention a, Mention b) {
        SigningDate x = value(a.signedOn());
        SigningDate y = value(b.signedOn());
        if (x != null && y != null) {
            return x.isCompatibleWith(y);
        }
        LocalDate dx = x != null ? x.date() : a.source().published();
        LocalDate dy = y != null ? y.date() : b.source().published();
        return dx == null || dy == null || Math.abs(ChronoUnit.DAYS.between(dx, dy)) <= UNDATED_WINDOW_DAYS;
    }

    /**
     * The agreement of mentions already known to report one signing (a group {@link #merge} made earlier and a store
     * kept), with the values {@link #merge} would give it and the identifier made of its date and parties.
     *
     * @param mentions the mentions of one signing, at least one, in any order
     */
    public Agreement agreementOf(List<Mention> mentions) {
        com.google.common.base.Preconditions.checkArgument(!mentions.isEmpty(), "an agreement needs a mention");
        return combine(mentions.stream().sorted(Comparator.comparing((Mention m) -> m.source().source())).toList());
    }

    private Agreement combine(List<Mention> mentions) {
        List<Organisation> parties = parties(mentions);
        SigningDate date = Disagreements.DATES.choose(mentions, Mention::signedOn).value();
        return new Agreement(
                AgreementIds.of(date, parties),
                Disagreements.KINDS.choose(mentions, Mention::kind).value(),
                parties,
                date,
                Disagreements.LOCATIONS.choose(mentions, Mention::location).value(),
                attendees(mentions),
                union(mentions, Mention::fields),
                union(mentions, Mention::principles),
                union(mentions, Mention::commitments),
                mentions);
    }

    private List<Organisation> parties(List<Mention> mentions) {
        Mention fullest = mentions.stream().max(Comparator.comparingInt((Mention m) -> m.parties().size())).orElseThrow();
        List<Organisation> result = new ArrayList<>();
        for (Organisation party : fullest.partyValues()) {
            List<String> names = new ArrayList<>(party.allNames());
            for (Mention other : mentions) {
                other.partyValues().stream().filter(o -> sameOrganisation(o, party))
                        .forEach(o -> names.addAll(o.allNames()));
            }
            String longest = names.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
            result.add(new Organisation(longest, names));
        }
        return result;
    }

    private static List<Attendee> attendees(List<Mention> mentions) {
        Map<String, Attendee> byName = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            for (Fact<Attendee> fact : mention.attendees()) {
                byName.putIfAbsent(OrganisationNames.key(fact.value().person().name()), fact.value());
            }
        }
        return List.copyOf(byName.values());
    }

    private static List<String> union(List<Mention> mentions, Function<Mention, List<Fact<String>>> field) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            for (Fact<String> fact : field.apply(mention)) {
                byKey.putIfAbsent(OrganisationNames.key(fact.value()), fact.value());
            }
        }
        return List.copyOf(byKey.values());
    }

    private static <T> @Nullable T value(@Nullable Fact<T> fact) {
        return fact == null ? null : fact.value();
    }

    private static List<Agreement> withUniqueIds(List<Agreement> agreements) {
        Map<String, Integer> seen = new HashMap<>();
        List<Agreement> result = new ArrayList<>();
        for (Agreement a : agreements) {
            int n = seen.merge(a.id(), 1, Integer::sum);
            result.add(n == 1 ? a : new Agreement(a.id() + "-" + n, a.kind(), a.parties(), a.signedOn(),
                    a.location(), a.attendees(), a.fields(), a.principles(), a.commitments(), a.mentions()));
        }
        return result;
    }
}
