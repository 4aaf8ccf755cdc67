/**
 * Extraction: from an {@link org.accord.core.model.Article} to the {@link org.accord.core.model.Mention}s of the
 * signings it reports. {@link org.accord.ingest.extract.Extractor#standard()} is the entry point.
 */
@NullMarked
package org.accord.ingest.extract;

import org.jspecify.annotations.NullMarked;
