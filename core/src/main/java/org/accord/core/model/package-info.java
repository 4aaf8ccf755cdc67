/**
 * Immutable records of the domain: {@link org.accord.core.model.Article}, {@link org.accord.core.model.Mention}
 * (what one article says about one signing, every value with its {@link org.accord.core.model.Evidence}) and
 * {@link org.accord.core.model.Agreement} (one signing with all the mentions behind it).
 */
@NullMarked
package org.accord.core.model;

import org.jspecify.annotations.NullMarked;
