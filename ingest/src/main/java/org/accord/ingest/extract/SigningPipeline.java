package org.accord.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.model.Article;
import org.accord.core.model.Attendee;
import org.accord.core.model.DatePrecision;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * The extraction pipeline every language shares: split sentences, find the sentences that report a signing, group
 * them by their parties into separate signings, then gather date, place and kind near each signing and attendees and
 * phrases from the whole article. What differs between languages is in {@link LanguageRules}.
 */
final class SigningPipeline implements Extractor {
    /** Articles reporting more signings than this are digests whose further items are rarely signings. */
    private static final int MAX_SIGNINGS = 8;
    /** News reports a signing within days; the corpus never exceeds two weeks. */
    private static final int BACKGROUND_DAYS = 45;
    /** How long before the event of an article's first sentence a signing is background to it. */
    private static final int LEAD_GAP_DAYS = 14;
    /** A sentence this long said again word for word is the page repeating itself, not a further report. */
    private static final int MIN_REPEATED = 20;
    /** A headline's short name in capitals ("SCU"). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    /** Words of a name an acronym leaves out ("University of Macau": UM). */
    private static final Pattern FUNCTION_WORD = Pattern.compile("of|the|and|for|&");
    /** How far into a sentence a date may be and still say when what it tells of happened. */
    private static final int MAX_OPENING = 40;
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** "澳大", "北外": a Chinese short form of a longer name, the characters of which it keeps in order. */
    private static final Pattern CHINESE_SHORT_FORM = Pattern.compile("\\p{IsHan}{2,4}");

    /** An item of a numbered list ("8、", "3.", "(2)"), as news digests report one story an item. */
    private static final Pattern ENUMERATED = Pattern.compile(
            "\\s*(?:[(（]?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[、.．])\\s*");
    private final SentenceSplitter splitter;
    private final SigningCues cues;
    private final LanguageRules rules;
    /** The lists of links to other articles, whose headlines report other signings. */
    private final LinkLists linkLists = new LinkLists();

    SigningPipeline(SentenceSplitter splitter, SigningCues cues, LanguageRules rules) {
        this.splitter = splitter;
        this.cues = cues;
        this.rules = rules;
    }

    @Override
    public List<Mention> extract(Article article) {
        if (cues.deniesSigning(article.title())) {
            return List.of();
        }
        List<Sentence> sentences = new ArrayList<>(splitter.split(article.text()));
        Set<Sentence> links = linkLists.in(article.text(), sentences);
        sentences.removeAll(links);
        // A page that prints its story twice reports each signing once.
        Set<String> seen = new HashSet<>();
        sentences.removeIf(s -> s.text().length() >= MIN_REPEATED && !seen.add(s.text()));
        Map<String, String> aliases = rules.definedAliases(links.isEmpty() ? article.text()
                : LinkLists.blanked(article.text(), links));
        List<Signing> signings = signings(sentences, aliases, article.title());
        splitCollectiveParties(sentences, signings);
        splitListedAgreements(sentences, signings);
        if (signings.isEmpty()) {
            return List.of();
        }
        ArticleFacts facts = articleFacts(sentences, aliases, otherOccasions(sentences, signings, article.published()));
        Source source = article.toSource();
        List<Mention> mentions = new ArrayList<>();
        Mention previous = null;
        Map<String, Optional<String>> personWords = personWords(facts.attendees);
        Attribution attribution = new Attribution(sentences, signings, aliases);
        Map<String, Set<Signing>> signedAt = signings.size() == 1 ? Map.of()
                : signingsOfPeople(sentences, signings, aliases, attribution);
        for (Signing signing : signings) {
            // Signings reported together with one dated are, far more often than not, of the same ceremony.
            ArticleFacts own = (signings.size() == 1 ? facts
                    : facts.of(signing.paragraphs(), atFirstCeremony(signing, signings.get(0)),
                            paragraphsOf(signings), sentences).atSigning(signing, signedAt))
                            .withPhrasesOf(signing, attribution, sentences);
            if (signing.listed != null && signing.listed.value().subject() != null) {
                own = own.withFirstField(new Fact<>(signing.listed.value().subject(), signing.listed.evidence()));
            }
            Mention mention = mention(source, article, sentences, signing, own, previous, personWords);
            if (!isBackground(mention, article) && !beforeTheLead(mention, sentences, article)) {
                mentions.add(mention);
            }
            previous = mention;
        }
        return mentions.size() == 1 ? List.copyOf(mentions) : withOwnPartiesPeople(mentions);
    }

    /**
     * Whether a signing took place with the first one reported, and so has its people: reported by the same sentences
     * (agreements listed), or a further agreement between the same parties ("双方还签署协议，成立…").
     */
    private static boolean atFirstCeremony(Signing signing, Signing first) {
        return signing == first || signing.sentences.equals(first.sentences)
                || (signing.parties.size() == first.parties.size() && first.knowsAll(signing.partyValues()));
    }

    /**
     * Several signings reported together share the people of their paragraphs; but a signatory of a party to one of
     * them and to none of the others ("河北大学校长康乐与…武汉大学副校长吴平分别签署") signed that one only.
     */
    private static List<Mention> withOwnPartiesPeople(List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (Mention mention : mentions) {
            List<Fact<Attendee>> own = mention.attendees().stream()
                    .filter(a -> !a.value().signatory() || isOfParty(a, mention)
                            || mentions.stream().noneMatch(other -> isOfParty(a, other)))
                    .toList();
            result.add(own.size() == mention.attendees().size() ? mention : new Mention(mention.source(),
                    mention.kind(), mention.parties(), mention.signedOn(), mention.location(), own, mention.fields(),
                    mention.principles(), mention.commitments()));
        }
        return List.copyOf(result);
    }

