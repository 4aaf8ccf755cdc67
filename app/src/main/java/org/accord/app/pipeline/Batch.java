package org.accord.app.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.accord.core.model.Agreement;
import org.accord.core.model.Mention;

/**
 * What one run of the {@link Pipeline} produced: every input file accounted for as read or failed, the articles read
 * in input order, and the agreements their mentions were merged into. Immutable.
 */
public final class Batch {
    private final int filesFound;
    private final List<ExtractedArticle> articles;
    private final List<Failure> failures;
    private final List<Agreement> agreements;
    private final Map<Mention, String> agreementIds = new IdentityHashMap<>();

    /**
     * @param filesFound how many files the inputs expanded to
     * @param articles the articles read, in input order
     * @param failures the files that failed, in input order
     * @param agreements the merged agreements; every mention of {@code articles} must be in exactly one
     * @throws IllegalArgumentException when the files do not add up or a mention is in no agreement
     */
    public Batch(int filesFound, List<ExtractedArticle> articles, List<Failure> failures, List<Agreement> agreements) {
        checkArgument(failures.size() <= filesFound, "failures (%s) cannot outnumber the files found (%s)",
                failures.size(), filesFound);
        this.filesFound = filesFound;
        this.articles = List.copyOf(articles);
        this.failures = List.copyOf(failures);
        this.agreements = List.copyOf(agreements);
        this.agreements.forEach(a -> a.mentions().forEach(m -> agreementIds.put(m, a.id())));
        articles.forEach(a -> a.mentions().forEach(m -> checkArgument(agreementIds.containsKey(m),
                "the mention of %s in %s is in no agreement", m.partyValues(), m.source().source())));
    }

    /** How many files the inputs expanded to: {@link #filesRead()} plus the failures. */
    public int filesFound() {
        return filesFound;
    }

    /** How many files were read. */
    public int filesRead() {
        return filesFound - failures.size();
    }

    /** The articles read, in input order. */
    public List<ExtractedArticle> articles() {
        return articles;
    }

    /** The files that could not be read or extracted, in input order. */
    public List<Failure> failures() {
        return failures;
    }

    /** The merged agreements, ordered by date and identifier. */
    public List<Agreement> agreements() {
        return agreements;
    }

    /** How many signings the articles mention, counting a signing once per article that reports it. */
    public int mentionCount() {
        return articles.stream().mapToInt(a -> a.mentions().size()).sum();
    }

    /**
     * The identifier of the agreement a mention was merged into.
     *
     * @throws IllegalArgumentException when the mention is not one of this batch's
     */
    public String agreementIdOf(Mention mention) {
        String id = agreementIds.get(mention);
        checkArgument(id != null, "the mention of %s in %s is not in this batch", mention.partyValues(),
                mention.source().source());
        return id;
    }
}
