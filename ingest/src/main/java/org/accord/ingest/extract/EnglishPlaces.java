package org.accord.ingest.extract;

import static org.accord.ingest.extract.EnglishOrganisationNames.NAME_WORD;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an English sentence says an event took place: online, a venue ("in the conference hall of ..."), a name
 * after "held in", or where a delegation went; except what {@code en/not-places.txt} lists.
 */
final class EnglishPlaces {
    private static final Pattern REMOTE = Pattern.compile(
            "\\b(video ?conference|video link|videoconference|online ceremony|virtual(?:ly)? ceremony|online)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A venue written in lower case: "held in the conference hall of No.1 Building", "ceremony on PolyU campus". */
    private static final Pattern VENUE = Pattern.compile("\\b(?:held|signed|took place|hosted|ceremony|signing)\\b[^.;]*?"
            + "\\b(?:in|at|on)\\s+((?:the\\s+)?(?:[\\p{L}\\d.'’-]+\\s+){0,3}?(?:conference hall|hall|meeting room|room|campus|"
            + "auditorium|headquarters|hotel|building|center|centre)\\b(?:\\s+of\\s+(?:[\\p{Lu}\\d][\\p{L}\\d.'’-]*\\s*)+"
            + "(?:of\\s+(?:[\\p{Lu}\\d][\\p{L}\\d.'’-]*\\s*)+)*)?)");
    private static final Pattern SIGNED = Pattern.compile("(?<!\\bto be |\\bwill be )\\b(?:signed|inked)\\b");
    private static final Pattern VISITED = Pattern.compile(
            "\\b(?:visited|(?:visit|trip|travelled|traveled|went) to)\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD
                    + ")*(?:,\\s*" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")*)?)");

    /** A release's dateline: the place, an optional weekday, the date, an optional wire, then a dash. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s+)?"
            + "(\\p{Lu}[\\p{L} .,'’-]{1,60}?),?\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:"
            + EnglishDates.MONTH_NAME + "\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+" + EnglishDates.MONTH_NAME
            + ")(?:,?\\s+(?:19|20)\\d{2})?\\s*(?:/[^/]{1,40}/|\\([^()]{2,30}\\))?\\s*(?:--|—|–|-)\\s*");

    /**
     * The words one of which the venue's and the place's patterns start from: without one, a sentence is spared
     * patterns of names tried at every offset.
     */
    private static final List<String> EVENT_WORDS = List.of("held", "signed", "took place", "hosted", "inked",
            "ceremony", "signing");

    private final Lexicon notPlaces = Lexicon.load("en/not-places.txt");
    private final Pattern placeAfterVerb;
    /** The words {@link #placeAfterVerb} starts with: the pattern is tried only where one starts. */
    private static final Literals PLACE_VERBS = Literals.substringsIgnoringCase(List.of("held", "signed", "took place",
            "hosted", "inked", "ceremony", "signing"));
    private final Pattern placeAfterDate;
    private static final Literals ON = Literals.substringsIgnoringCase(List.of("on"));

    /** @param organisationNames the grammar of names, by which a place after "held in" is read like a name */
    EnglishPlaces(EnglishOrganisationNames organisationNames) {
        String name = organisationNames.span().pattern();
        // Within a few words of the verb: "signed ... to advance quantum computing in South Korea" says where the
        // work will be done, not where the signing was.
        // "to be signed at the White House" is a plan, not where a signing was.
        placeAfterVerb = Pattern.compile("(?<!\\bto be |\\bwill be )\\b(?:held|signed|took place|hosted|inked|ceremony|"
                + "signing)\\b(?:\\s+[^\\s.;]+){0,10}?\\s+(?:in|at)"
                + "\\s+((?:the\\s+)?" + name + "(?:,\\s*" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")*)?)");
        // "…, on 28 May at the 2024 Shandong-Hong Kong … Conference in Hong Kong": the date, then where.
        placeAfterDate = Pattern.compile("\\bon\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + EnglishDates.MONTH_NAME + "|"
                + EnglishDates.MONTH_NAME + "\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?,?\\s+(?:at|in)\\s+((?:the\\s+)?"
                + name + "(?:,\\s*" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")*)?)");
    }

    /**
     * The place of the dateline opening the sentence, if it opens with one; not a press release's "HONG KONG, May 29,
     * 2024 /PRNewswire/ --", whose city in capitals says where the release was issued, not where anything was signed.
     */
    Optional<String> dateline(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        if (!m.lookingAt() || m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).replaceAll("[\\s,.]+$", ""));
    }

    /** Where the sentence says the event took place. */
    Optional<String> in(String sentence) {
        Matcher remote = REMOTE.matcher(sentence);
        if (remote.find()) {
            return Optional.of(remote.group(1));
        }
        boolean eventWord = EVENT_WORDS.stream().anyMatch(sentence::contains);
        Matcher venue = VENUE.matcher(sentence);
        if (eventWord && venue.find()) {
            return Optional.of(venue.group(1).replaceAll("[.,]+$", "").strip());
        }
        Matcher m = placeAfterVerb.matcher(sentence);
        for (boolean found = eventWord && PLACE_VERBS.findStarting(m, sentence, 0); found;
                found = PLACE_VERBS.findStarting(m, sentence, m.end())) {
            String place = m.group(1).replaceAll("[.,]+$", "").replaceAll("\\s+(?:and|on|the|of)$", "").strip();
            if (!EnglishDates.isMonthOrDay(place.split("\\s+")[0]) && !place.matches("(?i)the\\s*")
                    && !notPlaces.containsIgnoreCase(place)) {
                return Optional.of(place);
            }
        }
        Matcher dated = placeAfterDate.matcher(sentence);
        if (ON.findStarting(dated, sentence, 0) && SIGNED.matcher(sentence).find()) {
            return Optional.of(dated.group(1).replaceAll("[.,]+$", "").strip());
        }
        // "The delegation recently visited Lisbon, Portugal. During the visit, UM signed...": where they went.
        Matcher visit = VISITED.matcher(sentence);
        return visit.find() ? Optional.of(visit.group(1).replaceAll("[.,]+$", "").strip()) : Optional.empty();
    }
}
