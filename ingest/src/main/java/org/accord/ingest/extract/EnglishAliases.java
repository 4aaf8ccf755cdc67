package org.accord.ingest.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short forms an English article defines for organisations: {@code ZUEL} for the name before "(ZUEL)", and a
 * country's name for the official form the article also writes ("Kenya" for "the Republic of Kenya"), since a party
 * goes by the fullest name the article uses.
 */
final class EnglishAliases {
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{2,60})\\)");
    private static final int MAX_NAME = 160;

    /** "the People's Republic", "the Kingdom", ending where " of " starts. */
    private static final Pattern STATE_BEFORE_OF = Pattern.compile("(?:(?:People's|People’s|Federal|Democratic|Islamic|"
            + "Socialist|Arab|United|Cooperative|Co-operative|Hashemite|Bolivarian|Plurinational|Oriental)\\s+)*"
            + "(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|State|Principality|Grand Duchy)$");
    /** The word before " of " in a state's form; only then is the form worth matching. */
    private static final java.util.Set<String> STATE_NOUNS = java.util.Set.of("Republic", "Kingdom", "Federation",
            "Commonwealth", "Sultanate", "State", "Principality", "Duchy");
    /** Room for the words of a state's form before " of ". */
    private static final int MAX_STATE = 60;

    private final EnglishOrganisationNames organisationNames;
    private final Pattern spanAtEnd;
    private final Pattern countryAfterOf;

    EnglishAliases(EnglishOrganisationNames organisationNames, CountryNames countries) {
        this.organisationNames = organisationNames;
        spanAtEnd = Pattern.compile("(" + organisationNames.span().pattern() + ")\\s*$");
        countryAfterOf = Pattern.compile("(?:the\\s+)?(" + countries.pattern().pattern() + ")");
    }

    /** Short forms, each mapped to the full name it stands for. */
    Map<String, String> definedIn(String text) {
        Map<String, String> aliases = new LinkedHashMap<>();
        // Brackets first, the name before them second: the name pattern tried at every offset is slow.
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            Matcher name = spanAtEnd.matcher(text.substring(Math.max(0, m.start() - MAX_NAME), m.start()));
            if (!name.find()) {
                continue;
            }
            List<String> orgs = organisationNames.organisationsIn(name.group(1));
            String inner = m.group(1).strip();
            if (!orgs.isEmpty() && (organisationNames.isAcronym(inner) || organisationNames.hasHead(inner))) {
                aliases.putIfAbsent(inner, orgs.get(orgs.size() - 1));
            }
        }
        addOfficialCountries(text, aliases);
        return aliases;
    }

    /**
     * "Kenya" for "Republic of Kenya". Found from each " of ": a pattern of states tried at every offset of the text
     * cost a twentieth of the whole extraction.
     */
    private void addOfficialCountries(String text, Map<String, String> aliases) {
        Matcher state = STATE_BEFORE_OF.matcher(text);
        Matcher country = countryAfterOf.matcher(text);
        for (int of = text.indexOf(" of "); of >= 0; of = text.indexOf(" of ", of + 1)) {
            if (STATE_NOUNS.contains(text.substring(text.lastIndexOf(' ', of - 1) + 1, of))
                    && state.region(Math.max(0, of - MAX_STATE), of).find()
                    && country.region(of + " of ".length(), text.length()).lookingAt()) {
                aliases.putIfAbsent(country.group(1), text.substring(state.start(), country.end()));
            }
        }
    }
}