    private static boolean isOfParty(Fact<Attendee> attendee, Mention mention) {
        String organisation = attendee.value().person().organisation();
        return organisation != null && mention.partyValues().stream()
                .anyMatch(party -> party.allNames().stream().anyMatch(n -> OrganisationNames.sameName(n, organisation)));
    }

    /**
     * A signing dated well before the article was published is background to what the article reports (a visit, a
     * follow-up, a termination).
     */
    private static boolean isBackground(Mention mention, Article article) {
        // A date without its year was resolved against the publication date, and a page listing several items may
        // have lent the wrong one: only a year written out decides.
        if (mention.signedOn() == null || article.published() == null
                || !WRITTEN_YEAR.matcher(mention.signedOn().evidence().sentence()).find()) {
            return false;
        }
        SigningDate date = mention.signedOn().value();
        LocalDate latest = date.precision() == DatePrecision.DAY ? date.date()
                : date.date().withDayOfMonth(date.date().lengthOfMonth());
        return latest.isBefore(article.published().minusDays(BACKGROUND_DAYS));
    }

    /**
     * "A delegation … visited TNUA on May 14. … TNUA and TVGH signed a letter of intent on April 2": the article's
     * first sentence reports an event weeks later, not a signing, and the signing is background to it. (A signing days
     * before the date of the first sentence, "signed a memorandum Thursday" under "Baku, April 18", is the news.)
     */
    private boolean beforeTheLead(Mention mention, List<Sentence> sentences, Article article) {
        if (mention.signedOn() == null || sentences.isEmpty()) {
            return false;
        }
        Sentence lead = sentences.get(0);
        if (cues.reportsSigning(lead.text()) || cues.mentionsCeremony(lead.text())) {
            return false;
        }
        Optional<SigningDate> leadDate = rules.date(lead.text(), article.published());
        // The day of publication in the first sentence is a dateline's ("WASHINGTON, May 20, 2024 --"), no event's.
        return leadDate.isPresent() && leadDate.get().precision() == DatePrecision.DAY
                && !leadDate.get().date().equals(article.published())
                && mention.signedOn().value().precision() == DatePrecision.DAY
                && mention.signedOn().value().date().isBefore(leadDate.get().date().minusDays(LEAD_GAP_DAYS));
    }

    private List<Signing> signings(List<Sentence> sentences, Map<String, String> aliases, String headline) {
        List<Signing> signings = new ArrayList<>();
        List<Sentence> reports = new ArrayList<>();
        Set<Sentence> laterClauses = new HashSet<>();
        for (Sentence sentence : sentences) {
            if (cues.reportsSigning(sentence.text()) && !rules.announcesPlan(sentence.text())) {
                List<Sentence> clauses = signingClauses(sentence, aliases);
                reports.addAll(clauses);
                laterClauses.addAll(clauses.subList(1, clauses.size()));
            }
        }
        for (Sentence sentence : reports) {
            List<Organisation> parties = rules.parties(sentence.text(), aliases);
            int stated = rules.statedPartyCount(sentence.text());
            if (stated >= 2 && parties.size() > stated) {
                // "…副总经理喻宝才与华为高级副总裁、中国地区部总裁鲁勇代表双方签署": the extra names are units in a title.
                parties = parties.subList(0, stated);
            }
            Signing last = signings.isEmpty() ? null : signings.get(signings.size() - 1);
            if (last != null && !last.lacksParties() && signings.size() < MAX_SIGNINGS
                    && cues.reportsFurtherSigning(sentence.text()) && last.knowsAll(parties)) {
                // "双方还签署协议，成立一家合资企业": the parties just reported signed a further agreement.
                signings.add(last.furtherSigning(sentence));
                continue;
            }
            List<Organisation> named = parties;
            if (last != null && named.size() >= 2 && signings.size() < MAX_SIGNINGS && laterClauses.contains(sentence)
                    && signings.stream().noneMatch(s -> s.knowsAll(named))) {
                // "A与B还签署了《X》，C总裁与B社长签署了战略合作协议": the second report of one sentence, between
                // other parties, is another signing.
                signings.add(new Signing(sentence, named));
                continue;
            }
            if (last != null && named.size() >= 2 && signings.size() < MAX_SIGNINGS
                    && signings.stream().noneMatch(s -> s.sharesPartyWith(named))
                    && (cues.reportsFurtherSigning(sentence.text()) || ENUMERATED.matcher(sentence.text()).lookingAt())) {
                // "香港金管局与迪拜金管局亦签署了…", a digest's "8、中核集团与中信银行…签署": another signing between
                // other parties, not a restatement.
                signings.add(new Signing(sentence, named));
                continue;
            }
            if (parties.size() >= 3 && (rules.signsSeparately(sentence.text())
                    || (isHub(sentence.text(), parties) && !rules.namesOneAgreement(sentence.text())
                            && !boundTogether(parties, sentence, reports, aliases)))) {
                for (Organisation partner : parties.subList(1, parties.size())) {
                    place(sentence, List.of(parties.get(0), partner), signings, true, false, headline);
                }
            } else {
                if (parties.size() >= 3 && rules.namesOneAgreement(sentence.text())
                        && joinedAsOne(sentence, parties, signings)) {
                    continue;
                }
                place(sentence, parties, signings, false,
                        rules.statedPartyCount(sentence.text()) == parties.size(), headline);
                addAgreementsSignedTogether(sentence, parties, signings);
            }
        }
        return signings;
    }

