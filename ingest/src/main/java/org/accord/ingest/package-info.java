/**
 * Reading articles: {@link org.accord.ingest.Readers} detects each input's format and hands it to the
 * {@link org.accord.ingest.ArticleReader} for that format. {@link org.accord.ingest.Accord} is the front door: the
 * standard readers and the extractor.
 */
@NullMarked
package org.accord.ingest;

import org.jspecify.annotations.NullMarked;
