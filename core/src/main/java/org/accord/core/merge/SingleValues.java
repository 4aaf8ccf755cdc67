package org.accord.core.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.accord.core.model.Disagreement;
import org.accord.core.model.Disagreement.Field;
import org.accord.core.model.Disagreement.Rule;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.accord.core.model.StatedValue;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the one value of a field (kind, date, place) among those the mentions of one signing state, and tells when
 * they contradict each other. See {@link AgreementMerger} for the rules.
 *
 * @param <T> the kind of value
 */
final class SingleValues<T> {

    /** How values of one field compare. */
    interface Kind<T> {
        String text(T value);

        /** Whether two different values can describe the same thing, one more precisely than the other. */
        boolean agree(T a, T b);

        int precision(T value);

        /** Whether two values can be told apart by comparing them at all. */
        boolean comparable(T a, T b);
    }

    /** What was chosen, and the disagreement when the mentions contradict each other. */
    record Choice<T>(@Nullable T value, Optional<Disagreement> disagreement) {
    }

    static final Kind<SigningDate> DATES = new Kind<>() {
        @Override
        public String text(SigningDate value) {
            return value.iso();
        }

        @Override
        public boolean agree(SigningDate a, SigningDate b) {
            return a.isCompatibleWith(b);
        }

        @Override
        public int precision(SigningDate value) {
            return value.precision() == org.accord.core.model.DatePrecision.DAY ? 1 : 0;
        }

        @Override
        public boolean comparable(SigningDate a, SigningDate b) {
            return true;
        }
    };

    /** Kinds of agreement: wordings that share most of their character pairs say the same ("全球合作协议"). */
    static final Kind<String> KINDS = new Kind<>() {
        @Override
        public String text(String value) {
            return value;
        }

        @Override
        public boolean agree(String a, String b) {
            return WORDINGS.agree(a, b) || KindWording.similar(a, b);
        }

        @Override
        public int precision(String value) {
            return WORDINGS.precision(value);
        }

        @Override
        public boolean comparable(String a, String b) {
            return WORDINGS.comparable(a, b);
        }
    };

    /** Wordings: one that contains another says the same more precisely; scripts are not compared. */
    static final Kind<String> WORDINGS = new Kind<>() {
        @Override
        public String text(String value) {
            return value;
        }

        @Override
        public boolean agree(String a, String b) {
            String x = OrganisationNames.key(a);
            String y = OrganisationNames.key(b);
            return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
        }

        @Override
        public int precision(String value) {
            return OrganisationNames.key(value).length();
        }

        @Override
        public boolean comparable(String a, String b) {
            return OrganisationNames.containsCjk(a) == OrganisationNames.containsCjk(b);
        }
    };

    private final Field field;
    private final Kind<T> kind;

    SingleValues(Field field, Kind<T> kind) {
        this.field = field;
        this.kind = kind;
    }

    /** One distinct value, the articles stating it, and the more precise value it is folded into, if any. */
    private final class Candidate {
        final T value;
        final int order;
        final List<Source> sources = new ArrayList<>();
        @Nullable Candidate refinedBy;

        Candidate(T value, int order) {
            this.value = value;
            this.order = order;
        }

        List<Source> support(List<Candidate> all) {
            List<Source> result = new ArrayList<>(sources);
            all.stream().filter(c -> c.root() == this && c != this).forEach(c -> result.addAll(c.sources));
            return result.stream().distinct().toList();
        }

        Candidate root() {
            Candidate c = this;
            while (c.refinedBy != null) {
                c = c.refinedBy;
            }
            return c;
        }
    }

    /**
     * Chooses among the values the mentions state.
     *
     * @param mentions the mentions of one signing, in source order
     */
    Choice<T> choose(List<Mention> mentions, Function<Mention, @Nullable Fact<T>> values) {
        List<Candidate> candidates = candidates(mentions, values);
        if (candidates.isEmpty()) {
            return new Choice<>(null, Optional.empty());
        }
        foldLessPrecise(candidates);
        List<Candidate> finals = candidates.stream().filter(c -> c.refinedBy == null).toList();
        List<Comparator<Candidate>> rules = rules(candidates);
        Comparator<Candidate> order = rules.stream().reduce(Comparator::thenComparing).orElseThrow();
        List<Candidate> ranked = finals.stream().sorted(order).toList();
        Candidate chosen = ranked.get(0);
        return new Choice<>(chosen.value, disagreement(chosen, ranked, rules, candidates));
    }

    private List<Candidate> candidates(List<Mention> mentions, Function<Mention, @Nullable Fact<T>> values) {
        Map<String, Candidate> byText = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            Fact<T> fact = values.apply(mention);
            if (fact != null) {
                byText.computeIfAbsent(kind.text(fact.value()), t -> new Candidate(fact.value(), byText.size()))
                        .sources.add(mention.source());
            }
        }
        return List.copyOf(byText.values());
    }

    /** A value is folded into the most precise value that agrees with it, the best supported of those first. */
    private void foldLessPrecise(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            c.refinedBy = candidates.stream()
                    .filter(d -> d != c && kind.agree(c.value, d.value)
                            && kind.precision(d.value) > kind.precision(c.value))
                    .max(Comparator.comparingInt((Candidate d) -> kind.precision(d.value))
                            .thenComparingInt(d -> d.sources.size())
                            .thenComparing(d -> -d.order))
                    .orElse(null);
        }
    }

    /** The rules of {@link Rule}, in order, each as a comparator putting the better candidate first. */
    private List<Comparator<Candidate>> rules(List<Candidate> all) {
        return List.of(
                Comparator.comparingInt((Candidate c) -> -c.support(all).size()),
                Comparator.comparing((Candidate c) -> firstPublished(c.support(all)),
                        Comparator.nullsLast(Comparator.naturalOrder())),
                Comparator.comparingInt((Candidate c) -> c.order));
    }

    private static @Nullable LocalDate firstPublished(List<Source> sources) {
        return sources.stream().map(Source::published).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
    }

    private Optional<Disagreement> disagreement(Candidate chosen, List<Candidate> ranked,
            List<Comparator<Candidate>> rules, List<Candidate> all) {
        boolean contradicted = ranked.stream().anyMatch(a -> ranked.stream()
                .anyMatch(b -> a != b && kind.comparable(a.value, b.value) && !kind.agree(a.value, b.value)));
        if (!contradicted) {
            return Optional.empty();
        }
        int decisive = 0;
        for (Candidate other : ranked.subList(1, ranked.size())) {
            int level = 0;
            while (level < rules.size() - 1 && rules.get(level).compare(chosen, other) == 0) {
                level++;
            }
            decisive = Math.max(decisive, level);
        }
        List<StatedValue> stated = new ArrayList<>();
        stated.add(new StatedValue(kind.text(chosen.value), chosen.sources));
        all.stream().filter(c -> c != chosen).sorted(Comparator.comparingInt((Candidate c) -> c.root() == chosen
                ? 0 : 1).thenComparingInt(c -> c.order)).forEach(c -> stated.add(new StatedValue(kind.text(c.value),
                c.sources)));
        Rule rule = List.of(Rule.MOST_ARTICLES, Rule.FIRST_PUBLISHED, Rule.FIRST_SOURCE).get(decisive);
        return Optional.of(new Disagreement(field, kind.text(chosen.value), rule, stated));
    }
}
