package org.accord.ingest.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The short forms an English article defines for organisations: {@code ZUEL} for the name before "(ZUEL)". */
final class EnglishAliases {
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{2,60})\\)");
    private static final int MAX_NAME = 160;

    private final EnglishOrganisationNames organisationNames;
    private final Pattern spanAtEnd;

    EnglishAliases(EnglishOrganisationNames organisationNames) {
        this.organisationNames = organisationNames;
        spanAtEnd = Pattern.compile("(" + organisationNames.span().pattern() + ")\\s*$");
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
        return aliases;
    }
}
