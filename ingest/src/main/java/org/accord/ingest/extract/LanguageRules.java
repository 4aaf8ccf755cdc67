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
 * What {@link SigningPipeline} needs to know about one language beyond its {@link SentenceSplitter} and
 * {@link SigningCues}. The pipeline is shared; a language differs only here. Implementations are immutable and
 * thread-safe.
 */
interface LanguageRules {

    /** Short forms the article defines for organisations, such as {@code ZUEL} for the name before "(ZUEL)". */
    Map<String, String> definedAliases(String text);

    /** Whether the sentence announces a signing still to come ("明日将与宏达电签订"), which reports none. */
    boolean announcesPlan(String sentence);

    /** The organisations a signing sentence names as parties, in order, short forms resolved through aliases. */
    List<Organisation> parties(String sentence, Map<String, String> aliases);

    /**
     * How many organisations a party's name counts when it stands for several ("美国奥勒冈州四所大学": 4), or zero when
     * it names one.
     */
    int collectiveCount(String partyName);

    /**
     * The organisations the sentence enumerates as members of a group ("包括西奥勒冈大学、东奥勒冈大学及奥勒冈理工大学"), in
     * order; empty when it enumerates none.
     */
    List<Organisation> membersListed(String sentence);

    /**
     * Whether the sentence reports one party signing separately with each of the others ("respectively", "分别"),
     * rather than one agreement among all of them.
     */
    boolean signsSeparately(String sentence);

    /**
     * How many parties the sentence says one agreement binds ("三方协议", "tripartite", "the three parties"), or
     * zero when it does not say.
     */
    int statedPartyCount(String sentence);

    /**
     * How many agreements the sentence says were signed together: two for "signed a comprehensive agreement and an
     * agreement on running schools" or "签署了《A》和《B》", one otherwise.
     */
    int agreementsNamed(String sentence);

    /**
     * The agreements a sentence lists as those signed, when it lists two or more, each with what it is about if the
     * list says ("The memoranda include an MoU on trade and an MoU on tourism", "签署的协议包括《A》、《B》"); empty
     * otherwise.
     */
    List<ListedAgreement> agreementsListed(String sentence);

    /** One agreement of a list: its kind as written ("MoU on trade") and its subject ("trade"), if stated. */
    record ListedAgreement(String kind, @Nullable String subject) {
    }

    /** Whether the sentence says one agreement was signed ("signed a memorandum with B and C"). */
    boolean namesOneAgreement(String sentence);

    /**
     * Whether the text between two party names joins them as one side signing with the other ("与", "with"), as
     * opposed to listing them side by side ("、", ",").
     */
    boolean joinsWithPartner(String between);

    /** The date the sentence gives for an event, resolved against the publication date. */
    Optional<SigningDate> date(String sentence, @Nullable LocalDate published);

    /** Where the sentence says the event took place. */
    Optional<String> location(String sentence);

    /**
     * The place a dateline opening the sentence gives ("State House, Nairobi, Kenya, Monday 30 May 2022 –"): where
     * the story was filed, taken as where a signing it reports took place when the article says nowhere else.
     */
    Optional<String> dateline(String sentence);

    /** The kind of agreement the sentence names, as written. */
    Optional<String> kind(String sentence);

    /** People the sentence names with a title. */
    List<Person> people(String sentence, Map<String, String> aliases);

    /** Whether the sentence says a person signed (rather than attended). */
    boolean namesSignatory(String sentence, String personName);

    /** The fields of cooperation the sentence states. */
    List<String> fields(String sentence);

    /** The principles of cooperation the sentence states. */
    List<String> principles(String sentence);

    /** What the sentence says the parties undertake. */
    List<String> commitments(String sentence);
}