    /**
     * A sentence reporting two signings one after the other ("A与B签署了《X》，C与D签署了战略合作协议"), as one clause
     * each: split at the first comma with a report of a signing on both sides, and so on after it.
     */
    private List<Sentence> signingClauses(Sentence sentence, Map<String, String> aliases) {
        String text = sentence.text();
        for (int comma = nextComma(text, 0); comma > 0; comma = nextComma(text, comma + 1)) {
            String rest = text.substring(comma + 1);
            // The clause after names its own parties: "双方还签署协议，成立一家合资企业，但该协议有待批准" goes on about one.
            if (cues.reportsSigning(text.substring(0, comma)) && cues.reportsSigning(rest)
                    && rules.parties(rest, aliases).size() >= 2) {
                int restStart = comma + 1 + (rest.length() - rest.stripLeading().length());
                List<Sentence> clauses = new ArrayList<>();
                clauses.add(new Sentence(text.substring(0, comma), sentence.start(), sentence.paragraph()));
                clauses.addAll(signingClauses(new Sentence(text.substring(restStart), sentence.start() + restStart,
                        sentence.paragraph()), aliases));
                return clauses;
            }
        }
        return List.of(sentence);
    }

    private static int nextComma(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '，') {
                return i;
            }
        }
        return -1;
    }

    /**
     * "The two sides signed a comprehensive agreement and an agreement on running schools": each further agreement
     * named is a further signing between the same parties, at the same ceremony.
     */
    private void addAgreementsSignedTogether(Sentence sentence, List<Organisation> parties, List<Signing> signings) {
        int named = rules.agreementsNamed(sentence.text());
        if (named < 2 || parties.size() > 2) {
            return;
        }
        signings.stream().filter(s -> s.sentences.contains(sentence)).findFirst().ifPresent(signing -> {
            for (int i = 1; i < named && signings.size() < MAX_SIGNINGS; i++) {
                signings.add(signing.atSameCeremony());
            }
        });
    }

    /**
     * "…presided over the signing of 7 memoranda. The memoranda include an MoU on A, an MoU on B…": a sentence listing
     * the agreements signed makes the signing it follows one signing per agreement listed, at the same ceremony, unless
     * the signing sentence named its agreements already.
     */
    private void splitListedAgreements(List<Sentence> sentences, List<Signing> signings) {
        for (Sentence sentence : sentences) {
            List<LanguageRules.ListedAgreement> listed = rules.agreementsListed(sentence.text());
            Signing signing = listed.isEmpty() ? null : signingBefore(sentence, signings);
            if (signing == null || signing.listed != null
                    || signings.stream().anyMatch(s -> s != signing && s.sentences.equals(signing.sentences))) {
                continue;
            }
            int at = signings.indexOf(signing);
            signings.remove(at);
            int room = MAX_SIGNINGS - signings.size();
            for (LanguageRules.ListedAgreement agreement : listed.subList(0, Math.min(room, listed.size()))) {
                Signing one = signing.atSameCeremony();
                one.listed = new Fact<>(agreement, sentence.evidence());
                signings.add(at++, one);
            }
        }
    }

    /**
     * "文藻外语大学与美国奥勒冈州四所大学签署…" and "签署的MOU包括西奥勒冈大学、东奥勒冈大学、南奥勒冈大学及奥勒冈理工大学": a party
     * that counts several organisations, which a sentence of the article then lists, makes the signing one signing with
     * each of them.
     */
    private void splitCollectiveParties(List<Sentence> sentences, List<Signing> signings) {
        for (Signing signing : List.copyOf(signings)) {
            for (Fact<Organisation> party : signing.parties) {
                int count = rules.collectiveCount(party.value().name());
                Fact<List<Organisation>> members = count < 2 ? null
                        : first(sentences, s -> Optional.of(rules.membersListed(s.text())).filter(m -> m.size() == count));
                if (members != null) {
                    int at = signings.indexOf(signing);
                    signings.remove(at);
                    for (Organisation member : members.value().subList(0, Math.min(count, MAX_SIGNINGS - signings.size()))) {
                        signings.add(at++, signing.withPartyReplaced(party, new Fact<>(member, members.evidence())));
                    }
                    break;
                }
            }
        }
    }

    /** The signing reported last at or before the sentence. */
    private static Signing signingBefore(Sentence sentence, List<Signing> signings) {
        Signing before = null;
        for (Signing signing : signings) {
            if (signing.sentences.get(0).start() <= sentence.start()) {
                before = signing;
            }
        }
        return before;
    }

    /**
     * "Lingnan University signed agreements with Rizhao City, Shandong Hi-Speed Group, …" and then "Lingnan University
     * signs … agreement with the Shandong Hi-Speed Group and Rizhao Municipal People's Government": the signings read
     * as one each with every partner were, for these, one agreement among them all. When a sentence says one
     * agreement binds these parties and two or more signings each between some of them cover them all, they become
     * one signing; whether that was so.
     */
    private static boolean joinedAsOne(Sentence sentence, List<Organisation> parties, List<Signing> signings) {
        List<Signing> within = signings.stream().filter(s -> !s.lacksParties()
                && s.parties.stream().allMatch(p -> parties.stream().anyMatch(o -> OrganisationNames.sameOrganisation(
                        p.value(), o)))).toList();
        boolean covered = parties.stream().allMatch(o -> within.stream().anyMatch(s -> s.isParty(o)));
        if (within.size() < 2 || !covered) {
            return false;
        }
        Signing joined = within.get(0);
        for (Signing other : within.subList(1, within.size())) {
            other.parties.stream().filter(p -> !joined.isParty(p.value())).forEach(joined.parties::add);
            other.sentences.stream().filter(s -> !joined.sentences.contains(s)).forEach(joined.sentences::add);
            signings.remove(other);
        }
        joined.sentences.add(sentence);
        return true;
    }

    /**
     * "A与B、C签署…", "A signed agreements with B and C": one party on one side of "with" and several on the other
     * report as many bilateral signings, unless the agreement is said to bind them all.
     */
    private boolean isHub(String sentence, List<Organisation> parties) {
        int[] first = position(sentence, parties.get(0), 0);
        int[] second = position(sentence, parties.get(1), Math.max(first[1], 0));
        return first[0] >= 0 && second[0] > first[0]
                && rules.joinsWithPartner(sentence.substring(first[1], second[0]));
    }

    /** Where the sentence names the organisation by any of its names ("UM" for the University of Macau). */
    private static int[] position(String sentence, Organisation organisation, int from) {
        int[] best = {-1, -1};
        for (String name : organisation.allNames()) {
            int at = sentence.indexOf(name, from);
            if (at >= 0 && (best[0] < 0 || at < best[0])) {
                best = new int[] {at, at + name.length()};
            }
        }
        return best;
    }

    /**
     * Whether the sentence, or another signing report naming no party outside these, says one agreement binds as
     * many parties as these ("the three parties signed an MOU").
     */
    private boolean boundTogether(List<Organisation> parties, Sentence sentence, List<Sentence> reports,
            Map<String, String> aliases) {
        if (rules.statedPartyCount(sentence.text()) > 0) {
            return true;
        }
        for (Sentence other : reports) {
            if (rules.statedPartyCount(other.text()) == parties.size()) {
                List<Organisation> named = rules.parties(other.text(), aliases);
                if (named.stream().allMatch(o -> parties.stream().anyMatch(p -> OrganisationNames.sameOrganisation(o, p)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Adds a signing sentence to the signing it is about. A new signing starts only where a sentence says one party
     * signed separately with each of several others; otherwise a sentence naming other organisations is taken as
     * background once a signing is known, because articles restate one signing far more often than they report two.
     */
    private static void place(Sentence sentence, List<Organisation> parties, List<Signing> signings,
            boolean separate, boolean boundTogether, String headline) {
        if (signings.isEmpty()) {
            signings.add(new Signing(sentence, parties));
            return;
        }
        for (Signing signing : signings) {
            if (signing.knowsAll(parties) || (signing.lacksParties() && signing.sharesPartyWith(parties))) {
                signing.add(sentence, parties);
                return;
            }
        }
        Signing first = signings.get(0);
        if (first.parties.isEmpty()) {
            first.add(sentence, parties);
        } else if (signings.size() == 1 && first.parties.size() == 1 && parties.size() == 1) {
            // "PolyU recently signed a collaboration agreement…" and later "An agreement was signed between PolyU and
            // the People's Government of Zibo Municipality": each names one side of the one signing reported.
            first.add(sentence, parties);
        } else if (parties.size() == 2 && signings.size() < MAX_SIGNINGS && separate
                && signings.stream().anyMatch(s -> s.sharesPartyWith(parties))) {
            signings.add(new Signing(sentence, parties));
        } else if (signings.size() == 1 && first.sentences.size() == 1 && isHeadline(first.sentences.get(0), headline)
                && parties.size() >= 2 && parties.size() == first.parties.size() && first.namesNoneAsWritten(parties)) {
            // "UAE & America sign a memorandum" over "The Ministry of Foreign Affairs … and the United States Agency
            // for International Development signed…": the headline named the sides, the report names the parties.
            first.parties.clear();
            first.add(sentence, parties);
        } else if (parties.size() >= 3 && signings.size() < MAX_SIGNINGS && boundTogether) {
            // "澳大、科英布拉大學和中國人民大學簽署三方合作備忘錄": an agreement said to bind these three is another
            // signing than the two-party one reported before.
            signings.add(new Signing(sentence, parties));
        } else {
            // A restatement with fuller or fewer names ("省政府" for "湖北省政府") still tells when and where.
            // A headline naming one side ("河北大学与4所高校签订…") leaves the report naming the others to tell
            // when and where, though they share no party with it.
            Signing context = signings.stream().filter(s -> s.sharesPartyWith(parties)).findFirst()
                    .orElse(signings.get(0).lacksParties() ? signings.get(0) : null);
            if (context != null) {
                context.sentences.add(sentence);
                context.takeFullerName(sentence, parties, headline);
            }
        }
    }

    private static boolean isHeadline(Sentence sentence, String headline) {
        return sentence.text().strip().equals(headline.strip());
    }

    private Mention mention(Source source, Article article, List<Sentence> sentences, Signing signing,
            ArticleFacts facts, Mention previous, Map<String, Optional<String>> personWords) {
        List<Sentence> near = signing.nearby(sentences);
        Fact<SigningDate> date = first(near, s -> rules.date(s.text(), article.published()));
        Fact<String> location = first(near, s -> rules.location(s.text()));
        if (previous == null && (date == null || location == null)) {
            // "壳牌首席执行官…出席了在北京举行的签字仪式" in a later paragraph tells where and when the signing was.
            // So does one about the event the signing took place at ("在发布会上…签署" and "发布会今天在北京国贸饭店召开").
            Set<String> events = new HashSet<>();
            signing.sentences.forEach(s -> events.addAll(cues.eventsIn(s.text())));
            List<Sentence> ceremony = sentences.stream().filter(s -> cues.mentionsCeremony(s.text())
                    || cues.eventsIn(s.text()).stream().anyMatch(e -> events.stream()
                            .anyMatch(x -> e.contains(x) || x.contains(e)))).toList();
            date = date != null ? date : first(ceremony, s -> rules.date(s.text(), article.published()));
            location = location != null ? location : first(ceremony, s -> rules.location(s.text()));
        }
        if (previous == null && location == null) {
            location = first(sentences, s -> rules.dateline(s.text()));
        }
        if (previous != null) {
            date = date == null ? previous.signedOn() : date;
            location = location == null ? previous.location() : location;
        }
        Fact<String> kind = signing.listed != null ? new Fact<>(signing.listed.value().kind(), signing.listed.evidence())
                : first(signing.sentences, s -> rules.kind(s.text()));
        return new Mention(source, kind, withoutPeople(signing.parties, personWords), date, location,
                facts.attendees, facts.fields, facts.principles, facts.commitments);
    }

    /**
     * The sentences that tell of another occasion than the signings': one that opens on a date no signing sentence
     * gives ("6月14日上午，…揭牌"), or on what followed the ceremony ("签约仪式后，…参观了…"), and those after it in its
     * paragraph until one opens on a signing's date or reports a signing.
     */
    private Set<Sentence> otherOccasions(List<Sentence> sentences, List<Signing> signings,
            @Nullable LocalDate published) {
        Set<SigningDate> days = new HashSet<>();
        for (Signing signing : signings) {
            signing.sentences.forEach(s -> rules.date(s.text(), published).ifPresent(days::add));
        }
        Set<Sentence> other = new HashSet<>();
        boolean otherOccasion = false;
        int paragraph = -1;
        for (Sentence sentence : sentences) {
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                otherOccasion = false;
            }
            Optional<SigningDate> date = days.isEmpty() ? Optional.empty()
                    : rules.date(openingAdverbial(sentence.text()), published);
            if (date.isPresent()) {
                otherOccasion = days.stream().noneMatch(day -> day.isCompatibleWith(date.get()));
            }
            if (cues.reportsSigning(sentence.text())) {
                otherOccasion = false;
            }
            otherOccasion |= cues.followsCeremony(sentence.text());
            if (otherOccasion) {
                other.add(sentence);
            }
        }
        return other;
    }

    /**
     * What a sentence opens with, up to its first comma: where it says when what it tells of happened ("6月14日上午，",
     * "On May 9,"). A date further on is of something else ("…将于2025年6月30日前建成", "due to open in March 2026").
     */
    private static String openingAdverbial(String sentence) {
        int end = Math.min(sentence.length(), MAX_OPENING);
        for (int i = 0; i < end; i++) {
            char c = sentence.charAt(i);
            if (c == '，' || c == ',') {
                return sentence.substring(0, i);
            }
        }
        return sentence.substring(0, end);
    }

    /**
     * The signings the people named in a report of a signing took part in, when the article reports several: those
     * the report is about ({@link Attribution}: "在行政长官贺一诚的见证下…澳大及里斯本大学签署" is about the signing with
     * the University of Lisbon, not the three others of the visit), over every report naming them.
     */
    private Map<String, Set<Signing>> signingsOfPeople(List<Sentence> sentences, List<Signing> signings,
            Map<String, String> aliases, Attribution attribution) {
        Map<String, Set<Signing>> signedAt = new HashMap<>();
        for (Sentence sentence : sentences) {
            if (cues.reportsSigning(sentence.text())) {
                Set<Signing> about = new HashSet<>(attribution.about(sentence));
                // "康乐分别与…杜鹏、…郝芳华…签订": a report of several names the people of each.
                signings.stream().filter(s -> s.sentences.stream().anyMatch(part -> Attribution.within(part, sentence)))
                        .forEach(about::add);
                for (Person person : about.isEmpty() ? List.<Person>of() : rules.people(sentence.text(), aliases)) {
                    signedAt.computeIfAbsent(OrganisationNames.key(person.name()), k -> new HashSet<>()).addAll(about);
                }
            }
        }
        return signedAt;
    }

    private ArticleFacts articleFacts(List<Sentence> sentences, Map<String, String> aliases, Set<Sentence> otherOccasions) {
        Map<String, Fact<Attendee>> attendees = new LinkedHashMap<>();
        Map<String, Fact<String>> fields = new LinkedHashMap<>();
        Map<String, Fact<String>> principles = new LinkedHashMap<>();
        Map<String, Fact<String>> commitments = new LinkedHashMap<>();
        Set<Sentence> quoted = withinQuotations(sentences);
        for (Sentence sentence : sentences) {
            // Who took part in another occasion the article tells of did not attend the signing for that.
            List<Person> people = otherOccasions.contains(sentence) ? List.of() : rules.people(sentence.text(), aliases);
            for (Person person : people) {
                boolean signed = rules.namesSignatory(sentence.text(), person.name());
                attendees.putIfAbsent(OrganisationNames.key(person.name()),
                        new Fact<>(new Attendee(person, signed), sentence.evidence()));
            }
            collect(fields, rules.fields(sentence.text()), sentence);
            collect(principles, rules.principles(sentence.text()), sentence);
            if (!quoted.contains(sentence)) {
                // A speaker's words go on past the sentence that says who speaks: what they hope is not undertaken.
                collect(commitments, rules.commitments(sentence.text()), sentence);
            }
        }
        return new ArticleFacts(List.copyOf(attendees.values()), List.copyOf(fields.values()),
                List.copyOf(principles.values()), List.copyOf(commitments.values()));
    }

    /**
     * The sentences that start inside a quotation opened by an earlier sentence of their paragraph ("…he said,
     * “Lingnan University and Shandong share… The implementation of these measures will…”"; "致辞说:「根据…」").
     */
    private static Set<Sentence> withinQuotations(List<Sentence> sentences) {
        Set<Sentence> quoted = new HashSet<>();
        int paragraph = -1;
        int open = 0;
        boolean straightOpen = false;
        for (Sentence sentence : sentences) {
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                open = 0;
                straightOpen = false;
            }
            if (open > 0 || straightOpen) {
                quoted.add(sentence);
            }
            for (int i = 0; i < sentence.text().length(); i++) {
                char c = sentence.text().charAt(i);
                if (c == '“' || c == '「') {
                    open++;
                } else if (c == '”' || c == '」') {
                    open = Math.max(0, open - 1);
                } else if (c == '"') {
                    straightOpen = !straightOpen;
                }
            }
        }
        return quoted;
    }

    /** Adds the phrases of a sentence, each once per sentence: another sentence may state it of another signing. */
    private static void collect(Map<String, Fact<String>> into, List<String> phrases, Sentence sentence) {
        for (String phrase : phrases) {
            into.putIfAbsent(sentence.start() + ":" + OrganisationNames.key(phrase),
                    new Fact<>(phrase, sentence.evidence()));
        }
    }

    private static <T> Fact<T> first(List<Sentence> sentences, Function<Sentence, Optional<T>> find) {
        for (Sentence sentence : sentences) {
            Optional<T> value = find.apply(sentence);
            if (value.isPresent()) {
                return new Fact<>(value.get(), sentence.evidence());
            }
        }
        return null;
    }

    /**
     * The single words of the attendees' names, each with the person's organisation when known: "Song signed
     * agreements with…" names a person, who signed for the University of Macau.
     */
    private static Map<String, Optional<String>> personWords(List<Fact<Attendee>> attendees) {
        Map<String, Optional<String>> words = new HashMap<>();
        for (Fact<Attendee> attendee : attendees) {
            String name = attendee.value().person().name();
            if (name.contains(" ")) {
                Optional<String> organisation = Optional.ofNullable(attendee.value().person().organisation());
                List.of(name.split("\\s+")).forEach(w -> words.putIfAbsent(w, organisation));
            }
        }
        return words;
    }

    /** The parties, a person named as one replaced by the organisation the article gives them, if any. */
    private static List<Fact<Organisation>> withoutPeople(List<Fact<Organisation>> parties,
            Map<String, Optional<String>> personWords) {
        List<Fact<Organisation>> result = new ArrayList<>();
        for (Fact<Organisation> party : parties) {
            Optional<String> organisation = personWords.getOrDefault(party.value().name(), null);
            if (organisation == null) {
                result.add(party);
            } else if (organisation.isPresent() && result.stream()
                    .noneMatch(p -> OrganisationNames.sameName(p.value().name(), organisation.get()))) {
                result.add(new Fact<>(Organisation.named(organisation.get()), party.evidence()));
            }
        }
        return result;
    }

    private static Set<Integer> paragraphsOf(List<Signing> signings) {
        Set<Integer> paragraphs = new HashSet<>();
        signings.forEach(s -> paragraphs.addAll(s.paragraphs()));
        return paragraphs;
    }

    /**
     * Facts read from the whole article. One signing takes them all; of several, each takes the attendees named in its
     * own paragraphs, and the first also those named where no signing is. Each takes the phrases stated where the
     * article tells of it ({@link Attribution}); phrases stated away from every signing go, if fields, with the
     * first (articles reporting several usually list the fields of the lead one), else with all: articles state
     * principles and commitments once for the signings they report together (measured: giving them to the first only
     * lowers commitments F1 from .355 to .312).
     */
    private record ArticleFacts(List<Fact<Attendee>> attendees, List<Fact<String>> fields,
            List<Fact<String>> principles, List<Fact<String>> commitments) {

        ArticleFacts of(Set<Integer> own, boolean first, Set<Integer> anySigning, List<Sentence> sentences) {
            return new ArticleFacts(keep(attendees, own, first, anySigning, sentences), fields, principles,
                    commitments);
        }

        /** These facts without the people that reports of other signings name, and no report of this one. */
        ArticleFacts atSigning(Signing signing, Map<String, Set<Signing>> signedAt) {
            List<Fact<Attendee>> present = attendees.stream().filter(a -> {
                Set<Signing> at = signedAt.get(OrganisationNames.key(a.value().person().name()));
                return at == null || at.contains(signing);
            }).toList();
            return new ArticleFacts(present, fields, principles, commitments);
        }

        /** These facts with a field of cooperation first: the subject of the agreement the signing is. */
        ArticleFacts withFirstField(Fact<String> field) {
            List<Fact<String>> all = new ArrayList<>(List.of(field));
            all.addAll(fields);
            return new ArticleFacts(attendees, distinct(all), principles, commitments);
        }

        /**
         * The phrases about this signing: those read where the article tells of it ({@link Attribution}), and
         * those read away from every signing as before (fields for the first, principles and commitments for all).
         */
        ArticleFacts withPhrasesOf(Signing signing, Attribution attribution, List<Sentence> sentences) {
            return new ArticleFacts(attendees, phrasesOf(fields, signing, attribution, sentences, false),
                    phrasesOf(principles, signing, attribution, sentences, true),
                    phrasesOf(commitments, signing, attribution, sentences, true));
        }

        private static List<Fact<String>> phrasesOf(List<Fact<String>> phrases, Signing signing,
                Attribution attribution, List<Sentence> sentences, boolean shared) {
            return distinct(phrases.stream().filter(phrase -> {
                Sentence sentence = sentenceAt(phrase.evidence().start(), sentences);
                List<Signing> about = sentence == null ? List.of() : attribution.about(sentence);
                return about.isEmpty() ? shared || attribution.isFirst(signing) : about.contains(signing);
            }).toList());
        }

        /** Each phrase once, where it was first read. */
        static List<Fact<String>> distinct(List<Fact<String>> phrases) {
            Map<String, Fact<String>> byKey = new LinkedHashMap<>();
            phrases.forEach(phrase -> byKey.putIfAbsent(OrganisationNames.key(phrase.value()), phrase));
            return List.copyOf(byKey.values());
        }

        private static Sentence sentenceAt(int offset, List<Sentence> sentences) {
            for (Sentence sentence : sentences) {
                if (sentence.start() <= offset && offset < sentence.end()) {
                    return sentence;
                }
            }
            return null;
        }

        private static <T> List<Fact<T>> keep(List<Fact<T>> facts, Set<Integer> own, boolean first,
                Set<Integer> anySigning, List<Sentence> sentences) {
            return facts.stream().filter(fact -> {
                int paragraph = paragraphAt(fact.evidence().start(), sentences);
                return own.contains(paragraph) || (first && !anySigning.contains(paragraph));
            }).toList();
        }

        private static int paragraphAt(int offset, List<Sentence> sentences) {
            for (Sentence sentence : sentences) {
                if (sentence.start() <= offset && offset < sentence.end()) {
                    return sentence.paragraph();
                }
            }
            return -1;
        }
    }

    /**
     * The signings a phrase read from a sentence is about, when the article reports several. The sentence, or else
     * the nearest before it in its paragraph, that names two or more parties of a signing decides: the signings of
     * which it names the most parties, and of those the ones with fewest left unnamed ("三方将在法学、文学等领域…" after
     * naming the three; "UM will offer…" after "Song and the rector of ULisboa signed…"). Without such a sentence, the
     * signings reported in the paragraph; none when the paragraph reports no signing.
     *
     * <p>Every phrase of every signing asks, so the names each party goes by are gathered once, and each sentence's
     * answer is kept for the article.
     */
    private static final class Attribution {
        private final List<Sentence> sentences;
        private final List<Signing> signings;
        /** For each signing, the names of each of its parties (see {@link Signing#namesOf}). */
        private final Map<Signing, List<List<String>>> partyNames = new HashMap<>();
        private final Map<Sentence, List<Signing>> about = new HashMap<>();

        Attribution(List<Sentence> sentences, List<Signing> signings, Map<String, String> aliases) {
            this.sentences = sentences;
            this.signings = signings;
            for (Signing signing : signings) {
                partyNames.put(signing, signing.parties.stream()
                        .map(party -> Signing.namesOf(party.value(), signings, aliases)).toList());
            }
        }

        boolean isFirst(Signing signing) {
            return signing == signings.get(0);
        }

        List<Signing> about(Sentence sentence) {
            return about.computeIfAbsent(sentence, this::find);
        }

        private List<Signing> find(Sentence sentence) {
            for (int i = sentences.indexOf(sentence);
                    i >= 0 && sentences.get(i).paragraph() == sentence.paragraph(); i--) {
                Sentence nearest = sentences.get(i);
                // "A signed agreements with B, C and D": the sentence that first reported several signings at once
                // speaks of them all, whichever names most parties of one.
                List<Signing> reported = signings.stream().filter(s -> within(s.sentences.get(0), nearest)).toList();
                if (reported.size() > 1) {
                    return reported;
                }
                List<Signing> named = signingsNamed(nearest.text());
                if (!named.isEmpty()) {
                    return named;
                }
            }
            return signings.stream().filter(s -> s.paragraphs().contains(sentence.paragraph())).toList();
        }

        /** Whether a sentence, or a clause of one ({@link #signingClauses}), lies within another. */
        private static boolean within(Sentence part, Sentence whole) {
            return part.start() >= whole.start() && part.end() <= whole.end();
        }

        /**
         * The signings of which the text names the most parties, then the fewest left unnamed; none unless it names
         * two parties of them, or one that tells them from the others ("澳大及里斯本大學簽署…" where the short form
         * "澳大" is not known to be the University of Macau, which signed all of them).
         */
        private List<Signing> signingsNamed(String text) {
            List<Signing> named = new ArrayList<>();
            int most = 1;
            int fewestUnnamed = Integer.MAX_VALUE;
            for (Signing signing : signings) {
                int count = partiesNamedIn(text, signing);
                int unnamed = signing.parties.size() - count;
                if (count > most || (count == most && unnamed < fewestUnnamed)) {
                    named.clear();
                    most = count;
                    fewestUnnamed = unnamed;
                }
                if (count == most && unnamed == fewestUnnamed) {
                    named.add(signing);
                }
            }
            return most >= 2 || named.size() < signings.size() ? named : List.of();
        }

        private int partiesNamedIn(String text, Signing signing) {
            int count = 0;
            for (List<String> names : partyNames.get(signing)) {
                count += names.stream().anyMatch(text::contains) ? 1 : 0;
            }
            return count;
        }
    }

    /** The sentences that report one signing, and its parties as they accumulate. */
    private static final class Signing {
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Fact<Organisation>> parties = new ArrayList<>();
        /** The agreement of a list of those signed ({@link #splitListedAgreements}) this signing is, if it is one. */
        private Fact<LanguageRules.ListedAgreement> listed;

        Signing(Sentence sentence, List<Organisation> found) {
            add(sentence, found);
        }

        private Signing() {
        }

        /** Another signing between the same parties, reported by the same sentences: its people, date and place. */
        Signing atSameCeremony() {
            Signing other = new Signing();
            other.sentences.addAll(sentences);
            other.parties.addAll(parties);
            return other;
        }

        /** Another signing at the same ceremony, with one of the parties replaced. */
        Signing withPartyReplaced(Fact<Organisation> party, Fact<Organisation> replacement) {
            Signing other = atSameCeremony();
            other.parties.set(other.parties.indexOf(party), replacement);
            return other;
        }

        /** Another signing between the same parties, reported by this sentence. */
        Signing furtherSigning(Sentence sentence) {
            Signing other = new Signing();
            other.sentences.add(sentence);
            other.parties.addAll(parties);
            return other;
        }

        /**
         * "高雄文藻大學與美國奧勒岡州四所大學締結…" and then "文藻外語大學與美國奧勒岡州四所大學…簽署": a headline shortens
         * names. When a report of this signing names its other party and, in place of the one the headline named,
         * an organisation of the same kind, that is the party's fuller name.
         */
        void takeFullerName(Sentence sentence, List<Organisation> found, String headline) {
            if (parties.size() != 2 || found.size() != 2) {
                return;
            }
            List<Organisation> unknown = found.stream().filter(o -> !isParty(o)).toList();
            List<Fact<Organisation>> unnamed = parties.stream()
                    .filter(p -> found.stream().noneMatch(o -> OrganisationNames.sameOrganisation(p.value(), o)))
                    .toList();
            if (unknown.size() == 1 && unnamed.size() == 1
                    && unnamed.get(0).evidence().sentence().strip().equals(headline.strip())
                    && (sameKind(unknown.get(0).name(), unnamed.get(0).value().name())
                            || isAcronymOf(unnamed.get(0).value().name(), unknown.get(0).name()))) {
                Organisation headlineName = unnamed.get(0).value();
                List<String> aliases = new ArrayList<>(unknown.get(0).aliases());
                aliases.addAll(headlineName.allNames());
                parties.set(parties.indexOf(unnamed.get(0)),
                        new Fact<>(new Organisation(unknown.get(0).name(), aliases), sentence.evidence()));
            }
        }

        /**
         * Whether a headline's capitals stand for the report's name ("SCU" for "Sichuan University"): each capital
         * in order, every word of the name giving one, its first or one inside it (a syllable: "Si-chuan").
         */
        static boolean isAcronymOf(String acronym, String name) {
            List<String> words = Arrays.stream(name.split("\\s+")).filter(w -> !FUNCTION_WORD.matcher(w).matches())
                    .toList();
            if (!ACRONYM.matcher(acronym).matches() || words.size() < 2) {
                return false;
            }
            int letter = 0;
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w);
                if (letter >= acronym.length() || !sameLetter(word.charAt(0), acronym.charAt(letter))) {
                    return false;
                }
                letter++;
                // Letters inside the word, while enough are left for the initials of the words after it.
                int reserved = words.size() - 1 - w;
                for (int i = 1; i < word.length() && acronym.length() - letter > reserved; i++) {
                    if (sameLetter(word.charAt(i), acronym.charAt(letter))) {
                        letter++;
                    }
                }
            }
            return letter == acronym.length();
        }

        private static boolean sameLetter(char a, char b) {
            return Character.toLowerCase(a) == Character.toLowerCase(b);
        }

        /** Names ending alike: in the same word ("University"), or the same two characters ("大學"). */
        private static boolean sameKind(String a, String b) {
            String endOfA = a.contains(" ") ? a.substring(a.lastIndexOf(' ') + 1) : a.substring(Math.max(0, a.length() - 2));
            String endOfB = b.contains(" ") ? b.substring(b.lastIndexOf(' ') + 1) : b.substring(Math.max(0, b.length() - 2));
            return endOfA.equalsIgnoreCase(endOfB) && !a.equals(b);
        }

        /** Whether none of these is written as one of this signing's parties is ("USAID", not "America"). */
        boolean namesNoneAsWritten(List<Organisation> found) {
            return found.stream().noneMatch(o -> parties.stream()
                    .anyMatch(p -> OrganisationNames.key(p.value().name()).equals(OrganisationNames.key(o.name()))));
        }

        List<Organisation> partyValues() {
            return parties.stream().map(Fact::value).toList();
        }

        boolean knowsAll(List<Organisation> found) {
            return found.stream().allMatch(this::isParty);
        }

        boolean lacksParties() {
            return parties.size() < 2;
        }

        boolean sharesPartyWith(List<Organisation> found) {
            return found.stream().anyMatch(this::isParty);
        }

        void add(Sentence sentence, List<Organisation> found) {
            sentences.add(sentence);
            for (Organisation organisation : found) {
                if (!isParty(organisation)) {
                    parties.add(new Fact<>(organisation, sentence.evidence()));
                }
            }
        }

        /**
         * The names a text may give a party by: any of its own, a short form the article defines, or a name another
         * signing gives the same organisation ("澳大" for "澳門大學").
         */
        static List<String> namesOf(Organisation party, List<Signing> signings, Map<String, String> aliases) {
            List<String> names = new ArrayList<>(party.allNames());
            aliases.forEach((alias, full) -> {
                if (names.contains(full)) {
                    names.add(alias);
                }
            });
            signings.forEach(other -> other.parties.stream().map(Fact::value)
                    .filter(o -> OrganisationNames.sameOrganisation(o, party)
                            || isChineseShortForm(o.name(), party.name())
                            || isChineseShortForm(party.name(), o.name()))
                    .forEach(o -> names.addAll(o.allNames())));
            return List.copyOf(names);
        }

        private static boolean isChineseShortForm(String shortForm, String name) {
            return CHINESE_SHORT_FORM.matcher(shortForm).matches() && ChineseAliases.isAbbreviation(shortForm, name);
        }

        private boolean isParty(Organisation organisation) {
            return parties.stream().anyMatch(p -> OrganisationNames.sameOrganisation(p.value(), organisation));
        }

        Set<Integer> paragraphs() {
            Set<Integer> paragraphs = new HashSet<>();
            sentences.forEach(s -> paragraphs.add(s.paragraph()));
            return paragraphs;
        }

        /** The signing sentences first, then the other sentences of their paragraphs, nearest first. */
        List<Sentence> nearby(List<Sentence> all) {
            List<Sentence> result = new ArrayList<>(sentences);
            for (Sentence anchor : sentences) {
                all.stream().filter(s -> s.paragraph() == anchor.paragraph() && !result.contains(s))
                        .sorted(java.util.Comparator.comparingInt(s -> Math.abs(s.start() - anchor.start())))
                        .forEach(result::add);
            }
            return result;
        }
    }
}
