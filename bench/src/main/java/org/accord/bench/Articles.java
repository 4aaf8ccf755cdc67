package org.accord.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.accord.core.model.Article;
import org.accord.ingest.IngestException;
import org.accord.ingest.RawDocument;
import org.accord.ingest.Readers;

/** The articles the benchmarks work on: the two samples, read as the command line reads them. */
final class Articles {

    private Articles() {
    }

    /**
     * The sample article of a language.
     *
     * @param language {@code en} or {@code zh}
     * @throws IllegalArgumentException when there is no sample of that language
     */
    static Article sample(String language) {
        String name = switch (language) {
            case "en" -> "english.txt";
            case "zh" -> "chinese.txt";
            default -> throw new IllegalArgumentException("language (" + language + ") must be en or zh");
        };
        try (InputStream in = Articles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the sample " + name + " is missing from the class path");
            }
            List<Article> articles = Readers.standard().read(new RawDocument(name, in.readAllBytes()));
            return articles.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample " + name, e);
        } catch (IngestException e) {
            throw new IllegalStateException("cannot read the sample " + name + ": " + e.reason(), e);
        }
    }
}
