package org.accord.ingest.extract;

import static org.accord.ingest.extract.EnglishOrganisationNames.NAME_WORD;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.model.Organisation;

/**
 * The parties of an English signing: the organisation names of the sentence (outside the place of signing),
 * acronyms standing alone, countries when fewer than two were found, and the subject of the signing verb whatever
 * its name ends in; and how the sentence says they are coordinated ("respectively", "tripartite", "with").
 */
final class EnglishParties {
    private static final Pattern TRAILING_NON_WORD = Pattern.compile("\\W+$");
    private static final Pattern PARTY_COUNT = Pattern.compile("(?i)\\b(bilateral|both parties|both sides|the two sides|"
            + "tripartite|trilateral|three-way|three parties|"
            + "quadripartite|quadrilateral|four-way|four parties|five parties)\\b");
    private static final Pattern WITH = Pattern.compile("\\bwith\\b");
    /** What a signing is for: the bodies it sets up are not its parties. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\b(?:to\\s+(?:jointly\\s+|officially\\s+)?(?:establish|"
            + "set\\s+up|build|create|construct|launch|found|form|co-found|co-build)|for\\s+the\\s+(?:establishment|"
            + "construction|creation|founding|launch)\\s+of|aim(?:s|ed|ing)?\\s+(?:to|at)|marking)\\b");
    /** "Datavault AI (DVLT)", "(NASDAQ: DVLT)": an acronym in brackets after a name is that name's short form. */
    private static final Pattern BRACKETED_AFTER_NAME = Pattern.compile("\\p{L}\\s*\\((?:[\\p{Lu}\\s]+:\\s*)?$");
    /** "Inner Mongolia": a capitalised word right before the country makes it part of another name. */
    private static final Pattern INSIDE_A_NAME_BEFORE = Pattern.compile("(?<=[\\p{L}\\d,;]\\s)\\p{Lu}\\p{Ll}+\\s$");
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("\\b(?:in|across|throughout|to|from)\\s+(?:the\\s+)?$");
    private static final Pattern BYLINE = Pattern.compile("\\s*\\((?:Reporter|Reporters|Photographer|Photo|By|"
            + "Correspondent|Editor|Source|Text)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern REGION = Pattern.compile("\\b(?:Province|Prefecture|County|State|Region|Oblast|District)$");
    private static final Pattern SINGLE_AGREEMENT = Pattern.compile("(?i)\\b(?:a|an|one)\\s+(?:[\\w-]+\\s+){0,4}?"
            + "(?:agreement|memorandum|mou|contract|letter of intent|protocol|partnership)\\b"
            // A caption's "Lingnan University signs strategic cooperation framework agreement with…", article dropped.
            + "|\\bsign(?:s|ed)?\\s+(?:[\\w-]+\\s+){0,4}?(?:agreement|memorandum|mou|contract|protocol)\\s+with\\b");
    private static final Pattern PLURAL_AGREEMENTS = Pattern.compile("(?i)\\b(?:agreements|memoranda|memorandums|mous|"
            + "contracts|letters of intent|protocols|partnerships)\\b");
    private static final Pattern SEPARATELY = Pattern.compile("(?i)\\b(respectively|separately|separate|"
            + "multiple|several|a series of|each)\\b");
    /** What may stand between a subject and its signing verb, peeled off from the end one piece at a time. */
    private static final Pattern BEFORE_VERB = Pattern.compile("(?:\\s+(?:has|have|had|have been|has been|officially|"
            + "formally|today|recently|also|jointly|successfully|together|finally|will|would|to)"
            + "|\\s+(?:announced|announces|said|says|confirmed)(?:\\s+(?:today|that))*\\s+(?:it|they)"
            + "|\\s*\\([^()]{0,40}\\)|,[^,]{3,80},)\\s*$");
    /** A verb in the passive: what stands before it was signed, not a signatory. */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:was|were|been|be|is|are|being)\\s*$");
    /** Capitalised words (with "and", "of", "&" between them) that end right before the verb. */
    private static final Pattern TRAILING_NAME = Pattern.compile("(?:^|[^\\p{L}\\p{N}'’.-])((?:" + NAME_WORD
            + ")(?:\\s+(?:(?:of|and|for|the|&)\\s+)*" + NAME_WORD + ")*)\\s*$");
    private static final Pattern NAME_THEN_COMMON_NOUNS = Pattern.compile("^\\s*(" + NAME_WORD + "(?:\\s+" + NAME_WORD
            + ")*)(?:\\s+\\p{Ll}[\\p{Ll}-]*){1,5}\\s*$");
    /** Sentence openers that are no names. */
    private static final Pattern STARTS_NO_NAME = Pattern.compile("(?:The|This|That|These|Those|Both|Two|Three|It|They|"
            + "We|Our|Its|Their|He|She|In|On|At|After|Before|During|Since|As|With|Under|According)\\b");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\S+)");

    private final EnglishOrganisationNames organisationNames;
    private final EnglishPlaces places;
    private final Lexicon titles;
    private final CountryNames countries;
    private final Pattern countryPattern;
    private final Pattern verbs;
    private final Pattern titleWord;

    /**
     * @param cues the English signing cues, whose verbs mark where the subject of a signing ends
     * @param organisationNames the grammar the parties' names are read with
     * @param places where the signing took place, whose names are not parties
     * @param titles the English titles, which make a name before the verb a person's
     * @param countries the countries, parties when a sentence names fewer than two organisations
     */
    EnglishParties(SigningCues cues, EnglishOrganisationNames organisationNames, EnglishPlaces places,
            Lexicon titles, CountryNames countries) {
        this.organisationNames = organisationNames;
        this.places = places;
        this.titles = titles;
        this.countries = countries;
        this.verbs = cues.verbs();
        this.countryPattern = countries.pattern();
        this.titleWord = Pattern.compile("\\b(?:" + titles.alternation() + "|Mr|Ms|Mrs|Dr|Prof)\\b\\.?");
    }

    /** The organisations the signing sentence names as parties, in order, short forms resolved through aliases. */
    List<Organisation> in(String sentence, Map<String, String> aliases) {
        String place = places.in(sentence).orElse("");
        // Names inside the place of signing ("held in the hall of Xuhui District Institution Compound") are where,
        // not who; the same name elsewhere in the sentence still counts.
        int placeStart = place.isEmpty() ? -1 : sentence.indexOf(place);
        int placeEnd = placeStart < 0 ? -1 : placeStart + place.length();
        Map<Integer, String> found = new TreeMap<>();
        Matcher m = organisationNames.span().matcher(sentence);
        while (m.find()) {
            int offset = m.start();
            for (String org : organisationNames.organisationsIn(m.group())) {
                int at = offset + m.group().indexOf(org);
                if (at < placeStart || at >= placeEnd) {
                    found.putIfAbsent(at, org);
                }
            }
        }
        Matcher a = organisationNames.acronymsIn(sentence);
        while (a.find()) {
            String token = a.group();
            if (aliases.containsKey(token)) {
                found.putIfAbsent(a.start(), token);
            } else if (standsAlone(sentence, a.start(), a.end()) && token.length() <= 8
                    && !BRACKETED_AFTER_NAME.matcher(sentence.substring(0, a.start())).find()
                    && token.chars().filter(Character::isUpperCase).count() >= 3 && !organisationNames.isExcluded(token)
                    && !titles.containsIgnoreCase(token) && !countries.contains(token)) {
                found.putIfAbsent(a.start(), token);
            }
        }
        if (found.size() < 2) {
            Matcher c = countryPattern.matcher(sentence);
            while (c.find()) {
                // "northern China's Inner Mongolia", "quantum computing in South Korea": where, not who.
                if (!POSSESSIVE.matcher(sentence.substring(c.end())).lookingAt()
                        && !PLACE_PREPOSITION.matcher(sentence.substring(0, c.start())).find()
                        && !INSIDE_A_NAME_BEFORE.matcher(sentence.substring(0, c.start())).find()) {
                    found.putIfAbsent(c.start(), c.group());
                }
            }
        }
        int purpose = purposeStart(sentence);
        // "signed an agreement to establish the PolyU-Zibo Technology and Innovation Research Institute": what the
        // agreement creates is no party to it.
        found.keySet().removeIf(at -> at >= purpose);
        subject(sentence).ifPresent(subject -> {
            for (String name : subject.names()) {
                int at = sentence.indexOf(name, subject.start());
                if (found.values().stream().noneMatch(known -> known.contains(name) || name.contains(known))) {
                    found.putIfAbsent(at, name);
                }
            }
        });
        dropAddressQualifiers(sentence, found);
        // "News Network (Reporter Tian Ke, Photographer Du Peng) On the morning of...": the outlet's byline.
        found.entrySet().removeIf(e -> BYLINE.matcher(sentence.substring(e.getKey() + e.getValue().length()))
                .lookingAt());
        return organisations(found.values(), aliases);
    }

    /** Where the sentence starts saying what the signing is for, after its verb; the sentence's length if nowhere. */
    private int purposeStart(String sentence) {
        Matcher verb = verbs.matcher(sentence);
        if (!verb.find()) {
            return sentence.length();
        }
        Matcher purpose = PURPOSE.matcher(sentence);
        return purpose.find(verb.end()) ? purpose.start() : sentence.length();
    }

    /** "Rizhao City, Shandong Province": a province after a comma says where the city is, it is no further party. */
    private static void dropAddressQualifiers(String sentence, Map<Integer, String> found) {
        Integer previousEnd = null;
        for (var it = found.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            int start = entry.getKey();
            boolean qualifier = previousEnd != null && previousEnd <= start
                    && sentence.substring(previousEnd, start).matches(",\\s*")
                    && REGION.matcher(entry.getValue()).find();
            if (qualifier) {
                it.remove();
            } else {
                previousEnd = start + entry.getValue().length();
            }
        }
    }

    /**
     * The subject of the signing verb, which is a party whatever its name ends in: "Datavault AI (NASDAQ: DVLT)
     * announced it has signed...", "Airbus Defence and Space and Omnitronics Sign MoU". Auxiliaries, a ticker in
     * brackets and an appositive between commas may stand between the name and the verb.
     */
    private Optional<Subject> subject(String sentence) {
        Matcher verb = verbs.matcher(sentence);
        if (!verb.find()) {
            return Optional.empty();
        }
        String before = sentence.substring(0, verb.start());
        String previous;
        do {
            previous = before;
            before = BEFORE_VERB.matcher(before).replaceFirst("");
        } while (!before.equals(previous));
        Matcher name = TRAILING_NAME.matcher(before);
        if (!name.find()) {
            // "Sputnik news agency and radio have entered into…": a name that opens a subject of common nouns.
            name = NAME_THEN_COMMON_NOUNS.matcher(before);
            if (!name.find() || STARTS_NO_NAME.matcher(name.group(1)).lookingAt()) {
                return Optional.empty();
            }
        }
        if (PASSIVE.matcher(before).find() || namesPerson(before, name.start(1))) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        // "Airbus Defence and Space and Omnitronics": only the last "and" is taken to join two subjects.
        for (String part : name.group(1).split("\\s+(?:and|&)\\s+(?:the\\s+)?(?=\\p{Lu}(?!.*\\s(?:and|&)\\s))")) {
            String bare = part.replaceFirst("^(?:The|the)\\s+", "").strip();
            if (!bare.isEmpty() && !organisationNames.isExcluded(bare) && !titles.containsIgnoreCase(bare)
                    && !organisationNames.breaksName(bare) && !EnglishDates.isMonthOrDay(bare)) {
                names.add(bare);
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(new Subject(names, name.start(1)));
    }

    /** A title or honorific before or inside the name makes it a person's: "President Yonghua Song signed". */
    private boolean namesPerson(String before, int nameStart) {
        Matcher title = titleWord.matcher(before);
        while (title.find()) {
            if (title.end() >= nameStart - 1) {
                return true;
            }
        }
        return false;
    }

    /** The names before a signing verb and where they start. */
    private record Subject(List<String> names, int start) {
    }

    private List<Organisation> organisations(Iterable<String> names, Map<String, String> aliases) {
        List<Organisation> result = new ArrayList<>();
        for (String name : names) {
            String full = aliases.getOrDefault(name, name);
            // A country keeps its usual name as an alias: "US" here and "USA" elsewhere are one party.
            String usual = countries.canonical(full);
            List<String> otherNames = java.util.stream.Stream.of(name, usual).filter(n -> !n.equals(full)).distinct()
                    .toList();
            Organisation org = new Organisation(full, otherNames);
            boolean known = result.stream().anyMatch(o -> OrganisationNames.sameOrganisation(o, org)
                    || o.allNames().stream().anyMatch(n -> n.contains(full)));
            if (!known) {
                result.removeIf(o -> full.contains(o.name()));
                result.add(org);
            }
        }
        return result;
    }

    /** An acronym stands alone when no other capitalised word touches it and it is not a ticker or a dateline. */
    private boolean standsAlone(String sentence, int start, int end) {
        Matcher before = WORD_BEFORE.matcher(sentence.substring(0, start));
        Matcher after = WORD_AFTER.matcher(sentence.substring(end));
        boolean prevName = before.find() && isNameWord(before.group(1));
        boolean nextName = after.find() && isNameWord(after.group(1));
        String next = sentence.substring(end);
        return !prevName && !nextName && !next.startsWith("/") && !sentence.substring(0, start).endsWith(": ");
    }

    private boolean isNameWord(String word) {
        return Character.isUpperCase(word.charAt(0))
                && !organisationNames.breaksName(TRAILING_NON_WORD.matcher(word).replaceAll(""));
    }

    /** Whether the sentence reports one party signing separately with each of the others ("respectively"). */
    boolean signsSeparately(String sentence) {
        return SEPARATELY.matcher(sentence).find();
    }

    /** How many parties the sentence says one agreement binds ("tripartite", "both sides"), or zero. */
    int statedCount(String sentence) {
        Matcher m = PARTY_COUNT.matcher(sentence);
        if (!m.find()) {
            return 0;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        if (word.startsWith("bi") || word.startsWith("both") || word.startsWith("the two")) {
            return 2;
        }
        return word.startsWith("tri") || word.startsWith("three") ? 3 : word.startsWith("four")
                || word.startsWith("quadri") ? 4 : 5;
    }

    /** Whether the sentence says one agreement was signed ("signed a memorandum with B and C"). */
    boolean namesOneAgreement(String sentence) {
        return SINGLE_AGREEMENT.matcher(sentence).find() && !PLURAL_AGREEMENTS.matcher(sentence).find();
    }

    /** Whether the text between two party names joins them as one side signing with the other ("with"). */
    boolean joinsWithPartner(String between) {
        return WITH.matcher(between).find();
    }
}
