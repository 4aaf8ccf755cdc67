package org.accord.report;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.accord.core.model.Agreement;
import org.accord.core.model.Attendee;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;

/**
 * Any number of agreements, made one at a time from their number, each with its own text (as merged agreements of a
 * store have), so that holding many of them costs what holding real ones would: a few kilobytes each. The parties
 * come from fixed pools (500 companies and 300 universities), the dates from 2010 on, a day apart in a cycle of
 * {@value #DAYS} days (13 years).
 */
public final class GeneratedAgreements {
    public static final int COMPANIES = 500;
    public static final int UNIVERSITIES = 300;
    public static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);
    /** The days the dates cycle through: agreement {@code n} is signed {@code n % DAYS} days after the first. */
    public static final int DAYS = 4_750;

    private GeneratedAgreements() {
    }

    /**
     * The agreements numbered from 0 to {@code count - 1}, made anew each time they are iterated and never held: a
     * re-iterable source of any size in constant memory.
     */
    public static Iterable<Agreement> lazily(int count) {
        return () -> IntStream.range(0, count).mapToObj(GeneratedAgreements::agreement).iterator();
    }

    /**
     * Agreement number {@code n}: two parties, one attendee who signed, two fields, one commitment, one article with
     * a web address.
     */
    public static Agreement agreement(int n) {
        Organisation company = Organisation.named("Company " + n % COMPANIES + " Technology Co., Ltd.");
        Organisation university = Organisation.named("University " + n % UNIVERSITIES);
        SigningDate date = SigningDate.ofDay(FIRST_DAY.plusDays(n % DAYS));
        String signing = "On " + date.iso() + ", " + company.name() + " and " + university.name()
                + " signed strategic cooperation agreement no. " + n + " at the Innovation Centre, hall " + n % 97 + ".";
        String people = "Director Li " + n + " of " + company.name() + " signed the agreement.";
        String plans = "Under agreement " + n + " the two sides will work on artificial intelligence and clean energy,"
                + " and build a joint laboratory.";
        String text = signing + " " + people + " " + plans;
        Source source = new Source("corpus/generated/" + n + ".html", "https://news.example.org/" + date.iso() + "/"
                + n + ".html", company.name() + " and " + university.name() + " sign agreement " + n,
                Language.ENGLISH, date.date().plusDays(1));
        List<Attendee> attendees = List.of(new Attendee(new Person("Li " + n, "Director", company.name()), true));
        List<String> fields = List.of("artificial intelligence " + n % 7, "clean energy");
        List<String> commitments = List.of("build joint laboratory no. " + n);
        Mention mention = new Mention(source,
                fact("strategic cooperation agreement", text, signing),
                List.of(fact(company, text, signing), fact(university, text, signing)),
                fact(date, text, signing),
                fact("Innovation Centre, hall " + n % 97, text, signing),
                attendees.stream().map(a -> fact(a, text, people)).toList(),
                fields.stream().map(f -> fact(f, text, plans)).toList(),
                List.of(),
                commitments.stream().map(c -> fact(c, text, plans)).toList());
        return new Agreement(date.iso() + "-company-" + n % COMPANIES + "-university-" + n % UNIVERSITIES + "-" + n,
                "strategic cooperation agreement", List.of(company, university), date,
                "Innovation Centre, hall " + n % 97, attendees, fields, List.of(), commitments, List.of(mention));
    }

    private static <T> Fact<T> fact(T value, String text, String sentence) {
        int start = text.indexOf(sentence);
        return new Fact<>(value, new Evidence(sentence, start, start + sentence.length()));
    }
}
