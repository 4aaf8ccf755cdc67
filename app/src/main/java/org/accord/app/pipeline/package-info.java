/** The job every command shares: read the inputs, extract the signings, merge them into agreements. */
@NullMarked
package org.accord.app.pipeline;

import org.jspecify.annotations.NullMarked;
