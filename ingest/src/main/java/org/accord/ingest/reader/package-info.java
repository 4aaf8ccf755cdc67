/**
 * One {@link org.accord.ingest.ArticleReader} per format, registered in
 * {@code META-INF/services/org.accord.ingest.ArticleReader}, and the text handling they share.
 */
@NullMarked
package org.accord.ingest.reader;

import org.jspecify.annotations.NullMarked;
