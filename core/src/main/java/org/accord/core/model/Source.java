package org.accord.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The article a mention comes from, without its text: what reports cite as a source.
 *
 * <pre>{@code
 * for (Source source : agreement.sources()) {
 *     String link = source.url() != null ? source.url() : source.source();
 *     System.out.println(source.title() + " (" + source.published() + "): " + link);
 * }
 * }</pre>
 *
 * @param source where the article was read from (see {@link Article#source()})
 * @param url the article's web address, when stated
 * @param title the headline
 * @param language the article's main language
 * @param published the publication date, when stated
 */
public record Source(
        String source, @Nullable String url, String title, Language language, @Nullable LocalDate published) {

    /** Checks that the mandatory values are present. */
    public Source {
        requireNonNull(source, "source");
        requireNonNull(title, "title");
        requireNonNull(language, "language");
    }
}
