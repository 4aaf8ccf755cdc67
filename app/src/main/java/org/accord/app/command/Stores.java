package org.accord.app.command;

import java.util.List;
import org.accord.app.pipeline.Batch;
import org.accord.store.ArticleMentions;
import org.accord.store.StoreUpdate;

/** What the commands hand to the store and how they report what it did, worded the same way in every command. */
final class Stores {

    private Stores() {
    }

    /** The articles of a batch, each with its mentions, in input order. */
    static List<ArticleMentions> entries(Batch batch) {
        return batch.articles().stream().map(a -> new ArticleMentions(a.article(), a.mentions())).toList();
    }

    /** {@code 2 articles added, 1 already stored; 5 agreements (1 new, 1 with new sources)}. */
    static String describe(StoreUpdate update) {
        return String.format("%d %s added, %d already stored; %d %s (%d new, %d with new sources)",
                update.articlesAdded(), update.articlesAdded() == 1 ? "article" : "articles", update.articlesKnown(),
                update.agreements(), update.agreements() == 1 ? "agreement" : "agreements", update.newAgreements(),
                update.agreementsWithNewSources());
    }
}
