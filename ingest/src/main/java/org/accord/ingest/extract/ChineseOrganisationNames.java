package org.accord.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a Chinese organisation's name ends: with one of the suffixes of {@code zh/organisation-suffixes.txt} ("大学",
 * "有限公司", "研究院"). Short forms, parties and the organisations of people are all found by their suffix.
 */
final class ChineseOrganisationNames {
    private static final String HAN = "\\p{IsHan}";

    private final Lexicon suffixes = Lexicon.load("zh/organisation-suffixes.txt");
    private final Pattern organisation;
    private final Pattern organisationAtEnd;

    ChineseOrganisationNames() {
        organisation = Pattern.compile("[" + HAN + "A-Za-z0-9（）()]{1,30}?(?:" + suffixes.alternation() + ")");
        organisationAtEnd = Pattern.compile("(?:" + organisation.pattern() + ")$");
    }

    /** Whether the name ends in an organisation suffix and is more than the suffix alone. */
    /** Whether the word is an organisation suffix on its own ("协会"). */
    boolean isSuffix(String word) {
        return suffixes.entries().contains(word);
    }

    boolean endsLikeOrganisation(String name) {
        return suffixes.entries().stream().anyMatch(suffix -> name.endsWith(suffix) && name.length() > suffix.length());
    }

    /** The organisation's name the text ends with, if it ends with one. */
    @Nullable String atEndOf(String text) {
        Matcher name = organisationAtEnd.matcher(text);
        return name.find() ? name.group() : null;
    }

    /** The last organisation's name in the text, if it has one. */
    @Nullable String lastIn(String text) {
        Matcher org = organisation.matcher(text);
        String found = null;
        while (org.find()) {
            found = text.substring(org.start(), org.end());
        }
        return found;
    }
}
