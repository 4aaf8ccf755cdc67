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
 * Chinese, simplified and traditional: the parties are read from the clause before the signing verb
 * ("A与B在京签署…"), split at conjunctions and cleared of time and place adverbials; people are a title followed by a
 * name ("董事长柯瑞文"); dates follow the 年/月/日 grammar. Word lists are in {@code zh/*.txt}.
 *
 * <p>A facade: each question is answered by the class that knows that part of the grammar ({@link ChineseAliases},
 * {@link ChineseParties}, {@link ChinesePeople}, {@link ChineseDates}, {@link ChinesePlaces},
 * {@link ChinesePhrases}). They share one tagger, and each data file is loaded once per rules instance, never per
 * article.
 */
final class ChineseRules implements LanguageRules {
    private final ChineseAliases aliases;
    private final ChineseParties parties;
    private final ChinesePeople people;
    private final ChinesePlaces places;
    private final ChinesePhrases phrases;

    /** @param cues the Chinese signing cues, whose verbs mark where the parties' clause ends */
    ChineseRules(SigningCues cues) {
        ChineseTagger tagger = new ChineseTagger();
        ChineseTitles titles = new ChineseTitles();
        ChineseOrganisationNames organisations = new ChineseOrganisationNames();
        aliases = new ChineseAliases(tagger, organisations);
        parties = new ChineseParties(cues, tagger, titles, organisations);
        people = new ChinesePeople(tagger, titles, organisations);
        places = new ChinesePlaces(cues, tagger);
        phrases = new ChinesePhrases(tagger);
    }

    @Override
    public Map<String, String> definedAliases(String text) {
        return aliases.definedIn(text);
    }

    @Override
    public List<Organisation> parties(String sentence, Map<String, String> aliases) {
        return parties.in(sentence, aliases);
    }

    @Override
    public int collectiveCount(String partyName) {
        return parties.collectiveCount(partyName);
    }

    @Override
    public List<Organisation> membersListed(String sentence) {
        return parties.membersListed(sentence);
    }

    @Override
    public boolean signsSeparately(String sentence) {
        return parties.signsSeparately(sentence);
    }

    @Override
    public int statedPartyCount(String sentence) {
        return parties.statedCount(sentence);
    }

    /** Chinese does not mark the number of agreements: "与B、C签署协议" says nothing of how many. */
    @Override
    public boolean namesOneAgreement(String sentence) {
        return false;
    }

    @Override
    public boolean joinsWithPartner(String between) {
        return parties.joinsWithPartner(between);
    }

    @Override
    public Optional<SigningDate> date(String sentence, @Nullable LocalDate published) {
        return ChineseDates.in(sentence, published);
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

    @Override
    public boolean announcesPlan(String sentence) {
        return ChineseDates.announcesPlan(sentence);
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
