package org.accord.core.merge;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.jspecify.annotations.Nullable;

/**
 * Makes readable agreement identifiers from the date and the parties, such as
 * {@code 2019-03-22-peng-cheng-laboratory-dalian-university-of-technology}. Identifiers contain only letters
 * (any script), digits and hyphens.
 */
final class AgreementIds {
    private static final int MAX_LENGTH = 96;

    private AgreementIds() {
    }

    static String of(@Nullable SigningDate date, List<Organisation> parties) {
        String when = date == null ? "undated" : date.iso();
        String who = parties.stream().map(party -> slug(party.name())).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("-"));
        String id = who.isEmpty() ? when : when + "-" + who;
        return id.length() <= MAX_LENGTH ? id : id.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }

    static String slug(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }
}
