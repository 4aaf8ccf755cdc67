/**
 * Reading articles: {@link org.accord.ingest.Readers} detects each input's format and hands it to the
 * {@link org.accord.ingest.ArticleReader} for that format.
 */
@NullMarked
package org.accord.ingest;

import org.jspecify.annotations.NullMarked;
