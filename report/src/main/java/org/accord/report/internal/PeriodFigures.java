package org.accord.report.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.model.Agreement;
import org.accord.core.model.Organisation;
import org.accord.core.query.AgreementQuery;
import org.accord.report.Period;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a periodic report, worked out from every agreement of a store: the period's agreements, their
 * organisations, which of these are new partners, the fields, partners by type, and agreements per month for the
 * period and the months before it.
 *
 * <p>An agreement is in a month as {@link AgreementQuery#monthsOf} says (its signing month, or, when undated, the
 * months its articles were published in). An organisation is a new partner when no agreement wholly before the
 * period has a party of that name or alias (compared as {@link OrganisationNames#key} does).
 *
 * <p>Internal to the report module and not part of its API: public only because {@link org.accord.report.Reports}
 * and the period briefing, in other packages, share it. Callers use {@code Reports.writePeriodBriefing} or
 * {@link org.accord.report.Briefing}, which work it out so:
 *
 * <pre>{@code
 * PeriodFigures figures = PeriodFigures.of(store.agreements(), options.period());
 * int newPartners = figures.newPartners().size();  // a headline figure of the cover
 * PeriodBriefing.write(figures, options, out);
 * }</pre>
 *
 * @param period the period
 * @param agreements the period's agreements, in {@link AgreementQuery#ORDER}
 * @param organisations the period's parties, each once, in order of first appearance
 * @param newPartners those of {@code organisations} new in this period
 * @param fields the distinct fields of cooperation of the period, in order of first appearance
 * @param partnerTypes the number of the period's organisations of each type, types with none left out
 * @param months agreements per month, for six months before the period ({@code MONTHS_BEFORE}) and the period's
 *     months
 */
public record PeriodFigures(
        Period period,
        List<Agreement> agreements,
        List<Organisation> organisations,
        List<Organisation> newPartners,
        List<String> fields,
        Map<PartnerType, Integer> partnerTypes,
        SortedMap<YearMonth, Integer> months) {

    /** How many months before the period the month chart shows. */
    static final int MONTHS_BEFORE = 6;

    /** Copies every collection. */
    public PeriodFigures {
        agreements = List.copyOf(agreements);
        organisations = List.copyOf(organisations);
        newPartners = List.copyOf(newPartners);
        fields = List.copyOf(fields);
        partnerTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(partnerTypes));
        months = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(months));
    }

    /**
     * The figures of a period. Only the period's agreements are kept; the others are read and let go.
     *
     * @param all every agreement known, in any order; iterated once
     * @param period the period
     */
    public static PeriodFigures of(Iterable<Agreement> all, Period period) {
        return of(all, period, new MonthlyCounts());
    }

    /**
     * The figures of a period, read in one pass over every agreement, which also counts every agreement into
     * {@code everyMonth}: what the workbook's Monthly sheet needs, without another pass.
     *
     * @param all every agreement known, in any order; iterated once
     * @param period the period
     * @param everyMonth where to count every agreement in its months
     */
    public static PeriodFigures of(Iterable<Agreement> all, Period period, MonthlyCounts everyMonth) {
        List<Agreement> inPeriod = new ArrayList<>();
        Set<String> earlierNames = new HashSet<>();
        for (Agreement agreement : all) {
            everyMonth.add(agreement);
            List<YearMonth> months = AgreementQuery.monthsOf(agreement);
            if (months.stream().anyMatch(period::contains)) {
                inPeriod.add(agreement);
            } else if (!months.isEmpty() && months.get(months.size() - 1).isBefore(period.from())) {
                agreement.parties().forEach(p -> p.allNames().forEach(n -> earlierNames.add(OrganisationNames.key(n))));
            }
        }
        inPeriod.sort(AgreementQuery.ORDER);
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        Set<String> fieldKeys = new HashSet<>();
        List<String> fields = new ArrayList<>();
        for (Agreement agreement : inPeriod) {
            for (Organisation party : agreement.parties()) {
                organisations.putIfAbsent(OrganisationNames.key(party.name()), party);
            }
            for (String field : agreement.fields()) {
                if (fieldKeys.add(OrganisationNames.key(field))) {
                    fields.add(field);
                }
            }
        }
        List<Organisation> newPartners = organisations.values().stream()
                .filter(o -> o.allNames().stream().map(OrganisationNames::key).noneMatch(earlierNames::contains))
                .toList();
        Map<PartnerType, Integer> types = new EnumMap<>(PartnerType.class);
        for (Organisation organisation : organisations.values()) {
            types.merge(PartnerType.of(organisation.name()), 1, Integer::sum);
        }
        SortedMap<YearMonth, Integer> months = everyMonth.between(period.from().minusMonths(MONTHS_BEFORE), period.to());
        return new PeriodFigures(period, inPeriod, List.copyOf(organisations.values()), newPartners, fields, types,
                months);
    }

    /**
     * The period's agreements in {@link AgreementQuery#ORDER}, read from {@code all} each time they are iterated, so
     * that none is held in memory, when {@code all} gives them in that order (as a store does); else sorted into a
     * list, which holds the period's agreements but none of the others.
     *
     * @param all every agreement known; it must give the same agreements each time it is iterated
     * @param period the period
     */
    public static Iterable<Agreement> inPeriod(Iterable<Agreement> all, Period period) {
        Iterable<Agreement> view = () -> StreamSupport.stream(all.spliterator(), false)
                .filter(a -> AgreementQuery.monthsOf(a).stream().anyMatch(period::contains)).iterator();
        @Nullable Agreement previous = null;
        for (Agreement agreement : view) {
            if (previous != null && AgreementQuery.ORDER.compare(previous, agreement) > 0) {
                List<Agreement> sorted = new ArrayList<>();
                view.forEach(sorted::add);
                sorted.sort(AgreementQuery.ORDER);
                return sorted;
            }
            previous = agreement;
        }
        return view;
    }
}
