/** The JSON the app writes: the per-article predictions (JSON Lines) and the run summary. */
@NullMarked
package org.accord.app.json;

import org.jspecify.annotations.NullMarked;
