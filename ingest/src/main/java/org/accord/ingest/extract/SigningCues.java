package org.accord.ingest.extract;

import java.util.regex.Pattern;

/**
 * The signing-cue detector: a sentence reports a signing when it has a signing verb and an agreement noun and none of
 * the negations (plans, terminations, background); a headline with a denial (a termination, a cancellation) rules the
 * article out. The four lists are a language's data files.
 */
final class SigningCues {
    private final Pattern verbPattern;
    private final Literals verbs;
    private final Literals nouns;
    private final Literals negations;
    private final Literals denials;
    private final Literals further;
    private final Literals ceremonies;
    private final Literals events;
    private final Literals afterCeremony;

    private SigningCues(String language, boolean wholeWords) {
        Lexicon verbList = Lexicon.load(language + "/signing-verbs.txt");
        this.verbPattern = wholeWords ? verbList.wordPattern() : verbList.substringPattern();
        this.verbs = verbList.literals(wholeWords);
        this.nouns = Lexicon.load(language + "/agreement-nouns.txt").literals(wholeWords);
        this.negations = Lexicon.load(language + "/negations.txt").literals(wholeWords);
        this.denials = Lexicon.load(language + "/headline-denials.txt").literals(wholeWords);
        this.further = Lexicon.load(language + "/further-signings.txt").literals(wholeWords);
        this.ceremonies = Lexicon.load(language + "/ceremonies.txt").literals(wholeWords);
        this.events = Lexicon.load(language + "/events.txt").literals(wholeWords);
        this.afterCeremony = Lexicon.load(language + "/after-ceremony.txt").literals(wholeWords);
    }

    /** Cues matched as whole words, ignoring case: for languages written with spaces. */
    static SigningCues words(String language) {
        return new SigningCues(language, true);
    }

    /** Cues matched anywhere, as written: for scripts without spaces between words. */
    static SigningCues substrings(String language) {
        return new SigningCues(language, false);
    }

    boolean reportsSigning(String sentence) {
        return verbs.foundIn(sentence) && nouns.foundIn(sentence) && !negations.foundIn(sentence);
    }

    /** Whether the sentence says the parties also signed something more ("双方还签署", "also signed"). */
    boolean reportsFurtherSigning(String sentence) {
        return further.foundIn(sentence);
    }

    /** Whether the sentence speaks of a signing ceremony ("出席了在北京举行的签字仪式", "the signing ceremony"). */
    boolean mentionsCeremony(String sentence) {
        return ceremonies.foundIn(sentence);
    }

    /** Whether the sentence opens on what followed the signing ceremony ("签约仪式后，…", "After the ceremony, …"). */
    boolean followsCeremony(String sentence) {
        Literals.Match m = afterCeremony.find(sentence, 0);
        return m != null && sentence.substring(0, m.start()).isBlank();
    }

    /** The events a sentence names ("发布会", "forum"), as written: a signing "在发布会上" took place at that event. */
    java.util.Set<String> eventsIn(String sentence) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (Literals.Match m : events.all(sentence)) {
            found.add(m.in(sentence).toLowerCase(java.util.Locale.ROOT));
        }
        return found;
    }

    /** Whether a headline says there was no signing. */
    boolean deniesSigning(String headline) {
        return denials.foundIn(headline);
    }

    /** The signing verbs, for rules that locate the verb in a sentence. */
    Pattern verbs() {
        return verbPattern;
    }
}
