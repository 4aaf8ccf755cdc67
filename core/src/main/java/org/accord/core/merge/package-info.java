/**
 * Merging mentions of the same signing, from one or several articles, into {@link org.accord.core.model.Agreement}s.
 * The entry point is {@link org.accord.core.merge.AgreementMerger}.
 */
@NullMarked
package org.accord.core.merge;

import org.jspecify.annotations.NullMarked;
