package org.accord.ingest.extract;

import java.util.regex.Pattern;

/**
 * The signing-cue detector: a sentence reports a signing when it has a signing verb and an agreement noun and none of
 * the negations (plans, terminations, background); a headline with a denial (a termination, a cancellation) rules the
 * article out. The four lists are a language's data files.
 */
final class SigningCues {
    private final Pattern verbs;
    private final Pattern nouns;
    private final Pattern negations;
    private final Pattern denials;
    private final Pattern further;
    private final Pattern ceremonies;
    private final Pattern events;

    private SigningCues(Pattern verbs, Pattern nouns, Pattern negations, Pattern denials, Pattern further,
            Pattern ceremonies, Pattern events) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.negations = negations;
        this.denials = denials;
        this.further = further;
        this.ceremonies = ceremonies;
        this.events = events;
    }

    /** Cues matched as whole words, ignoring case: for languages written with spaces. */
    static SigningCues words(String language) {
        return new SigningCues(Lexicon.load(language + "/signing-verbs.txt").wordPattern(),
                Lexicon.load(language + "/agreement-nouns.txt").wordPattern(),
                Lexicon.load(language + "/negations.txt").wordPattern(),
                Lexicon.load(language + "/headline-denials.txt").wordPattern(),
                Lexicon.load(language + "/further-signings.txt").wordPattern(),
                Lexicon.load(language + "/ceremonies.txt").wordPattern(),
                Lexicon.load(language + "/events.txt").wordPattern());
    }

    /** Cues matched anywhere, as written: for scripts without spaces between words. */
    static SigningCues substrings(String language) {
        return new SigningCues(Lexicon.load(language + "/signing-verbs.txt").substringPattern(),
                Lexicon.load(language + "/agreement-nouns.txt").substringPattern(),
                Lexicon.load(language + "/negations.txt").substringPattern(),
                Lexicon.load(language + "/headline-denials.txt").substringPattern(),
                Lexicon.load(language + "/further-signings.txt").substringPattern(),
                Lexicon.load(language + "/ceremonies.txt").substringPattern(),
                Lexicon.load(language + "/events.txt").substringPattern());
    }

    boolean reportsSigning(String sentence) {
        return verbs.matcher(sentence).find() && nouns.matcher(sentence).find() && !negations.matcher(sentence).find();
    }

    /** Whether the sentence says the parties also signed something more ("双方还签署", "also signed"). */
    boolean reportsFurtherSigning(String sentence) {
        return further.matcher(sentence).find();
    }

    /** Whether the sentence speaks of a signing ceremony ("出席了在北京举行的签字仪式", "the signing ceremony"). */
    boolean mentionsCeremony(String sentence) {
        return ceremonies.matcher(sentence).find();
    }

    /** The events a sentence names ("发布会", "forum"), as written: a signing "在发布会上" took place at that event. */
    java.util.Set<String> eventsIn(String sentence) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = events.matcher(sentence);
        while (m.find()) {
            found.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return found;
    }

    /** Whether a headline says there was no signing. */
    boolean deniesSigning(String headline) {
        return denials.matcher(headline).find();
    }

    /** The signing verbs, for rules that locate the verb in a sentence. */
    Pattern verbs() {
        return verbs;
    }
}
