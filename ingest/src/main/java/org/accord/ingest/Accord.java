package org.accord.ingest;

import org.accord.core.model.Article;
import org.accord.ingest.extract.Extractor;

/**
 * Where using Accord as a library starts: the {@link Readers} that turn files into {@link Article}s and the
 * {@link Extractor} that finds the signings they report. Both are immutable and thread-safe, so one of each serves a
 * whole program.
 *
 * <pre>{@code
 * Readers reader = Accord.reader();
 * Extractor extractor = Accord.extractor();
 * List<Mention> mentions = new ArrayList<>();
 * for (Path file : Readers.expand(List.of(Path.of("samples")))) {
 *     for (Article article : reader.read(file)) {
 *         mentions.addAll(extractor.extract(article));
 *     }
 * }
 * List<Agreement> agreements = new AgreementMerger().merge(mentions);   // one per signing, from accord-core
 * }</pre>
 */
public final class Accord {

    private Accord() {
    }

    /**
     * The standard readers.
     *
     * @return a reader for every format on the class path, with the standard limits, as {@link Readers#standard()}
     */
    public static Readers reader() {
        return Readers.standard();
    }

    /**
     * The standard extractor.
     *
     * @return the extractor that reads English and Chinese articles, each by its language, as
     *     {@link Extractor#standard()}
     */
    public static Extractor extractor() {
        return Extractor.standard();
    }
}
