package org.accord.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The sentence of an article that supports a value, and where it stands in {@link Article#text()}.
 *
 * <pre>{@code
 * for (Fact<String> field : mention.fields()) {
 *     Evidence evidence = field.evidence();
 *     String same = article.text().substring(evidence.start(), evidence.end());   // equals evidence.sentence()
 * }
 * }</pre>
 *
 * @param sentence the sentence, exactly as it appears in the article text
 * @param start offset of the sentence's first character in the article text
 * @param end offset just past the sentence's last character
 */
public record Evidence(String sentence, int start, int end) {

    /** Checks that the offsets describe the sentence. */
    public Evidence {
        requireNonNull(sentence, "sentence");
        checkArgument(start >= 0, "start (%s) must not be negative", start);
        checkArgument(end - start == sentence.length(),
                "offsets [%s, %s) must span the sentence's %s characters", start, end, sentence.length());
    }
}
