package org.accord.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One article as read from its source: the text that extraction works on and the facts about where it came from.
 *
 * <p>Evidence offsets ({@link Evidence#start()}, {@link Evidence#end()}) index into {@link #text()}.
 *
 * <p>The readers of accord-ingest ({@code Accord.reader()}) make them from files; a test can make one itself:
 *
 * <pre>{@code
 * Article article = new Article("memo.txt", null, "Memo", Language.ENGLISH, LocalDate.of(2024, 3, 1),
 *         "On 1 March 2024 the University of Macau signed an agreement with Tsinghua University.");
 * Source cited = article.toSource();   // the same without its text, as a mention cites it
 * }</pre>
 *
 * @param source where the article was read from: a file path, or a path plus a record inside a container
 * @param url the article's address on the web, when the source states it
 * @param title the headline, empty when the source has none
 * @param language the main language of the text
 * @param published the publication date, when the source states it
 * @param text the article's body as plain text, paragraphs separated by blank lines
 * @param mixedLanguage whether a second language holds a large share of the text (a bilingual release), so that
 *     extraction in the main language alone may miss what the other part says
 */
public record Article(
        String source,
        @Nullable String url,
        String title,
        Language language,
        @Nullable LocalDate published,
        String text,
        boolean mixedLanguage) {

    /** Checks that the mandatory values are present and the source names something. */
    public Article {
        requireNonNull(source, "source");
        requireNonNull(title, "title");
        requireNonNull(language, "language");
        requireNonNull(text, "text");
        checkArgument(!source.isBlank(), "source (%s) must name where the article came from", source);
    }

    /** An article in one language. */
    public Article(String source, @Nullable String url, String title, Language language, @Nullable LocalDate published,
            String text) {
        this(source, url, title, language, published, text, false);
    }

    /** The article without its text: what a mention cites. */
    public Source toSource() {
        return new Source(source, url, title, language, published);
    }
}
