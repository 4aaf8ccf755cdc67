package org.accord.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Article fixtures under {@code src/test/resources/articles/<format>/}, named for what they show. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The path of a fixture, such as {@code plain-text/news-page-with-date-line.txt}. */
    public static Path article(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/articles/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture named " + name, e);
        }
    }
}
