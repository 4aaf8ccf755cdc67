package org.accord.core.query;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.model.Agreement;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Which agreements to show: an immutable set of criteria, all of which an agreement must meet. Each {@code with...}
 * method returns a new query; a criterion left unset matches every agreement.
 *
 * <ul>
 *   <li><b>Month</b>: an agreement with a signing date ({@link Agreement#signedOn()}, to the day or to the month) is
 *       in the month of that date. An undated agreement is in every month in which one of its mentions' articles was
 *       published, and in no month when none states a publication date.
 *   <li><b>Party</b>: some party, by its name or any of its aliases, is the named organisation as
 *       {@link OrganisationNames#sameName} compares names (case, width, spacing and punctuation ignored; a long
 *       enough name matches a name containing it).
 *   <li><b>Field</b>: some field of cooperation contains the text as whole words (each Chinese character counts as
 *       a word), without regard to case, width and punctuation: {@code "Artificial-Intelligence"} finds
 *       {@code "artificial intelligence research"} and {@code "人工智能"} finds {@code "人工智能科技创新"}, but
 *       {@code "AI"} does not find {@code "maintenance"}.
 *   <li><b>Country</b>: some party is, by the {@link PartyCountries} given, of that country. With the countries
 *       unknown (the default) no agreement matches.
 * </ul>
 *
 * <p>The result is ordered by signing date (undated last), then by identifier: the same agreements always come in the
 * same order, whatever order they were given in.
 *
 * <pre>{@code
 * List<Agreement> december = AgreementQuery.all()
 *         .withMonth(YearMonth.of(2021, 12))
 *         .withParty("中国电信")
 *         .apply(agreements);
 * }</pre>
 */
public final class AgreementQuery {
    private static final AgreementQuery ALL = new AgreementQuery(null, null, null, null);
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern IDEOGRAPH =
            Pattern.compile("([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}])");

    /** By signing date (undated last), then by identifier. */
    public static final Comparator<Agreement> ORDER = Comparator
            .comparing((Agreement a) -> a.signedOn() == null ? LocalDate.MAX : a.signedOn().date())
            .thenComparing(Agreement::id);

    private final @Nullable YearMonth month;
    private final @Nullable String party;
    private final @Nullable String field;
    private final @Nullable String country;

    private AgreementQuery(@Nullable YearMonth month, @Nullable String party, @Nullable String field,
            @Nullable String country) {
        this.month = month;
        this.party = party;
        this.field = field;
        this.country = country;
    }

    /** The query that matches every agreement. */
    public static AgreementQuery all() {
        return ALL;
    }

    /**
     * This query, also requiring the agreement to be in a month (see the class comment for undated agreements).
     *
     * @param month the month
     */
    public AgreementQuery withMonth(YearMonth month) {
        return new AgreementQuery(requireNonNull(month, "month"), party, field, country);
    }

    /**
     * This query, also requiring a party of that name.
     *
     * @param name a name or alias of the organisation, such as {@code "Peng Cheng Laboratory"}
     * @throws IllegalArgumentException when the name has no letter or digit
     */
    public AgreementQuery withParty(String name) {
        requireNonNull(name, "name");
        checkArgument(!OrganisationNames.key(name).isEmpty(), "party name (%s) must contain a letter or digit", name);
        return new AgreementQuery(month, name, field, country);
    }

    /**
     * This query, also requiring a field of cooperation that contains the text.
     *
     * @param text a word or phrase, such as {@code "artificial intelligence"}
     * @throws IllegalArgumentException when the text has no letter or digit
     */
    public AgreementQuery withField(String text) {
        requireNonNull(text, "text");
        checkArgument(!fold(text).isEmpty(), "field text (%s) must contain a letter or digit", text);
        return new AgreementQuery(month, party, text, country);
    }

    /**
     * This query, also requiring a party of that country.
     *
     * @param code an ISO 3166-1 alpha-2 code such as {@code "CN"}, in any case
     * @throws IllegalArgumentException when the code is not two letters
     */
    public AgreementQuery withCountry(String code) {
        requireNonNull(code, "code");
        checkArgument(code.matches("[A-Za-z]{2}"), "country code (%s) must be two letters, such as CN", code);
        return new AgreementQuery(month, party, field, code.toUpperCase(Locale.ROOT));
    }

    /** The month asked for, if any. */
    public Optional<YearMonth> month() {
        return Optional.ofNullable(month);
    }

    /** The party name asked for, if any. */
    public Optional<String> party() {
        return Optional.ofNullable(party);
    }

    /** The field text asked for, if any. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The country code asked for (upper case), if any. */
    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    /**
     * The agreements that match, in {@link #ORDER}, with no country known.
     *
     * @param agreements the agreements to choose from, in any order
     */
    public List<Agreement> apply(List<Agreement> agreements) {
        return apply(agreements, PartyCountries.unknown());
    }

    /**
     * The agreements that match, in {@link #ORDER}.
     *
     * @param agreements the agreements to choose from, in any order
     * @param countries tells the country of a party, for {@link #withCountry}
     */
    public List<Agreement> apply(List<Agreement> agreements, PartyCountries countries) {
        requireNonNull(countries, "countries");
        return agreements.stream().filter(a -> matches(a, countries)).sorted(ORDER).toList();
    }

    /**
     * Whether an agreement meets every criterion, with no country known.
     *
     * @param agreement the agreement
     */
    public boolean matches(Agreement agreement) {
        return matches(agreement, PartyCountries.unknown());
    }

    /**
     * Whether an agreement meets every criterion.
     *
     * @param agreement the agreement
     * @param countries tells the country of a party, for {@link #withCountry}
     */
    public boolean matches(Agreement agreement, PartyCountries countries) {
        return (month == null || isInMonth(agreement, month))
                && (party == null || hasParty(agreement, party))
                && (field == null || hasField(agreement, field))
                && (country == null || hasCountry(agreement, country, countries));
    }

    /**
     * The months an agreement is in: the month of its signing date, or, when undated, the months its mentions'
     * articles were published in (none when no article states a date).
     *
     * @param agreement the agreement
     * @return the months, earliest first, each once
     */
    public static List<YearMonth> monthsOf(Agreement agreement) {
        if (agreement.signedOn() != null) {
            return List.of(agreement.signedOn().month());
        }
        return agreement.mentions().stream().map(Mention::source).map(Source::published).filter(Objects::nonNull)
                .map(YearMonth::from).distinct().sorted().toList();
    }

    private static boolean isInMonth(Agreement agreement, YearMonth month) {
        return monthsOf(agreement).contains(month);
    }

    private static boolean hasParty(Agreement agreement, String name) {
        return agreement.parties().stream().map(Organisation::allNames).flatMap(List::stream)
                .anyMatch(partyName -> OrganisationNames.sameName(partyName, name));
    }

    private static boolean hasField(Agreement agreement, String text) {
        String wanted = " " + fold(text) + " ";
        return agreement.fields().stream().anyMatch(f -> (" " + fold(f) + " ").contains(wanted));
    }

    private static boolean hasCountry(Agreement agreement, String code, PartyCountries countries) {
        return agreement.parties().stream().map(countries::countryOf)
                .anyMatch(c -> c.map(known -> known.equalsIgnoreCase(code)).orElse(false));
    }

    /**
     * How phrases are compared: NFKC, lower case, the words (runs of letters and digits, and each ideograph on its own)
     * separated by single spaces.
     */
    static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = IDEOGRAPH.matcher(folded).replaceAll(" $1 ");
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").strip();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AgreementQuery q && Objects.equals(month, q.month) && Objects.equals(party, q.party)
                && Objects.equals(field, q.field) && Objects.equals(country, q.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(month, party, field, country);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("AgreementQuery{");
        if (month != null) {
            text.append("month=").append(month).append(' ');
        }
        if (party != null) {
            text.append("party=").append(party).append(' ');
        }
        if (field != null) {
            text.append("field=").append(field).append(' ');
        }
        if (country != null) {
            text.append("country=").append(country).append(' ');
        }
        return text.toString().strip() + "}";
    }
}
