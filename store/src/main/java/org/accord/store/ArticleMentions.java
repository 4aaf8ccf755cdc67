package org.accord.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;
import org.accord.core.model.Source;

/**
 * One article and the signings extraction found in it: what the store keeps of one article.
 *
 * <pre>{@code
 * List<ArticleMentions> batch = new ArrayList<>();
 * for (Article article : Accord.reader().read(file)) {   // the readers and extractor of accord-ingest
 *     batch.add(new ArticleMentions(article, Accord.extractor().extract(article)));
 * }
 * StoreUpdate update = store.add(batch);
 * }</pre>
 *
 * @param article the article, text included (its content hash is its key in the store)
 * @param mentions what it says about each signing, in the order it says it; empty when it reports none
 */
public record ArticleMentions(Article article, List<Mention> mentions) {

    /** Copies the mentions and checks that each one cites this article. */
    public ArticleMentions {
        requireNonNull(article, "article");
        mentions = List.copyOf(mentions);
        Source source = article.toSource();
        for (Mention mention : mentions) {
            checkArgument(mention.source().equals(source), "mention source (%s) must be the article's (%s)",
                    mention.source().source(), article.source());
        }
    }
}
