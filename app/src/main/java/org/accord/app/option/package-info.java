/** Option groups shared by several commands, mixed in with {@code @Mixin}. */
@NullMarked
package org.accord.app.option;

import org.jspecify.annotations.NullMarked;
