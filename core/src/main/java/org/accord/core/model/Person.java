package org.accord.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A person named in an article.
 *
 * <pre>{@code
 * Person chair = new Person("柯瑞文", "董事长", "中国电信");
 * Person someone = new Person("Guo Dongming", null, null);   // no title or organisation stated
 * String label = someone.title() == null ? someone.name() : someone.title() + " " + someone.name();
 * }</pre>
 *
 * @param name the name as written ("Guo Dongming", "柯瑞文")
 * @param title the title as written ("Principal", "董事长"), when stated
 * @param organisation the organisation the person speaks for, when stated
 */
public record Person(String name, @Nullable String title, @Nullable String organisation) {

    /** Checks that the name is not blank. */
    public Person {
        requireNonNull(name, "name");
        checkArgument(!name.isBlank(), "person name must not be blank");
    }
}
