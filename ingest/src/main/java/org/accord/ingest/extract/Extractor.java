package org.accord.ingest.extract;

import java.util.List;
import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;

/**
 * Finds the signings an article reports. An extractor is a pure function of the article: it holds no mutable state,
 * is thread-safe, and loads its dictionaries once, when it is first created.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.standard();
 * List<Mention> mentions = extractor.extract(article);   // empty when the article reports no signing
 * }</pre>
 */
public interface Extractor {

    /**
     * The mentions of the signings the article reports, one per separate signing, in the order the article gives
     * them; empty when it reports none.
     */
    List<Mention> extract(Article article);

    /** The extractor for articles in one language; {@link Language#OTHER} finds nothing. */
    static Extractor forLanguage(Language language) {
        return switch (language) {
            case ENGLISH -> Pipelines.english();
            case CHINESE -> Pipelines.chinese();
            case OTHER -> article -> List.of();
        };
    }

    /** The extractor that picks the language's extractor for each article. */
    static Extractor standard() {
        return article -> forLanguage(article.language()).extract(article);
    }
}
