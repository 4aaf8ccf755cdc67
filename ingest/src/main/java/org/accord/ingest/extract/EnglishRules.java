package org.accord.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.jspecify.annotations.Nullable;

/**
 * English: a grammar of capitalised names, organisation head nouns ("University", "Laboratory", "Group"), titles
 * and dates, with the word lists in {@code en/*.txt}.
 *
 * <p>A facade: each question is answered by the class that knows that part of the grammar ({@link EnglishAliases},
 * {@link EnglishParties}, {@link EnglishPeople}, {@link EnglishDates}, {@link EnglishPlaces},
 * {@link EnglishPhrases}). The word lists several of them need (titles, countries) are loaded here and handed to
 * each: every data file is loaded once per rules instance, never per article.
 */
final class EnglishRules implements LanguageRules {
    private final EnglishAliases aliases;
    private final EnglishParties parties;
    private final EnglishPeople people;
    private final EnglishPlaces places;
    private final EnglishPhrases phrases;

    /** @param cues the English signing cues, whose verbs mark where the subject of a signing ends */
    EnglishRules(SigningCues cues) {
        Lexicon titles = Lexicon.load("en/titles.txt");
        CountryNames countries = new CountryNames();
        EnglishOrganisationNames organisationNames = new EnglishOrganisationNames(titles);
        aliases = new EnglishAliases(organisationNames, countries);
        places = new EnglishPlaces(organisationNames);
        parties = new EnglishParties(cues, organisationNames, places, titles, countries);
        people = new EnglishPeople(organisationNames, titles, countries);
        phrases = new EnglishPhrases(organisationNames);
    }

    @Override
    public Map<String, String> definedAliases(String text) {
        return aliases.definedIn(text);
    }

    @Override
    public List<Organisation> parties(String sentence, Map<String, String> aliases) {
        return parties.in(sentence, aliases);
    }

    /** Zero: the English grammar of names finds no organisation in "four universities", so no party counts several. */
    @Override
    public int collectiveCount(String partyName) {
        return 0;
    }

    /** None: only a collective party asks, and English has none ({@link #collectiveCount}). */
    @Override
    public List<Organisation> membersListed(String sentence) {
        return List.of();
    }

    @Override
    public boolean signsSeparately(String sentence) {
        return parties.signsSeparately(sentence);
    }

    @Override
    public int statedPartyCount(String sentence) {
        return parties.statedCount(sentence);
    }

    @Override
    public boolean namesOneAgreement(String sentence) {
        return parties.namesOneAgreement(sentence);
    }

    @Override
    public boolean joinsWithPartner(String between) {
        return parties.joinsWithPartner(between);
    }

    @Override
    public Optional<SigningDate> date(String sentence, @Nullable LocalDate published) {
        return EnglishDates.in(sentence, published);
    }

    @Override
    public Optional<String> dateline(String sentence) {
        return places.dateline(sentence);
    }

    @Override
    public Optional<String> location(String sentence) {
        return places.in(sentence);
    }

    @Override
    public Optional<String> kind(String sentence) {
        return phrases.kind(sentence);
    }

    /** English plans ("will sign", "is to sign") are among the negations of {@code en/negations.txt} already. */
    @Override
    public boolean announcesPlan(String sentence) {
        return false;
    }

    @Override
    public List<ListedAgreement> agreementsListed(String sentence) {
        return phrases.agreementsListed(sentence);
    }

    @Override
    public int agreementsNamed(String sentence) {
        return phrases.agreementsNamed(sentence);
    }

    @Override
    public List<Person> people(String sentence, Map<String, String> aliases) {
        return people.in(sentence, aliases);
    }

    @Override
    public boolean namesSignatory(String sentence, String personName) {
        return people.namesSignatory(sentence, personName);
    }

    @Override
    public List<String> fields(String sentence) {
        return phrases.fields(sentence);
    }

    @Override
    public List<String> principles(String sentence) {
        return phrases.principles(sentence);
    }

    @Override
    public List<String> commitments(String sentence) {
        return phrases.commitments(sentence);
    }
}
