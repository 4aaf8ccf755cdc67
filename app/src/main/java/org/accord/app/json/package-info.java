/** The JSON the app writes: the per-article predictions (JSON Lines), the run summary and the benchmark figures. */
@NullMarked
package org.accord.app.json;

import org.jspecify.annotations.NullMarked;
