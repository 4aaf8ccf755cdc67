/**
 * Choosing agreements: {@link org.accord.core.query.AgreementQuery} filters a list of agreements by month, party,
 * field and country of a party, and orders the result the same way every time.
 */
@NullMarked
package org.accord.core.query;

import org.jspecify.annotations.NullMarked;
