package org.accord.app.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;

/**
 * One article read and the signings found in it.
 *
 * @param article the article
 * @param mentions the mentions of signings in it, in the order the article gives them; empty when it reports none
 */
public record ExtractedArticle(Article article, List<Mention> mentions) {

    /** Copies the mentions. */
    public ExtractedArticle {
        requireNonNull(article, "article");
        mentions = List.copyOf(mentions);
    }
}
