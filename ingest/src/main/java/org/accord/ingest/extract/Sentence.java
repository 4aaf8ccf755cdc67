package org.accord.ingest.extract;

import org.accord.core.model.Evidence;

/**
 * A sentence of an article's text and where it stands.
 *
 * @param text the sentence as written
 * @param start offset of its first character in the article text
 * @param paragraph index of the paragraph it belongs to
 */
record Sentence(String text, int start, int paragraph) {

    int end() {
        return start + text.length();
    }

    Evidence evidence() {
        return new Evidence(text, start, end());
    }
}
