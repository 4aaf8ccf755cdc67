package org.accord.app.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.accord.core.model.Agreement;
import org.accord.core.model.Mention;

/**
 * What one run of the {@link Pipeline} produced: every input file accounted for as read, skipped or failed, every
 * record of a container (a JSON Lines line, a feed item, a ZIP entry, a WARC record) likewise, the articles read in
 * input order (of a {@link Pipeline#stream streamed} run, only those that report a signing), and the agreements their
 * mentions were merged into. Immutable.
 */
public final class Batch {
    private final Tally files;
    private final Tally records;
    private final List<ExtractedArticle> articles;
    private final int articleCount;
    private final List<Failure> failures;
    private final List<Failure> recordFailures;
    private final List<Failure> skipped;
    private final List<Agreement> agreements;
    private final Map<Mention, String> agreementIds = new IdentityHashMap<>();

    /**
     * @param accounts how every file and record went
     * @param articles the articles read, in input order
     * @param agreements the merged agreements; every mention of {@code articles} must be in exactly one
     * @throws IllegalArgumentException when a mention is in no agreement
     */
    Batch(Accounts accounts, List<ExtractedArticle> articles, List<Agreement> agreements) {
        this(accounts, articles, articles.size(), agreements);
    }

    /**
     * @param accounts how every file and record went
     * @param articles the articles kept, in input order: all those read, or those that report a signing
     * @param articleCount how many articles were read, kept or not
     * @param agreements the merged agreements; every mention of {@code articles} must be in exactly one
     * @throws IllegalArgumentException when a mention is in no agreement, or fewer articles were read than kept
     */
    Batch(Accounts accounts, List<ExtractedArticle> articles, int articleCount, List<Agreement> agreements) {
        requireNonNull(accounts, "accounts");
        checkArgument(articleCount >= articles.size(), "articleCount (%s) must be at least the articles kept (%s)",
                articleCount, articles.size());
        this.articleCount = articleCount;
        this.files = accounts.files();
        this.records = accounts.records();
        this.failures = accounts.failedFiles();
        this.recordFailures = accounts.failedRecords();
        this.skipped = accounts.skipped();
        this.articles = List.copyOf(articles);
        this.agreements = List.copyOf(agreements);
        this.agreements.forEach(a -> a.mentions().forEach(m -> agreementIds.put(m, a.id())));
        articles.forEach(a -> a.mentions().forEach(m -> checkArgument(agreementIds.containsKey(m),
                "the mention of %s in %s is in no agreement", m.partyValues(), m.source().source())));
    }

    /**
     * How every file and record of a run went.
     *
     * @param files the input files: read, skipped (a container with no article and no failure), failed
     * @param records the records of containers
     * @param failedFiles the files that failed, with the reasons, in input order
     * @param failedRecords the records that failed, with the reasons, in input order
     * @param skipped the files and records skipped, with the reasons, in input order
     */
    record Accounts(Tally files, Tally records, List<Failure> failedFiles, List<Failure> failedRecords,
            List<Failure> skipped) {
        /** Nothing read. */
        static final Accounts NONE = new Accounts(Tally.none(), Tally.none(), List.of(), List.of(), List.of());

        /** Copies the lists and checks that they agree with the counts. */
        Accounts {
            requireNonNull(files, "files");
            requireNonNull(records, "records");
            failedFiles = List.copyOf(failedFiles);
            failedRecords = List.copyOf(failedRecords);
            skipped = List.copyOf(skipped);
            checkArgument(failedFiles.size() == files.failed(), "failed files (%s) must match the count (%s)",
                    failedFiles.size(), files.failed());
            checkArgument(failedRecords.size() == records.failed(), "failed records (%s) must match the count (%s)",
                    failedRecords.size(), records.failed());
            checkArgument(skipped.size() == files.skipped() + records.skipped(), "skipped inputs (%s) must match the "
                    + "counts (%s files, %s records)", skipped.size(), files.skipped(), records.skipped());
        }
    }

    /** How many files the inputs expanded to: read, skipped and failed. */
    public int filesFound() {
        return files.found();
    }

    /** How many files were read. */
    public int filesRead() {
        return files.read();
    }

    /** The files: read, skipped, failed. */
    public Tally files() {
        return files;
    }

    /** The records of containers: read, skipped, failed. All zero when no input was a container. */
    public Tally records() {
        return records;
    }

    /**
     * The articles read, in input order; of a {@link Pipeline#stream streamed} run, only those that report a signing,
     * without their text.
     */
    public List<ExtractedArticle> articles() {
        return articles;
    }

    /** How many articles were read, including those a streamed run did not keep. */
    public int articleCount() {
        return articleCount;
    }

    /** A batch of one article that reports no signing, as a streamed run writes it. */
    static Batch ofArticle(ExtractedArticle article) {
        checkArgument(article.mentions().isEmpty(), "the article %s reports signings", article.article().source());
        return new Batch(Accounts.NONE, List.of(article), List.of());
    }

    /** The files that could not be read or extracted, in input order. */
    public List<Failure> failures() {
        return failures;
    }

    /** The records of containers that could not be read or extracted, in input order. */
    public List<Failure> recordFailures() {
        return recordFailures;
    }

    /** The files and records left out because they hold no article, with the reasons, in input order. */
    public List<Failure> skipped() {
        return skipped;
    }

    /** Whether every file and every record was read or skipped on purpose: nothing was lost. */
    public boolean isComplete() {
        return failures.isEmpty() && recordFailures.isEmpty();
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
