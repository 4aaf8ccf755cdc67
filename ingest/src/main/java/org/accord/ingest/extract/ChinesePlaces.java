package org.accord.ingest.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Chinese sentence says an event took place: online ("视频连线"), a place between "在" and a verb of holding
 * ("在京举行", {@code zh/location-verbs.txt}), or where a delegation travelled to sign.
 */
final class ChinesePlaces {
    private static final String HAN = "\\p{IsHan}";
    private static final Pattern REMOTE = Pattern.compile("视频会议|視頻會議|视频连线|視頻連線|线上|線上|云签约|雲簽約");
    /** "新华社北京3月15日电", "中新网上海6月1日电": a wire's dateline, the city between the outlet and the date. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*[^，。,\\s]{0,12}?(?:社|网|網|报|報|台)"
            + "(\\p{IsHan}{2,3})\\d{1,2}月\\d{1,2}日(?:电|電)");
    private static final Pattern TRAVEL = Pattern.compile("(?:前往|赴|抵达|抵達|来到|來到)([\\p{IsHan}·]{2,12}?)(?=[，,])");

    private final ChineseTagger tagger;
    private final Pattern cuesVerb;
    private final Lexicon venueSuffixes = Lexicon.load("zh/venue-suffixes.txt");
    private final Lexicon placeAbbreviations = Lexicon.load("zh/place-abbreviations.txt");
    private final Pattern locationPattern;

    /**
     * @param cues the Chinese signing cues: a delegation's destination is the place only when a signing follows
     * @param tagger the tagger that tells a place from a person or an adverb
     */
    ChinesePlaces(SigningCues cues, ChineseTagger tagger) {
        this.tagger = tagger;
        cuesVerb = cues.verbs();
        locationPattern = Pattern.compile("(?:在|于|於)([" + HAN + "A-Za-z0-9·]{1,24}?)(?:隆重|正式|共同|成功)?(?:"
                + Lexicon.load("zh/location-verbs.txt").alternation() + ")");
    }

    /** Where the sentence says the event took place. */
    Optional<String> dateline(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
    }

    Optional<String> in(String sentence) {
        Matcher remote = REMOTE.matcher(sentence);
        if (remote.find()) {
            return Optional.of(remote.group());
        }
        Matcher m = locationPattern.matcher(sentence);
        while (m.find()) {
            // "在利川市政府礼堂与利川市签订": the place ends where the party it was signed with begins.
            String place = m.group(1).split("[与與]", 2)[0];
            if (!place.matches(".*(?:\\d|月|日|期间|期間|基础|基礎|方面|合作|领域|領域).*") && isPlace(place)) {
                return Optional.of(place);
            }
        }
        // "一行前往葡國里斯本,分別與…簽署": where the delegation went is where it signed.
        Matcher travel = TRAVEL.matcher(sentence);
        if (travel.find() && isPlace(travel.group(1)) && cuesVerb.matcher(sentence.substring(travel.end())).find()) {
            return Optional.of(travel.group(1));
        }
        return Optional.empty();
    }

    /**
     * Whether what stands between "在" and "举行" is a place: a name the tagger knows as a place or an
     * organisation (a campus), a venue ("山东大厦"), or a one-character place name ("在京"); not a person ("于林")
     * nor an adverb ("双方只是").
     */
    private boolean isPlace(String candidate) {
        if (placeAbbreviations.containsIgnoreCase(candidate)) {
            return true;
        }
        List<ChineseTagger.Word> words = tagger.words(candidate);
        ChineseTagger.Kind first = words.get(0).kind();
        if (first == ChineseTagger.Kind.PERSON || first == ChineseTagger.Kind.ADVERB) {
            return false;
        }
        return venueSuffixes.entries().stream().anyMatch(candidate::endsWith)
                || words.stream().anyMatch(w -> w.kind() == ChineseTagger.Kind.PLACE
                        || w.kind() == ChineseTagger.Kind.ORGANISATION);
    }
}
