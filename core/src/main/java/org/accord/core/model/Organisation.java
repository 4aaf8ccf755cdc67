package org.accord.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An organisation: a university, a company, a laboratory, a government body.
 *
 * <pre>{@code
 * Organisation um = new Organisation("University of Macau", List.of("澳门大学", "UM"));
 * um.allNames();   // [University of Macau, 澳门大学, UM]
 * Organisation telecom = Organisation.named("中国电信");   // no alias
 * }</pre>
 *
 * @param name the fullest name known
 * @param aliases other names for the same organisation (short forms, translations), without {@code name}
 */
public record Organisation(String name, List<String> aliases) {

    /** Copies the aliases and checks that the name is not blank. */
    public Organisation {
        requireNonNull(name, "name");
        checkArgument(!name.isBlank(), "organisation name must not be blank");
        aliases = aliases.stream().filter(alias -> !alias.equals(name)).distinct().toList();
    }

    /** An organisation known by one name only. */
    public static Organisation named(String name) {
        return new Organisation(name, List.of());
    }

    /** The name followed by the aliases. */
    public List<String> allNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
