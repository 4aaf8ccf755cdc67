package org.accord.core.merge;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.jspecify.annotations.Nullable;

/** Mentions as the merge tests need them: an article, its parties and, when known, the day of the signing. */
final class TestMentions {
    private TestMentions() {
    }

    /** A mention in an English article published on that day, of a signing on {@code signed} (null: undated). */
    static Mention mention(String source, @Nullable LocalDate published, @Nullable LocalDate signed,
            String... parties) {
        Evidence evidence = new Evidence("s", 0, 1);
        return new Mention(new Source(source, null, "t", Language.ENGLISH, published), null,
                Arrays.stream(parties).map(p -> new Fact<>(Organisation.named(p), evidence)).toList(),
                signed == null ? null : new Fact<>(SigningDate.ofDay(signed), evidence), null, List.of(),
                List.of(), List.of(), List.of());
    }
}
